"""WARC archives: every HTML response record is extracted as an article.

Why only responses with an HTML content type: request, metadata and non-HTML
records (images, scripts) hold no article prose. Each record's origin is
``path@offset`` so it can be found again in the archive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.errors import RecordError
from newsevents.ingest.checks import decode_bytes
from newsevents.ingest.common import Record, rejected
from newsevents.ingest.html import article_from_html


def read_warc_file(path: Path, published: dt.date | None = None) -> Iterator[Record]:
    """Yield one article or rejection per HTML response record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator  # only when WARC is read

    try:
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if _is_html_response(record):
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    payload = record.content_stream().read()  # before the offset: that consumes
                    origin = f"{path}@{iterator.get_record_offset()}"
                    yield _record_article(payload, url, origin, published)
    except OSError as exc:
        yield rejected(RecordError(str(path), f"cannot read WARC file: {exc}"))
    except Exception as exc:  # warcio raises plain exceptions on corrupt archives
        yield rejected(RecordError(str(path), f"corrupt WARC archive: {exc}"))


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def _record_article(
    payload: bytes, url: str | None, origin: str, published: dt.date | None
) -> Record:
    raw = ""
    try:
        raw = decode_bytes(payload, origin)
        return article_from_html(raw, origin, url=url, published=published)
    except RecordError as error:
        return rejected(error, raw)
