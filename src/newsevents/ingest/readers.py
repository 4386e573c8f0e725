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
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ingest.common import Reader, Record, rejected
from newsevents.ingest.feeds import read_feed_file
from newsevents.ingest.html import read_html_file
from newsevents.ingest.jsonl import read_jsonl_file
from newsevents.ingest.text import read_text_file
from newsevents.ingest.warc import read_warc_file


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


def reader_for(path: Path) -> Reader | None:
    """The reader for `path`'s extension, or None when it is not a known input type."""
    name = path.name.lower()
    for suffixes, reader in READERS:
        if name.endswith(suffixes):
            return reader
    return None


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted, known extensions only); keep named files."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if reader_for(child) is not None and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_paths(paths: Iterable[Path], *, published: dt.date | None = None) -> Iterator[Record]:
    """Every article and rejection in `paths` (files and folders), in a stable order.

    `published` is the date given for plain text that carries none of its own.
    """
    for path in iter_files(paths):
        if not path.exists():
            yield rejected(RecordError(str(path), "no such file or folder"))
            continue
        reader = reader_for(path) or _read_text
        yield from reader(path, published)


def read_path(path: Path, *, published: dt.date | None = None) -> Iterator[Record]:
    """Every article and rejection in one file or folder (see `read_paths`)."""
    return read_paths([path], published=published)
