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
from newsevents.ingest.common import Record, failure, rejected
from newsevents.ingest.html import article_from_html


def read_warc_file(
    path: Path, published: dt.date | None = None, *, max_record_bytes: int = 10_000_000
) -> Iterator[Record]:
    """Yield one article or rejection per HTML response record of a WARC file.

    A payload is read up to `max_record_bytes` (decompressed) and rejected when
    longer, so a small gzip bomb costs no memory; a payload shorter than its
    declared length (a truncated archive) is rejected as truncated.
    """
    from warcio.archiveiterator import ArchiveIterator  # only when WARC is read

    try:
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if _is_html_response(record):
                    yield _one_record(record, iterator, path, published, max_record_bytes)
    except OSError as exc:
        yield rejected(RecordError(str(path), f"cannot read WARC file: {exc}"))
    except Exception as exc:  # warcio raises plain exceptions on corrupt archives
        yield rejected(RecordError(str(path), f"corrupt or truncated WARC archive: {exc}"))


def _one_record(
    record: Any, iterator: Any, path: Path, published: dt.date | None, limit: int
) -> Record:
    url = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(limit + 1)  # before the offset: that consumes
    origin = f"{path}@{iterator.get_record_offset()}"
    if len(payload) > limit:
        reason = f"archive record too large: over {limit:,} bytes (limit max_record_bytes)"
        return rejected(RecordError(origin, reason))
    declared = record.http_headers.get_header("Content-Length")
    if declared and declared.isdigit() and len(payload) < int(declared):
        reason = f"truncated archive record: {len(payload):,} of {int(declared):,} bytes"
        return rejected(RecordError(origin, reason))
    return _record_article(payload, url, origin, published)


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
    except Exception as exc:  # an extractor failure costs this record only
        return failure(origin, exc, raw)
