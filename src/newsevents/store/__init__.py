"""The DuckDB store and the event → JSON record mapping shared by CLI, store and exports.

Cross-article merging is `merge.py` (rule in `newsevents.dedup.across_articles`);
exports are `export_gdelt.py`, `export_plover.py` and `export_parquet.py`, which
read the store through `Store.frame()` and `Store.copy_to_parquet()`.
"""

from newsevents.store.duckdb_store import Store, WriteCounts
from newsevents.store.records import CSV_COLUMNS, RECORD_FIELDS, event_record, flat_record

__all__ = ["CSV_COLUMNS", "RECORD_FIELDS", "Store", "WriteCounts", "event_record", "flat_record"]
