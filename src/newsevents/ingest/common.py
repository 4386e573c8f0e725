"""What every reader shares: building a checked `Article` or a `Rejected` record.

Readers yield `Article | Rejected` so one bad record never stops a run, and so
the caller can count, store and print rejections in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ids import article_id
from newsevents.ingest.checks import check_text, excerpt
from newsevents.ingest.clean import clean_optional, clean_text
from newsevents.ingest.dates import check_range
from newsevents.model import Article, Rejected

Record = Article | Rejected
_HSPACE = re.compile(r"[^\S\n]+")
_LINE_ENDS = re.compile(r" ?\n ?")
_BLANKS = re.compile(r"\n{3,}")
Reader = Callable[[Path, dt.date | None], Iterator[Record]]


def make_article(
    text: str,
    origin: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Check `text` and wrap it in an `Article` with its content-hash id.

    Raises `RecordError` when the text is empty, binary or not English.
    """
    origin = clean_text(origin)
    body = tidy_whitespace(clean_text(text))
    check_text(body, origin)
    if published is not None:
        check_range(published, origin)
    return Article(
        article_id=article_id(body),
        text=body,
        published=published,
        title=(clean_text(title or "")).strip() or None,
        url=clean_optional(url) or None,
        outlet=clean_optional(outlet) or None,
        origin=origin,
    )


def tidy_whitespace(text: str) -> str:
    """Unix line ends, one space for each run of spaces or tabs, at most one blank line.

    Why: the parser reads "a  b" and "a b" differently, so a re-wrapped copy of
    an article would give other events; tidied, both copies are the same text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HSPACE.sub(" ", text)
    text = _LINE_ENDS.sub("\n", text)
    return _BLANKS.sub("\n\n", text).strip()


def rejected(error: RecordError, raw: str = "") -> Rejected:
    """The `Rejected` record for a `RecordError`, with a printable excerpt of the raw input."""
    return Rejected(
        origin=clean_text(error.origin),
        reason=clean_text(error.reason),
        raw_excerpt=excerpt(clean_text(raw)),
    )


def failure(origin: str, exc: BaseException, raw: str = "") -> Rejected:
    """The `Rejected` record for an unexpected error while reading one record.

    Why catch everything here: a reader bug or a library limit (deep JSON
    nesting, a corrupt archive) on one record must not cost the rest of the run.
    """
    reason = f"could not be read: {type(exc).__name__}: {str(exc)[:200]}"
    return rejected(RecordError(origin, reason), raw)


def read_bytes(path: Path, origin: str) -> bytes:
    """Read a file, turning OS errors into a `RecordError` (the run goes on)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecordError(origin, f"cannot read file: {exc.strerror or exc}") from exc
