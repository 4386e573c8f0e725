"""Choose a reader by file extension and walk folders in a stable order.

Single-record readers (`read_text_file`, `read_html_file`) return one record;
multi-record ones (JSON Lines, feeds, WARC) yield many; here all are iterators.

Folders are read recursively and in sorted order so that two runs over the same
input see records in the same order (useful for progress, diffs and tests).
Inside folders, files with unknown extensions are skipped; a file named
explicitly is read as text whatever its extension (binary content is then
rejected with a reason, not crashed on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from newsevents.config import Settings
from newsevents.errors import RecordError
from newsevents.ingest.common import Reader, Record, failure, rejected
from newsevents.ingest.feeds import read_feed_file
from newsevents.ingest.html import read_html_file
from newsevents.ingest.jsonl import read_jsonl_file
from newsevents.ingest.text import read_text_file
from newsevents.ingest.walk import walk
from newsevents.ingest.warc import read_warc_file
from newsevents.model import Rejected

DEFAULTS = Settings()


def _read_text(path: Path, published: dt.date | None) -> Iterator[Record]:
    yield read_text_file(path, published)


def _read_html(path: Path, published: dt.date | None) -> Iterator[Record]:
    yield read_html_file(path, published)


READERS: tuple[tuple[tuple[str, ...], Reader], ...] = (
    ((".txt", ".text"), _read_text),
    ((".jsonl", ".json", ".ndjson"), read_jsonl_file),
    ((".html", ".htm", ".xhtml"), _read_html),
    ((".xml", ".rss", ".atom"), read_feed_file),
    ((".warc", ".warc.gz", ".arc", ".arc.gz"), read_warc_file),
)


_SUFFIXES = tuple(suffix for suffixes, _ in READERS for suffix in suffixes)


def reader_for(path: Path) -> Reader | None:
    """The reader for `path`'s extension, or None when it is not a known input type."""
    name = path.name.lower()
    for suffixes, reader in READERS:
        if name.endswith(suffixes):
            return reader
    return None


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted, known extensions only); keep named files."""
    for item in walk(paths, _SUFFIXES):
        if isinstance(item, Path):
            yield item


def read_paths(
    paths: Iterable[Path],
    *,
    published: dt.date | None = None,
    max_file_bytes: int = DEFAULTS.max_file_bytes,
    max_record_bytes: int = DEFAULTS.max_record_bytes,
) -> Iterator[Record]:
    """Every article and rejection in `paths` (files and folders), in a stable order.

    `published` is the date given for plain text that carries none of its own.
    Every path ends as records or rejections: missing, unreadable, empty and
    too large files, unreadable folders and symlink loops are rejected with
    their reason, and an unexpected error in a reader rejects that file only.
    """
    for item in walk(paths, _SUFFIXES):
        if isinstance(item, Rejected):
            yield item
            continue
        reader = reader_for(item) or _read_text
        if reader is read_warc_file:
            reader = partial(read_warc_file, max_record_bytes=max_record_bytes)
        elif _too_large(item, max_file_bytes):
            yield _size_problem(item, max_file_bytes)
            continue
        yield from _guarded(item, reader, published)


def _guarded(path: Path, reader: Reader, published: dt.date | None) -> Iterator[Record]:
    """The records of one file; a reader crash or an empty file becomes a rejection."""
    origin = str(path)
    try:
        if path.stat().st_size == 0:
            yield rejected(RecordError(origin, "empty record: the file is empty (0 bytes)"))
            return
    except OSError as exc:
        yield rejected(RecordError(origin, f"cannot read file: {exc.strerror or exc}"))
        return
    count = 0
    try:
        for record in reader(path, published):
            count += 1
            yield record
    except Exception as exc:  # isolate: the next files are still read
        yield failure(origin, exc)
        return
    if count == 0:
        yield rejected(RecordError(origin, "no records found in the file"))


def _too_large(path: Path, limit: int) -> bool:
    try:
        return path.stat().st_size > limit
    except OSError:
        return False  # reported by `_guarded`


def _size_problem(path: Path, limit: int) -> Rejected:
    size = path.stat().st_size
    reason = f"file too large: {size:,} bytes (limit max_file_bytes = {limit:,})"
    return rejected(RecordError(str(path), reason))


def read_path(path: Path, *, published: dt.date | None = None) -> Iterator[Record]:
    """Every article and rejection in one file or folder (see `read_paths`)."""
    return read_paths([path], published=published)
