"""Readers beside a writer: the snapshot a writing store publishes, read while a real second
process holds DuckDB's write lock (no mocks: two processes, one file)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.store.builders import border_article

from newsevents.cli.main import main
from newsevents.errors import StoreError
from newsevents.model import Rejected
from newsevents.store import Store
from newsevents.store.reading import open_for_reading
from newsevents.store.snapshot import snapshot_path

REPO = Path(__file__).resolve().parents[2]
WRITER = """
import sys, time
sys.path.insert(0, {repo!r})
from tests.store.builders import border_article
from newsevents.model import Rejected
from newsevents.store import Store

store = Store.open({db!r}, snapshot_seconds={seconds})
store.add_coded([border_article()])
print("ready", flush=True)
for line in sys.stdin:
    time.sleep(1.1)  # past the pace of one second
    store.add_rejected([Rejected("feed.jsonl:" + line.strip(), "not JSON")])
    print("published", flush=True)
store.close()
"""


class Writer:
    """A second process that holds the database open for writing until its stdin closes."""

    def __init__(self, db: Path, seconds: int) -> None:
        code = WRITER.format(repo=str(REPO), db=str(db), seconds=seconds)
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.expect("ready")

    def expect(self, word: str) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line == word, f"writer said {line!r}"

    def write_more(self, tag: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(tag + "\n")
        self.process.stdin.flush()
        self.expect("published")

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[Path, Writer]]:
    db = tmp_path / "events.duckdb"
    held = Writer(db, seconds=1)
    try:
        yield db, held
    finally:
        if held.process.poll() is None:
            held.stop()


def test_snapshot_names_sit_beside_the_database() -> None:
    assert snapshot_path("/d/x.duckdb") == Path("/d/x.snapshot.duckdb")
    assert snapshot_path("/d/x.db") == Path("/d/x.db.snapshot")


def test_readers_read_the_snapshot_while_another_process_writes(
    writer: tuple[Path, Writer],
) -> None:
    db, held = writer
    with pytest.raises(StoreError, match="being written"):
        Store.open(db, read_only=True)  # the lock is real
    with open_for_reading(db) as store:
        assert store.note is not None
        assert f"a writer holds {db}" in store.note
        assert store.path == str(snapshot_path(db))
        assert store.counts()["events"] == 3
        assert store.counts()["rejected"] == 0
    held.write_more("7")
    with open_for_reading(db) as store:  # the newer snapshot, swapped in by a rename
        assert store.counts()["rejected"] == 1
    held.stop()
    with open_for_reading(db) as store:  # no writer: the database itself
        assert store.note is None
        assert store.path == str(db)


def test_cli_readers_say_they_read_a_snapshot(
    writer: tuple[Path, Writer], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _held = writer
    assert main(["events", "--db", str(db), "--format", "jsonl", "--all"]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 3
    assert err.startswith("note: reading the snapshot of ")
    event_id = border_article().events[0].event_id
    assert main(["explain", event_id, "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "shelled" in out
    assert "a writer holds" in err
    assert main(["counts", "--db", str(db), "--by", "quad", "--format", "csv"]) == 0
    assert "a writer holds" in capsys.readouterr().err


def test_without_a_snapshot_the_reader_is_told_why(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    held = Writer(db, seconds=0)  # publishing is off
    try:
        with pytest.raises(StoreError, match="No snapshot has been published"):
            open_for_reading(db)
    finally:
        held.stop()


def test_snapshots_are_paced_and_stamped_with_the_store_clock(tmp_path: Path) -> None:
    db = tmp_path / "paced.duckdb"
    times = iter(dt.datetime(2026, 1, 2, 3, 4, s) for s in (5, 5, 20, 20, 40, 40))
    store = Store.open(db, snapshot_seconds=30, clock=lambda: next(times))
    snapshot = snapshot_path(db)
    with store:
        store.add_rejected([Rejected("a", "bad")])  # first write: published at 03:04:05
        first = snapshot.stat().st_mtime
        assert first == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC).timestamp()
        store.add_rejected([Rejected("b", "bad")])  # 15 s later: not yet
        assert snapshot.stat().st_mtime == first
        store.add_rejected([Rejected("c", "bad")])  # 35 s after the first: again
        assert snapshot.stat().st_mtime > first
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    with Store.open(snapshot, read_only=True) as copy:
        assert copy.counts()["rejected"] == 3


def test_a_store_without_the_setting_publishes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "quiet.duckdb"
    with Store.open(db) as store:
        store.add_coded([border_article()])
    assert not snapshot_path(db).exists()


def test_a_read_only_api_serves_the_snapshot(writer: tuple[Path, Writer]) -> None:
    from tests.api.conftest import make_client

    from newsevents.api import ApiConfig, create_app

    db, _held = writer
    with make_client(create_app(ApiConfig(db=db, read_only=True))) as client:
        page = client.get("/events", params={"min_confidence": 0})
        assert page.status_code == 200
        assert {e["event_id"] for e in page.json()["events"]} == {
            e.event_id for e in border_article().events
        }
