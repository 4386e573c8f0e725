"""Input readers: text (seed shape), JSON Lines, HTML, RSS/Atom feeds and WARC.

Every reader yields `Article` or `Rejected` values: bad records are reported
with their origin and reason, never raised, so a run always goes on.
"""

from newsevents.ingest.common import Record, make_article
from newsevents.ingest.dates import parse_date
from newsevents.ingest.reader import iter_files, read_paths, reader_for

__all__ = ["Record", "iter_files", "make_article", "parse_date", "read_paths", "reader_for"]
