"""JSON Lines (and JSON) articles: one object per line with `text` and optional metadata.

Fields: `text` (required), `id`, `url`, `title`, `published`, `outlet`. A line
that is not JSON, is not an object, lacks `text` or has an unparseable
`published` becomes a `Rejected` record naming ``path:line``; the other lines
are read as usual. A given `id` is kept in the origin (``path:line#id``) for
tracing, but the article id is always the content hash, so re-ingesting the
same text under another id adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.errors import RecordError
from newsevents.ingest.checks import decode_bytes
from newsevents.ingest.common import Record, failure, make_article, read_bytes, rejected
from newsevents.ingest.dates import require_date


def read_jsonl_file(path: Path, published: dt.date | None = None) -> Iterator[Record]:
    """Yield one article or rejection per non-blank line of a JSON Lines file."""
    origin = str(path)
    try:
        text = decode_bytes(read_bytes(path, origin), origin)
    except RecordError as error:
        yield rejected(error)
        return
    if path.suffix.lower() == ".json":
        whole = _whole_json(text)
        if whole is not None:
            for number, item in enumerate(whole, start=1):
                yield _record(item, f"{origin}:{number}", _dump(item), published)
            return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _line_record(line, f"{origin}:{number}", published)


def _whole_json(text: str) -> list[Any] | None:
    """A .json file holding one object or a list of them; None if it is JSON Lines instead."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    return data if isinstance(data, list) else [data]


def _dump(item: Any) -> str:
    """A short raw excerpt of a decoded JSON value (never raises)."""
    try:
        return json.dumps(item)[:200]
    except (RecursionError, ValueError, TypeError):
        return ""


def _line_record(line: str, origin: str, published: dt.date | None) -> Record:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return rejected(RecordError(origin, f"not JSON: {exc.msg} at column {exc.colno}"), line)
    except RecursionError:
        return rejected(RecordError(origin, "not usable JSON: nested too deeply"), line)
    except Exception as exc:  # any other parser limit: this line only
        return failure(origin, exc, line)
    return _record(item, origin, line, published)


def _record(item: Any, origin: str, raw: str, published: dt.date | None) -> Record:
    try:
        return article_from_mapping(item, origin, published=published)
    except RecordError as error:
        return rejected(error, raw)
    except Exception as exc:  # e.g. a value whose str() fails: this record only
        return failure(origin, exc, raw)


def article_from_mapping(item: Any, origin: str, *, published: dt.date | None = None) -> Record:
    """Build an article from a decoded JSON object (raises `RecordError` when unusable)."""
    if not isinstance(item, dict):
        raise RecordError(origin, f"expected a JSON object, got {type(item).__name__}")
    ident = item.get("id")
    if ident not in (None, "") and isinstance(ident, str | int | float):
        origin = f"{origin}#{str(ident)[:100]}"
    text = item.get("text")
    if not isinstance(text, str):
        raise RecordError(origin, "missing 'text' field (a string is required)")
    date = published
    if item.get("published") not in (None, ""):
        date = require_date(str(item["published"]), origin)
    return make_article(
        text,
        origin,
        published=date,
        title=_optional_str(item.get("title")),
        url=_optional_str(item.get("url")),
        outlet=_optional_str(item.get("outlet")),
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
