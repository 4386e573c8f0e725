"""The app's database: one store connection, cursors for readers, one lock for the writer.

Why this shape: DuckDB allows one open database per file in a process. Readers
each take a cursor (their own connection and transaction on the same database),
so they never block each other; writes go through the one `Store` under a lock,
so there is exactly one writer. A read that runs past the timeout is
interrupted, and the request gets a JSON 503 instead of tying up a thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from newsevents.errors import NewsEventsError
from newsevents.store import Store

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")


class QueryTimeoutError(NewsEventsError):
    """A read took longer than the configured query timeout and was interrupted."""


class ReadOnlyError(NewsEventsError):
    """A write was asked of a server whose store is open read-only."""


class Database:
    """Read cursors with a timeout, and serialised writes, over one open store."""

    def __init__(self, store: Store, *, read_only: bool, timeout_s: float) -> None:
        self._store = store
        self._lock = threading.Lock()
        # Readers branch off their own root connection, so the writer's connection is only
        # ever used by the writer, under `_lock`.
        self._readers = store.cursor()
        self._readers_lock = threading.Lock()
        self.read_only = read_only
        self.timeout_s = timeout_s

    def close(self) -> None:
        with self._lock, self._readers_lock:
            self._readers.close()
            self._store.close()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request's reads, interrupted after the timeout."""
        import duckdb

        with self._readers_lock:
            cursor = self._readers.cursor()
        timer = threading.Timer(self.timeout_s, cursor.interrupt)
        timer.start()
        try:
            yield cursor
        except duckdb.InterruptException as exc:
            raise QueryTimeoutError(
                f"query stopped after {self.timeout_s:g} s: narrow the filters or the page"
            ) from exc
        finally:
            timer.cancel()
            cursor.close()

    def rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        """Every row of a read query, as tuples."""
        with self.reader() as cursor:
            return cursor.execute(sql, params).fetchall()

    def dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        """Every row of a read query, as dicts keyed by column name."""
        with self.reader() as cursor:
            result = cursor.execute(sql, params)
            names = [d[0] for d in result.description or []]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def has_table(self, name: str) -> bool:
        """Whether the store has table `name` (newer schemas add tables such as `mentions`)."""
        found = self.rows(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        )
        return bool(found[0][0])

    def write(self, action: Callable[[Store], T]) -> T:
        """Run `action` on the one writer store, one write at a time."""
        if self.read_only:
            raise ReadOnlyError("this server's store is read-only: writes are refused")
        with self._lock:
            return action(self._store)
