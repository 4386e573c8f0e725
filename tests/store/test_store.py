"""The DuckDB store: idempotent writes, rejected records kept, filters, frames, records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from tests.store.builders import border_article, empty_article

from newsevents.model import CodedArticle, Rejected
from newsevents.query import EventFilter
from newsevents.store import RECORD_FIELDS, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "events.duckdb") as opened:
        opened.add_coded([border_article(), empty_article()])
        yield opened


def test_writes_report_new_rows_and_rewrite_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    with Store.open(path) as first:
        counts = first.add_coded([border_article(), empty_article()])
        assert (counts.articles, counts.events) == (2, 3)
    with Store.open(path) as second:
        again = second.add_coded([border_article(), empty_article()])
        assert (again.articles, again.events) == (0, 0)
        assert second.counts() == {
            "articles": 2, "events": 3, "reported_by": 3, "places": 1, "rejected": 0,
            "mentions": 3,
        }  # fmt: skip


def test_rejected_records_are_kept_once(store: Store) -> None:
    bad = [Rejected("a.jsonl:2", "not JSON", "{oops"), Rejected("b.txt", "empty record")]
    assert store.add_rejected(bad).rejected == 2
    assert store.add_rejected(bad).rejected == 0
    frame = store.rejected_frame()
    assert sorted(frame["origin"]) == ["a.jsonl:2", "b.txt"]
    assert set(frame["reason"]) == {"not JSON", "empty record"}


def test_records_carry_the_contract_fields(store: Store) -> None:
    records = store.event_records()
    assert [r["cameo_code"] for r in records] == ["195", "122", "046"]  # date order, nulls last
    first = records[0]
    assert set(RECORD_FIELDS) <= set(first)
    assert first["source"] == {
        "code": "NLDMIL", "country": "NLD", "sector": "MIL", "text": "Northland troops",
        "name": None, "entry": "",
    }  # fmt: skip
    assert first["place"]["geonameid"] == 123
    assert first["evidence"]["verb"]["text"] == "shelled"
    assert records[1]["reported_by"][1] == {
        "name": "foreign ministry", "kind": "source", "actor": "SLDGOV", "quote": "condemned"
    }  # fmt: skip
    assert records[1]["target"] is None


@pytest.mark.parametrize(
    ("flt", "codes"),
    [
        (EventFilter(source="NLD"), {"195", "046"}),
        (EventFilter(source="NLDMIL"), {"195"}),
        (EventFilter(source="nldm"), {"195"}),
        (EventFilter(target="SLD"), {"195", "046"}),
        (EventFilter(code="19"), {"195"}),
        (EventFilter(code="1"), {"195", "122"}),
        (EventFilter(since=dt.date(2021, 5, 4)), {"122"}),
        (EventFilter(until=dt.date(2021, 5, 3)), {"195"}),
        (EventFilter(modality="planned"), {"046"}),
        (EventFilter(min_confidence=0.5), {"195", "122"}),
        (EventFilter(source="NLD", code="04"), {"046"}),
        (EventFilter(source="XYZ"), set()),
    ],
)
def test_filters_select_matching_events(store: Store, flt: EventFilter, codes: set[str]) -> None:
    assert {r["cameo_code"] for r in store.event_records(flt)} == codes
    assert set(store.events_frame(flt)["cameo_code"]) == codes


def test_limit_and_frame_columns(store: Store) -> None:
    frame = store.events_frame(EventFilter(limit=2))
    assert len(frame) == 2
    assert {"event_id", "source_country", "goldstein", "place_lat"} <= set(frame.columns)
    assert frame["date"].iloc[0] == pd.Timestamp(2021, 5, 3)


def test_event_lookup_by_id_and_unique_prefix(store: Store) -> None:
    record = store.event_records(EventFilter(code="195"))[0]
    assert store.event(record["event_id"]) == record
    assert store.event(record["event_id"][:8]) == record
    assert store.event("ffffffffffffffff") is None


def test_injection_text_is_just_a_value(store: Store) -> None:
    assert store.event_records(EventFilter(source="X' OR 1=1 --")) == []
    assert store.counts()["events"] == 3


def test_replace_removes_stale_rows_of_recoded_articles(store: Store) -> None:
    original = border_article()
    recoded = CodedArticle(original.article, original.events[:1], ())
    kept = store.add_coded([recoded])
    assert (kept.articles, kept.events, store.counts()["events"]) == (0, 0, 3)
    replaced = store.add_coded([recoded], replace=True)
    assert (replaced.articles, replaced.events) == (0, 0)
    counts = store.counts()
    assert (counts["events"], counts["reported_by"], counts["places"]) == (1, 1, 0)
    assert [r["cameo_code"] for r in store.event_records()] == ["195"]
    assert counts["articles"] == 2  # the other, untouched article stays
