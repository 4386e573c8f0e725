"""Merge batch shards into a DuckDB store: one writer, one shard at a time, in input order.

Why one writer: DuckDB allows one writing process per file, so the many workers
of a batch write shards and this single pass merges them. A shard's coded
articles are stored with `Store.add_coded`, as a local ingest stores them, so
events are merged across articles of different partitions; a shard without
them (Parquet only) is inserted table by table. Ids are content hashes and each
merged shard is recorded in the store's `meta` table, so loading twice, or
after an interruption, adds nothing.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.batch.partition import CODED
from newsevents.batch.shards import finished_shards
from newsevents.errors import StoreError
from newsevents.store import Store
from newsevents.store.parquet import import_shard, is_merged, mark_merged


@dataclass(slots=True)
class LoadSummary:
    """Shards merged now, shards merged before, and new rows per table."""

    merged: int = 0
    already: int = 0
    added: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        rows = ", ".join(f"{table} {n}" for table, n in sorted(self.added.items())) or "none"
        return f"shards: {self.merged} merged, {self.already} merged before\nnew rows: {rows}"


def load_shards(
    out: Path, store: Store, *, on_shard: Callable[[str], None] | None = None
) -> LoadSummary:
    """Merge every finished shard under the batch folder `out` into `store`."""
    shards = finished_shards(out)
    if not shards and not out.is_dir():
        raise StoreError(f"no batch output at {out}: run `newsevents batch ... --out {out}`")
    summary = LoadSummary()
    for name, folder in shards.items():
        coded = folder / CODED
        added = (
            store_coded(store, coded, name)
            if coded.is_file()
            else import_shard(store, folder, name)
        )
        if added is None:
            summary.already += 1
            continue
        summary.merged += 1
        for table, n in added.items():
            summary.added[table] = summary.added.get(table, 0) + n
        if on_shard is not None:
            on_shard(name)
    return summary


def store_coded(store: Store, path: Path, name: str) -> dict[str, int] | None:
    """Store a shard's pickled coded articles with `Store.add_coded` (merging across articles).

    None when the shard was merged before. Re-storing after an interruption
    between the write and the record of it adds nothing (content-hash ids).
    """
    if is_merged(store, name):
        return None
    with path.open("rb") as handle:
        coded, rejected = pickle.load(handle)  # our own shard, written by `code_partition`
    counts = store.add_coded(coded)
    new_rejected = store.add_rejected(rejected)
    mark_merged(store, name, path.parent)
    return {"articles": counts.articles, "events": counts.events, "rejected": new_rejected.rejected}
