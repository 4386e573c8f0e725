"""Analyst ergonomics: events_frame columns, either-side and other filters, counts, locks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.store import stories

from newsevents.cli.main import main
from newsevents.errors import StoreError
from newsevents.query import EventFilter, FilterError
from newsevents.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.add_coded(stories.corpus())
    return path


def test_events_frame_carries_article_and_merge_columns(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        frame = store.events_frame()
    for column in ("outlet", "url", "title", "published", "num_mentions", "num_sources",
                   "num_articles", "first_seen", "last_seen", "is_root"):  # fmt: skip
        assert column in frame.columns
    first = frame.iloc[0]
    assert (first.date.date(), first.outlet, first.num_articles) == (stories.MONDAY, "northern", 2)
    assert first.url.startswith("https://northern.example/")


def codes(store: Store, **kwargs: object) -> list[str]:
    frame = store.events_frame(EventFilter(**kwargs))  # type: ignore[arg-type]
    pairs = zip(frame.cameo_code, frame.date, strict=True)
    return [f"{c}@{d.date() if d == d else None}" for c, d in pairs]


def test_filters_either_side_quad_plover_place_outlet(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        everything = codes(store)
        assert len(everything) == 4
        assert codes(store, actor="sld") == everything  # SLDGOV is the target of all four
        assert codes(store, actor="NLDMIL") == everything
        assert codes(store, actor="XYZ") == []
        assert codes(store, quad_class=4) == ["195@2024-03-11", "195@2024-03-21"]
        assert codes(store, quad_class=1) == ["042@2024-04-05", "018@None"]
        assert codes(store, plover="x") == everything  # the builders' PLOVER type is "X"
        assert codes(store, place_country="UKR") == ["195@2024-03-11"]
        assert codes(store, outlet="coast") == ["195@2024-03-11", "018@None"]  # a wire copy
    with pytest.raises(FilterError, match="quad class"):
        EventFilter(quad_class=5)


def test_counts_by_dyad_day_quad(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        table = store.counts(by="dyad,day,quad")
        by_month = store.counts(by=["month"], flt=EventFilter(quad_class=4))
        with pytest.raises(FilterError, match="cannot count by"):
            store.counts(by="weather")
    assert list(table.columns[:4]) == ["source_country", "target_country", "day", "quad_class"]
    rows = [tuple(r) for r in table[["day", "quad_class", "events", "mentions", "articles"]]
            .itertuples(index=False)]  # fmt: skip
    assert [str(r[0])[:10] for r in rows[:3]] == ["2024-03-11", "2024-03-21", "2024-04-05"]
    assert [r[1] for r in rows] == [4, 4, 1, 1]
    assert [r[2:] for r in rows] == [(1, 3, 2), (1, 1, 1), (1, 1, 1), (1, 1, 1)]
    assert table.events.sum() == 4
    assert by_month.to_dict("list") == {
        "month": ["2024-03"], "events": [2], "mentions": [4], "articles": [3],
        "mean_goldstein": [-5.0],
    }  # fmt: skip


def test_cli_counts_and_events_parquet(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["counts", "--db", str(db), "--by", "quad", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "quad_class,events,mentions,articles,mean_goldstein", "1,2,2,2,-5.0", "4,2,4,3,-5.0",
    ]  # fmt: skip
    out = tmp_path / "e.parquet"
    args = ["events", "--db", str(db), "--actor", "NLD", "--quad", "4", "--format", "parquet"]
    assert main([*args, "--output", str(out)]) == 0
    assert main([*args, "--output", str(out)]) == 2  # exists: asks for --force
    with Store.open(":memory:") as scratch:
        found = scratch.frame(f"SELECT cameo_code, num_mentions, outlet FROM '{out}'")
    assert found.to_dict("list") == {
        "cameo_code": ["195", "195"], "num_mentions": [3, 1], "outlet": ["northern", "ledger"],
    }  # fmt: skip


HOLD = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); input()"


def test_a_locked_database_says_what_to_do(db: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=r"in use by another process.*read_only=True"):
            Store.open(db)
    finally:
        holder.communicate("\n", timeout=30)
    with Store.open(db, read_only=True) as store:  # once released, readers open fine
        assert store.counts()["events"] == 4


def test_records_carry_the_merge_counts(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        record = store.event_records(EventFilter(place_country="UKR"))[0]
        assert store.event(record["event_id"]) == record
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (3, 2, 2)
    assert (record["first_seen"], record["last_seen"], record["is_root"]) == (
        "2024-03-12", "2024-03-13", True,
    )  # fmt: skip
