"""Parquet export: events, mentions and articles, typed, partitioned by month.

Why DuckDB's COPY: it writes typed Parquet (DATE, DOUBLE, BOOLEAN, lists) with
Hive partitions (``events/month=2024-03/data_0.parquet``) straight from the
store, so pandas, polars, R arrow and Spark read the folder as one table with
`month` as a column. Rows with no date go to ``month=unknown``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.store.export_common import prepare_output

if TYPE_CHECKING:
    from newsevents.store import Store

MONTH = "coalesce(strftime({column}, '%Y-%m'), 'unknown') AS month"
TABLES = {
    "events": ("events", "coalesce(date, first_seen)"),
    "mentions": ("mentions", "published"),
    "articles": ("articles", "published"),
}


def export_parquet(store: Store, out: Path, *, force: bool = False) -> dict[str, int]:
    """Write `out/{events,mentions,articles}/month=YYYY-MM/*.parquet`; return row counts."""
    prepare_output(out, tuple(TABLES), force=force)
    counts: dict[str, int] = {}
    for name, (table, column) in TABLES.items():
        target = out / name
        query = f"SELECT *, {MONTH.format(column=column)} FROM {table} ORDER BY ALL"
        store.copy_to_parquet(query, target, partition_by="month")
        counts[name] = int(store.frame(f"SELECT count(*) AS n FROM {table}")["n"][0])
    return counts


def write_events_parquet(store: Store, query: str, params: list[object], path: Path) -> None:
    """One Parquet file of the events a filtered query selects (`events --format parquet`)."""
    store.copy_to_parquet(query, path, params=params)
