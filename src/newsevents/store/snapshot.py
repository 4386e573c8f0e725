"""Readers beside a writer: a read-only snapshot published next to the database.

Why: DuckDB lets one process write a database file and no other process open
it at all meanwhile, so `events`, `explain`, `counts`, `export` and a
read-only API could not run during an `ingest`. The writing `Store` therefore
publishes a copy beside the file (`X.duckdb` -> `X.snapshot.duckdb`) after a
committed batch, at most every `snapshot_seconds`: DuckDB copies the database
into a temporary file in the same folder, which is renamed over the snapshot
(a rename is atomic, so a reader sees the old copy or the new one, never half
of one). A reader that finds the database locked
opens the latest snapshot read-only and says which moment it shows.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb


LOG = logging.getLogger(__name__)
ALIAS = "newsevents_snapshot"


def snapshot_path(db: Path | str) -> Path:
    """Where the snapshot of `db` lives: `X.duckdb` -> `X.snapshot.duckdb`, `X` -> `X.snapshot`."""
    path = Path(db)
    if path.suffix == ".duckdb":
        return path.with_name(path.stem + ".snapshot.duckdb")
    return path.with_name(path.name + ".snapshot")


@dataclass
class SnapshotPublisher:
    """Publishes the snapshot of one writer's database, at most every `seconds`.

    `clock` gives naive UTC times (the store's clock): it paces the copies and
    stamps the snapshot file's modification time, which readers report.
    """

    db: Path
    seconds: float
    clock: Callable[[], dt.datetime]
    last: dt.datetime | None = None

    def after_commit(self, con: duckdb.DuckDBPyConnection) -> Path | None:
        """Publish if the last copy is `seconds` old (or there is none); the path if done.

        A failed copy (a full disk, say) is logged and retried after the next
        batch: the writer goes on.
        """
        now = self.clock()
        if self.last is not None and (now - self.last).total_seconds() < self.seconds:
            return None
        try:
            published = self.publish(con, now)
        except (OSError, RuntimeError) as exc:
            LOG.warning("could not publish the snapshot of %s: %s", self.db, exc)
            return None
        self.last = now
        return published

    def publish(self, con: duckdb.DuckDBPyConnection, now: dt.datetime) -> Path:
        """Copy the database into a temporary file, stamp it with `now`, rename it over the
        snapshot.

        The copy goes through DuckDB (`COPY FROM DATABASE` into an attached file), never
        through a second handle on the database file: closing any handle on a file drops
        the process's POSIX locks on it, and with them DuckDB's write lock.
        """
        import duckdb

        target = snapshot_path(self.db)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        _remove(temporary)
        quoted = str(temporary).replace("'", "''")
        try:
            (main,) = con.execute("SELECT current_database()").fetchone() or ("",)
            con.execute(f"ATTACH '{quoted}' AS {ALIAS}")
            try:
                con.execute(f'COPY FROM DATABASE "{main}" TO {ALIAS}')
                con.execute(f"CHECKPOINT {ALIAS}")
            finally:
                con.execute(f"DETACH {ALIAS}")
            stamp = now.replace(tzinfo=dt.UTC).timestamp()
            os.utime(temporary, (stamp, stamp))
            os.replace(temporary, target)
        except duckdb.Error as exc:
            raise RuntimeError(f"copy failed: {exc}") from exc
        finally:
            _remove(temporary)
        return target


def _remove(path: Path) -> None:
    """Remove a temporary copy and its write-ahead log, if there."""
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".wal").unlink(missing_ok=True)


def open_error(target: str, exc: BaseException, *, read_only: bool) -> str:
    """What went wrong opening the store, and what to do when another process holds it.

    DuckDB allows one writing process, and no reader beside it: while `ingest` writes,
    readers use the snapshot it publishes beside the file (`reading.open_for_reading`).
    """
    if "lock" not in str(exc).lower():
        return f"cannot open database {target}: {exc}"
    if read_only:
        return (
            f"database {target} is being written by another process (an `ingest` run, or a "
            "notebook holding Store.open(path) for writing). Readers use the snapshot the "
            f"writer publishes beside it ({snapshot_path(target)}), or wait for it to finish; "
            "in notebooks open the store with Store.open(path, read_only=True)."
        )
    return (
        f"database {target} is in use by another process; DuckDB allows one writer. Wait for "
        "the other `ingest` (or reader) to finish, or write to another --db file; a notebook "
        "that only reads should open the store with Store.open(path, read_only=True)."
    )
