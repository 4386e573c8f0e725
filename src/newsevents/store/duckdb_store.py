"""The DuckDB store: one writer connection, insert-or-ignore on content-hash ids.

Why DuckDB: an embedded, columnar, SQL database that reads and writes Parquet,
so a laptop can hold millions of events and aggregate them quickly without a
server. Why insert-or-ignore: article and event ids are content hashes, so a
re-run over the same input finds every row already present and adds nothing.

Rows are written in bulk from a registered pandas frame (DuckDB's
`executemany` costs about a millisecond a row); every user-supplied value is a
SQL parameter or a frame cell, never spliced into SQL text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, overload

from newsevents.dedup.across_articles import DEFAULT_RULE, MergeRule
from newsevents.errors import StoreError
from newsevents.model import CodedArticle, Rejected
from newsevents.query.filters import EventFilter, select_events
from newsevents.store import rows
from newsevents.store.merge import MergePlan, refresh_counts
from newsevents.store.merge import plan_merge as merge_plan
from newsevents.store.snapshot import SnapshotPublisher, open_error

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

SCHEMA_VERSION = "1"
MENTION_COLUMNS = (
    "mention_id", "event_id", "article_id", "story_id", "sentence_index", "sentence_start",
    "sentence_end", "verb_start", "verb_end", "source_start", "target_start", "sentence",
    "cameo_code", "outlet", "url", "published", "confidence", "modality", "in_lead", "added_at",
)  # fmt: skip
MERGE_COLUMNS = (
    "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "is_root",
)  # fmt: skip
COUNTED_RECORD = "record, " + ", ".join(MERGE_COLUMNS)
VERSION_COLUMNS = ("article_id", "story_id", "published", "signature")
# An event of a dropped article goes only when no other article still mentions it.
ORPHAN_EVENTS_SQL = (
    "DELETE FROM events WHERE article_id IN (SELECT unnest(?)) "
    "AND event_id NOT IN (SELECT event_id FROM mentions)"
)
Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The default clock (naive UTC, as DuckDB's TIMESTAMP stores it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _counted(row: tuple[Any, ...]) -> dict[str, Any]:
    """A stored JSON record with the merge counts of its event added."""
    record: dict[str, Any] = json.loads(row[0])
    for name, value in zip(MERGE_COLUMNS, row[1:], strict=True):
        record[name] = value.isoformat() if isinstance(value, dt.date) else value
    return record


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """How many rows a write added (the rest were already stored)."""

    articles: int = 0
    events: int = 0
    rejected: int = 0


class Store:
    """An open newsevents database. Use `Store.open(path)`; close it (or use `with`)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, clock: Clock) -> None:
        self._con = connection
        self.path = path
        self._clock = clock
        self.snapshots: SnapshotPublisher | None = None
        self.note: str | None = None  # set when this is a snapshot read beside a writer

    @classmethod
    def open(
        cls,
        path: Path | str = ":memory:",
        *,
        read_only: bool = False,
        clock: Clock = utc_now,
        snapshot_seconds: float = 0,
    ) -> Store:
        """Open (creating if needed) the database at `path`; ``:memory:`` for a throw-away one.

        A writer given `snapshot_seconds` > 0 publishes a read-only copy beside the file
        after committed writes, at most that often (`store.snapshot`): readers of a
        locked database read it (`reading.open_for_reading`).

        In notebooks use ``read_only=True``: DuckDB lets one process write or many
        read, so a read-only notebook leaves `newsevents events/export` working
        (an ingest still needs the notebook's store closed). A locked database
        raises `StoreError` saying what to do.
        """
        import duckdb

        target = str(path)
        if read_only and target != ":memory:" and not Path(target).exists():
            raise StoreError(f"no database at {target}: run `newsevents ingest ... --db {target}`")
        try:
            if target != ":memory:" and not read_only:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            con = duckdb.connect(target, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(open_error(target, exc, read_only=read_only)) from exc
        store = cls(con, target, clock)
        if not read_only:
            store._create_schema()
            if snapshot_seconds > 0 and target != ":memory:":
                store.snapshots = SnapshotPublisher(Path(target), snapshot_seconds, clock)
        return store

    def _create_schema(self) -> None:
        sql = resources.files("newsevents.store").joinpath("schema.sql").read_text("utf-8")
        self._con.execute(sql)
        self._con.execute(
            "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
        )

    def close(self) -> None:
        self._con.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection to the same database for one reader thread (own transaction).

        The API reads through these while one writer `Store` adds articles.
        """
        return self._con.cursor()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def add_coded(
        self,
        coded: Sequence[CodedArticle],
        *,
        replace: bool = False,
        merge: MergeRule | None = DEFAULT_RULE,
    ) -> WriteCounts:
        """Store articles with their events, attributions and places; return what was new.

        Events are merged across articles as they arrive (`merge`, see
        `newsevents.dedup.across_articles`): an event that reports a stored
        happening becomes a row of `mentions` of that event instead of a new
        `events` row. With `merge=None` every coded event is its own event (and
        its own single mention). By default rows already stored are kept as
        they are (same id, same content). With `replace`, everything stored for
        these articles is first removed, so re-coding after a dictionary change
        leaves no stale events.
        """
        now = self._clock()
        article_rows = [rows.article_row(c, now) for c in coded]
        self._con.execute("BEGIN TRANSACTION")
        try:
            before = self._drop_articles([c.article.article_id for c in coded]) if replace else None
            plan = merge_plan(self._con, coded, merge, now)
            event_rows = plan.events
            n_articles = self._insert("articles", rows.ARTICLE_COLUMNS, article_rows, "article_id")
            n_events = self._insert("events", rows.EVENT_COLUMNS, event_rows, "event_id")
            self._insert_details(coded, plan, now)
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        self._committed()
        if before is not None:
            n_articles = len({r["article_id"] for r in article_rows} - before[0])
            n_events = len({r["event_id"] for r in event_rows} - before[1])
        return WriteCounts(articles=n_articles, events=n_events)

    def _committed(self) -> None:
        """After a committed write: publish the snapshot for readers, when one is due."""
        if self.snapshots is not None:
            self.snapshots.after_commit(self._con)

    def _insert_details(
        self, coded: Sequence[CodedArticle], plan: MergePlan, now: dt.datetime
    ) -> None:
        """The rows that hang off articles and events: sources, places, mentions, versions,
        aliases; then the merged events' counts are recomputed."""
        reported = [r for c in coded for e in c.events for r in rows.reported_by_rows(e)]
        places = [r for c in coded for r in rows.place_rows(c)]
        aliases = [rows.alias_row(c.article, now) for c in coded]
        self._insert("reported_by", rows.REPORTED_BY_COLUMNS, reported, None)
        self._insert("places", rows.PLACE_COLUMNS, places, None)
        self._insert("mentions", MENTION_COLUMNS, plan.mentions, "mention_id")
        self._insert("article_versions", VERSION_COLUMNS, plan.versions, "article_id")
        refresh_counts(self._con, plan.touched)
        self._insert("article_aliases", rows.ALIAS_COLUMNS, aliases, "alias_id")

    def _drop_articles(self, ids: list[str]) -> tuple[set[str], set[str]]:
        """Delete all rows of these articles; return the article and event ids they had."""
        found = self._con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        events = self._con.execute(
            "SELECT event_id FROM events WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        event_ids = [row[0] for row in events]
        merged = self._con.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        for sql, params in (
            ("DELETE FROM reported_by WHERE event_id IN (SELECT unnest(?))", event_ids),
            ("DELETE FROM mentions WHERE article_id IN (SELECT unnest(?))", ids),
            ("DELETE FROM article_versions WHERE article_id IN (SELECT unnest(?))", ids),
            (ORPHAN_EVENTS_SQL, ids),
            ("DELETE FROM places WHERE article_id IN (SELECT unnest(?))", ids),
            ("DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", ids),
        ):
            self._con.execute(sql, [params]).fetchall()
        refresh_counts(self._con, [row[0] for row in merged])
        return {row[0] for row in found}, set(event_ids)

    def add_rejected(self, records: Iterable[Rejected]) -> WriteCounts:
        """Store rejected records (origin, reason, excerpt, time); return how many were new."""
        now = self._clock()
        new = self._insert(
            "rejected", rows.REJECTED_COLUMNS, [rows.rejected_row(r, now) for r in records],
            "rejected_id",
        )  # fmt: skip
        self._committed()
        return WriteCounts(rejected=new)

    def _insert(
        self, table: str, columns: Sequence[str], data: list[dict[str, Any]], key: str | None
    ) -> int:
        """Insert-or-ignore `data` into `table`; return the number of new keys (0 if no key)."""
        if not data:
            return 0
        import pandas as pd

        frame = pd.DataFrame(data, columns=list(columns)).astype(object)
        frame = frame.where(frame.notna(), None)
        new = 0
        if key is not None:
            frame = frame.drop_duplicates(subset=[key])
            existing = self._con.execute(
                f"SELECT count(*) FROM {table} WHERE {key} IN (SELECT unnest(?))",
                [frame[key].tolist()],
            ).fetchall()
            new = len(frame) - int(existing[0][0])
        names = ", ".join(columns)
        self._con.register("_incoming", frame)
        try:
            sql = f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM _incoming"
            self._con.execute(sql)
        finally:
            self._con.unregister("_incoming")
        return new

    # -- reading -----------------------------------------------------------------

    def event_records(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """The JSON records of the events matching `flt`, ordered by date.

        Each record is the first report's record plus the merge counts
        (num_mentions, num_sources, num_articles, first_seen, last_seen, is_root).
        """
        sql, params = select_events(flt or EventFilter(), COUNTED_RECORD)
        return [_counted(row) for row in self._con.execute(sql, params).fetchall()]

    def events_frame(self, flt: EventFilter | None = None) -> pd.DataFrame:
        """The matching events as a pandas DataFrame (polars: ``pl.from_pandas`` or `.pl()`).

        One column per `events` column (but the JSON `record`), the merge counts
        (num_mentions, num_sources, num_articles, first_seen, last_seen, is_root)
        and the first report's article: outlet, url, title, published.
        """
        sql, params = self.events_sql(flt)
        return self._con.execute(sql, params).df()

    def events_sql(self, flt: EventFilter | None = None) -> tuple[str, list[Any]]:
        """The SELECT behind `events_frame` and its parameters (for Parquet or `.pl()`)."""
        columns = ", ".join(c for c in (*rows.EVENT_COLUMNS, *MERGE_COLUMNS) if c != "record")
        inner, params = select_events(flt or EventFilter(), columns)
        sql = (
            f"SELECT f.*, a.outlet, a.url, a.title, a.published FROM ({inner}) AS f "
            "LEFT JOIN articles a ON a.article_id = f.article_id "
            "ORDER BY f.date NULLS LAST, f.article_id, f.sentence_index, f.event_id"
        )
        return sql, params

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The JSON record of one event, or None (a unique id prefix of 6+ characters works)."""
        found = self._con.execute(
            f"SELECT {COUNTED_RECORD} FROM events WHERE event_id = ? OR "
            "(length(?) >= 6 AND starts_with(event_id, ?)) LIMIT 2",
            [event_id, event_id, event_id],
        ).fetchall()
        return _counted(found[0]) if len(found) == 1 else None

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """The result of a read-only SQL query as a DataFrame (values go in `params`).

        For exports and notebooks: tables are `events` (one row per happening, with
        num_mentions, num_sources, num_articles, first_seen, last_seen, is_root),
        `mentions` (every report of an event: article, sentence, offsets, outlet,
        confidence, modality), `articles`, `article_versions`, `reported_by`, `places`.
        """
        return self._con.execute(sql, list(params)).df()

    def copy_to_parquet(
        self,
        query: str,
        path: Path,
        *,
        params: Sequence[Any] = (),
        partition_by: str | None = None,
    ) -> None:
        """Write a query's rows to Parquet at `path` (a folder of Hive partitions if asked).

        `query` is code-chosen SQL; user values travel in `params` only.
        """
        options = "FORMAT PARQUET"
        if partition_by is not None:
            options += f", PARTITION_BY ({partition_by}), OVERWRITE_OR_IGNORE TRUE"
        target = str(path).replace("'", "''")
        self._con.execute(f"COPY ({query}) TO '{target}' ({options})", list(params))

    def aliases_frame(self) -> pd.DataFrame:
        """Every (article, url, published, origin) an article was seen under."""
        return self._con.execute(
            "SELECT article_id, url, published, origin FROM article_aliases "
            "ORDER BY article_id, origin"
        ).df()

    def rejected_frame(self) -> pd.DataFrame:
        """Every rejected input record (origin, reason, excerpt, time)."""
        return self._con.execute(
            "SELECT origin, reason, excerpt, rejected_at FROM rejected ORDER BY rejected_at, origin"
        ).df()

    @overload
    def counts(self, by: None = None, flt: EventFilter | None = None) -> dict[str, int]: ...

    @overload
    def counts(self, by: str | Sequence[str], flt: EventFilter | None = None) -> pd.DataFrame: ...

    def counts(
        self, by: str | Sequence[str] | None = None, flt: EventFilter | None = None
    ) -> dict[str, int] | pd.DataFrame:
        """Without `by`: row counts of the tables. With `by`: the analyst's count table.

        ``store.counts(by="dyad,day,quad")`` returns one row per source country,
        target country, day and quad class with the number of events (merged
        happenings), mentions and articles, and the mean Goldstein score, for the
        events matching `flt`. Dimensions: `newsevents.query.counts.DIMENSIONS`.
        """
        if by is not None:
            from newsevents.query.counts import counts_sql, parse_by

            sql, params = counts_sql(parse_by(by), flt)
            return self._con.execute(sql, params).df()
        return self._table_sizes()

    def _table_sizes(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "events", "reported_by", "places", "rejected", "mentions"):
            found = self._con.execute(f"SELECT count(*) FROM {table}").fetchall()
            out[table] = int(found[0][0])
        return out
