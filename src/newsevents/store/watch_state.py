"""What `newsevents watch` remembers between rounds and restarts, kept in the store itself.

Two tables, created on first use: `watch_feeds` (each feed's ETag and
Last-Modified, for conditional GETs) and `watch_items` (each entry link seen:
coded, rejected, or failing with an attempt count). A link is fetched and coded
once; a failing one is tried again in later rounds up to a bound. Keeping this
in the same DuckDB file as the events means a restart never re-codes.
"""

from __future__ import annotations

import datetime as dt

from newsevents.store.duckdb_store import Store

TABLES = """
CREATE TABLE IF NOT EXISTS watch_feeds (
    feed_url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS watch_items (
    url VARCHAR PRIMARY KEY, feed_url VARCHAR, status VARCHAR NOT NULL, attempts INTEGER NOT NULL,
    reason VARCHAR, article_id VARCHAR, seen_at TIMESTAMP NOT NULL
);
"""


class WatchState:
    """Feed validators and item outcomes in `store` (the watcher's one writer)."""

    def __init__(self, store: Store) -> None:
        self._con = store._con
        self._con.execute(TABLES)

    def validators(self, feed_url: str) -> dict[str, str]:
        """Conditional-GET headers for `feed_url` from its last answer."""
        found = self._con.execute(
            "SELECT etag, last_modified FROM watch_feeds WHERE feed_url = ?", [feed_url]
        ).fetchall()
        headers: dict[str, str] = {}
        if found and found[0][0]:
            headers["If-None-Match"] = str(found[0][0])
        if found and found[0][1]:
            headers["If-Modified-Since"] = str(found[0][1])
        return headers

    def save_validators(
        self, feed_url: str, etag: str | None, modified: str | None, now: dt.datetime
    ) -> None:
        self._con.execute(
            "INSERT OR REPLACE INTO watch_feeds VALUES (?, ?, ?, ?)",
            [feed_url, etag, modified, now],
        )

    def attempts(self, url: str) -> tuple[str, int] | None:
        """(status, attempts) of an item seen before, else None."""
        found = self._con.execute(
            "SELECT status, attempts FROM watch_items WHERE url = ?", [url]
        ).fetchall()
        return (str(found[0][0]), int(found[0][1])) if found else None

    def record(
        self,
        url: str,
        feed_url: str,
        status: str,
        *,
        now: dt.datetime,
        reason: str | None = None,
        article_id: str | None = None,
    ) -> None:
        """Record an outcome (`coded`, `rejected` or `failed`), counting attempts."""
        seen = self.attempts(url)
        attempts = (seen[1] if seen else 0) + 1
        self._con.execute(
            "INSERT OR REPLACE INTO watch_items VALUES (?, ?, ?, ?, ?, ?, ?)",
            [url, feed_url, status, attempts, reason, article_id, now],
        )
