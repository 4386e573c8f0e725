"""The DuckDB store and the event → JSON record mapping shared by CLI, store and exports.

Exports (GDELT 2.0, PLOVER) belong in this package as `export_gdelt.py` and
`export_plover.py`, reading `Store.event_records()` so their names stay in one place.
"""

from newsevents.store.duckdb_store import Store, WriteCounts
from newsevents.store.records import CSV_COLUMNS, RECORD_FIELDS, event_record, flat_record

__all__ = ["CSV_COLUMNS", "RECORD_FIELDS", "Store", "WriteCounts", "event_record", "flat_record"]
