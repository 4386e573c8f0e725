"""Parquet in and out of a store: how batch shards are written and merged.

Why through a store: a shard is written by coding a partition into a throw-away
in-memory store (the same `Store.add_coded` the local runner uses) and copying
each of its tables to Parquet, so a shard holds exactly the rows, types and
columns the DuckDB file holds, including tables other stages add later, and
`import_shard` only has to insert-or-ignore them (ids are content hashes).

This module reaches the store's connection: it belongs to the store package.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.store.duckdb_store import Store

LOADED_PREFIX = "loaded_shard:"
"""`meta` keys recording which shards a database has already merged."""


def data_tables(store: Store) -> list[str]:
    """The store's data tables (every table but `meta`), sorted by name."""
    found = store._con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND table_name <> 'meta' ORDER BY table_name"
    ).fetchall()
    return [str(row[0]) for row in found]


def export_tables(store: Store, folder: Path) -> dict[str, int]:
    """Write each data table to ``folder/TABLE.parquet``; return the row count of each."""
    counts: dict[str, int] = {}
    for table in data_tables(store):
        target = folder / f"{table}.parquet"
        store._con.execute(f"COPY {table} TO '{_quoted(target)}' (FORMAT parquet)")
        found = store._con.execute(f"SELECT count(*) FROM {table}").fetchall()
        counts[table] = int(found[0][0])
    return counts


def is_merged(store: Store, name: str) -> bool:
    """Whether shard `name` was merged into `store` before."""
    found = store._con.execute("SELECT 1 FROM meta WHERE key = ?", [LOADED_PREFIX + name])
    return bool(found.fetchall())


def mark_merged(store: Store, name: str, folder: Path) -> None:
    store._con.execute(
        "INSERT OR IGNORE INTO meta VALUES (?, ?)", [LOADED_PREFIX + name, str(folder)]
    )


def import_shard(store: Store, folder: Path, name: str) -> dict[str, int] | None:
    """Insert-or-ignore one shard's tables in one transaction; None if it was merged before.

    Returns the number of new rows per table. A table the shard lacks (an older
    shard) is skipped; a column the store lacks is an error, not silently dropped.
    """
    con = store._con
    key = LOADED_PREFIX + name
    if con.execute("SELECT 1 FROM meta WHERE key = ?", [key]).fetchall():
        return None
    added: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for table in data_tables(store):
            source = folder / f"{table}.parquet"
            if source.is_file():
                added[table] = _insert_parquet(store, table, source)
        con.execute("INSERT INTO meta VALUES (?, ?)", [key, str(folder)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return added


def _insert_parquet(store: Store, table: str, source: Path) -> int:
    con = store._con
    before = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    con.execute(
        f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM read_parquet('{_quoted(source)}')"
    )
    after = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    return int(after) - int(before)


def _quoted(path: Path) -> str:
    """A path as the body of a SQL string literal (COPY and read_parquet take no parameters)."""
    return str(path).replace("'", "''")
