"""What every reader shares: building a checked `Article` or a `Rejected` record.

Readers yield `Article | Rejected` so one bad record never stops a run, and so
the caller can count, store and print rejections in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ids import article_id
from newsevents.ingest.checks import check_text, excerpt
from newsevents.model import Article, Rejected

Record = Article | Rejected
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
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    check_text(body, origin)
    return Article(
        article_id=article_id(body, url),
        text=body,
        published=published,
        title=(title or "").strip() or None,
        url=url or None,
        outlet=outlet or None,
        origin=origin,
    )


def rejected(error: RecordError, raw: str = "") -> Rejected:
    """The `Rejected` record for a `RecordError`, with a printable excerpt of the raw input."""
    return Rejected(origin=error.origin, reason=error.reason, raw_excerpt=excerpt(raw))


def read_bytes(path: Path, origin: str) -> bytes:
    """Read a file, turning OS errors into a `RecordError` (the run goes on)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecordError(origin, f"cannot read file: {exc.strerror or exc}") from exc
