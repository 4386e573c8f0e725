"""Plain-text articles, including the seed's own shape.

Seed shape: a first line ``Published on 12:00 AM, June 17, 2020`` (also
``Published: 2020-06-17``...), then a title line, then paragraphs. The title
goes to `Article.title` only; the text to code is the body, so offsets and
sentence indexes refer to the body. Without a ``Published`` line the whole file
is the body and the publication date is the one given by the caller
(``--published``), or unknown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ingest.checks import decode_bytes
from newsevents.ingest.common import Record, make_article, read_bytes, rejected
from newsevents.ingest.dates import PUBLISHED_LINE, parse_published_line


def read_text_file(path: Path, published: dt.date | None = None) -> Record:
    """The one article of a text file, or its rejection (never raises for bad input)."""
    origin = str(path)
    raw = ""
    try:
        raw = decode_bytes(read_bytes(path, origin), origin)
        return parse_text_article(raw, origin, published=published)
    except RecordError as error:
        return rejected(error, raw)


def parse_text_article(raw: str, origin: str, *, published: dt.date | None = None) -> Record:
    """Split a seed-style or plain text into date, title and body and build the article."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = _first_non_empty(lines, 0)
    if first is None or not PUBLISHED_LINE.match(lines[first]):
        return make_article(raw, origin, published=published)
    date = parse_published_line(lines[first], origin)
    title_at = _first_non_empty(lines, first + 1)
    if title_at is None:
        raise RecordError(origin, "empty record: a 'Published' line but no title or text")
    body = "\n".join(lines[title_at + 1 :])
    if not body.strip():
        # A title with no body: code the title rather than drop the record.
        return make_article(lines[title_at], origin, published=date, title=lines[title_at])
    return make_article(body, origin, published=date, title=lines[title_at])


def _first_non_empty(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    return None
