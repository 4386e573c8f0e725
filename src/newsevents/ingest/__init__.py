"""Input readers: text (seed shape), JSON Lines, HTML, RSS/Atom feeds and WARC.

Every reader yields `Article` or `Rejected` values: bad records are reported
with their origin and reason, never raised, so a run always goes on.
"""

from newsevents.ingest.common import Record, make_article
from newsevents.ingest.dates import parse_date
from newsevents.ingest.html import read_html_file
from newsevents.ingest.jsonl import read_jsonl_file
from newsevents.ingest.readers import iter_files, read_path, read_paths, reader_for
from newsevents.ingest.text import read_text_file

__all__ = [
    "Record",
    "iter_files",
    "make_article",
    "parse_date",
    "read_html_file",
    "read_jsonl_file",
    "read_path",
    "read_paths",
    "read_text_file",
    "reader_for",
]
