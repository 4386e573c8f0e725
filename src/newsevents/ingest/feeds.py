"""RSS and Atom feeds: each entry is an article (its content, or else its summary).

Feeds often carry only a summary; it is still news prose and worth coding. Entry
HTML is reduced to text (tags dropped, entities decoded) without trafilatura,
since summaries have no boilerplate to remove.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.errors import RecordError
from newsevents.ingest.common import Record, failure, make_article, read_bytes, rejected

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|h\d)\b[^>]*>", re.IGNORECASE)


def read_feed_file(path: Path, published: dt.date | None = None) -> Iterator[Record]:
    """Yield one article or rejection per feed entry (``path:entry-number``)."""
    import feedparser  # only when feeds are read

    origin = str(path)
    try:
        parsed = feedparser.parse(read_bytes(path, origin))
    except RecordError as error:
        yield rejected(error)
        return
    if not parsed.entries:
        reason = "no feed entries found" + (" (malformed feed)" if parsed.get("bozo") else "")
        yield rejected(RecordError(origin, reason))
        return
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}:{number}"
        try:
            yield _entry_article(entry, entry_origin, published)
        except RecordError as error:
            yield rejected(error, str(entry.get("title", "")))
        except Exception as exc:  # an odd entry costs this entry only
            yield failure(entry_origin, exc)


def _entry_article(entry: Any, origin: str, published: dt.date | None) -> Record:
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_to_text(str(body or ""))
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else published
    return make_article(
        text, origin, published=date, title=entry.get("title"), url=entry.get("link")
    )


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment: block tags become paragraph breaks."""
    text = _TAG.sub("", _BLOCK.sub("\n\n", fragment))
    paragraphs = (" ".join(p.split()) for p in html.unescape(text).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
