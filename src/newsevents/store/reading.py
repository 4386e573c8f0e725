"""Open a store for reading: the database itself, or its snapshot while a writer holds it.

Kept apart from `snapshot` (which the writing `Store` uses to publish copies) so the
import flow stays one way: this module uses both the `Store` and the snapshot's path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.errors import StoreError
from newsevents.store.duckdb_store import Store
from newsevents.store.snapshot import snapshot_path


def open_for_reading(db: Path | str) -> Store:
    """Open `db` read-only; when a writer holds it, its latest snapshot instead.

    The returned store's `note` then says so ("reading the snapshot of
    2026-12-05 02:41:07 UTC; a writer holds X"); it is None for the database itself.
    """
    try:
        return Store.open(db, read_only=True)
    except StoreError as exc:
        if not _locked(exc):
            raise
        snapshot = snapshot_path(db)
        if not snapshot.is_file():
            raise StoreError(
                f"{exc} No snapshot has been published beside it yet ({snapshot}): the writer "
                "publishes one after its first stored batch (setting `snapshot_seconds`)."
            ) from exc
        store = Store.open(snapshot, read_only=True)
    taken = dt.datetime.fromtimestamp(snapshot.stat().st_mtime, dt.UTC)
    store.note = f"reading the snapshot of {taken:%Y-%m-%d %H:%M:%S} UTC; a writer holds {db}"
    return store


def _locked(exc: StoreError) -> bool:
    """Whether opening failed because another process holds the database's lock."""
    cause = exc.__cause__
    return cause is not None and "lock" in str(cause).lower()
