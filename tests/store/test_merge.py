"""Cross-article merging in the store: mentions, counts, versions, re-runs and --replace."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from tests.store import stories

from newsevents.model import CodedArticle
from newsevents.store import Store

MONDAY = stories.MONDAY


def corpus() -> list[CodedArticle]:
    """The three reports of one shelling and the shelling ten days later."""
    return stories.corpus()[:4]


def merged(store: Store) -> list[tuple[object, ...]]:
    sql = (
        "SELECT date, num_mentions, num_articles, num_sources, first_seen, last_seen, is_root "
        "FROM events ORDER BY date"
    )
    return store._con.execute(sql).fetchall()


def test_reports_of_one_happening_become_one_event_with_counts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.duckdb") as store:
        for item in corpus():  # one article at a time: the merge is incremental
            store.add_coded([item])
        assert merged(store) == [
            (MONDAY, 3, 2, 2, dt.date(2024, 3, 12), dt.date(2024, 3, 13), True),
            (dt.date(2024, 3, 21), 1, 1, 1, dt.date(2024, 3, 22), dt.date(2024, 3, 22), True),
        ]
        assert store.counts()["mentions"] == 4
        stories = store._con.execute(
            "SELECT count(DISTINCT story_id), count(*) FROM article_versions"
        ).fetchall()
        assert stories == [(3, 4)]  # the wire copy is a version of the original


def test_one_batch_merges_like_one_article_at_a_time(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.duckdb") as one, Store.open(tmp_path / "b.duckdb") as two:
        one.add_coded(corpus())
        for item in corpus():
            two.add_coded([item])
        assert merged(one) == merged(two)


def test_reingest_adds_nothing_and_keeps_counts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.duckdb") as store:
        first = store.add_coded(corpus())
        assert (first.articles, first.events) == (4, 2)
        again = store.add_coded(corpus())
        assert (again.articles, again.events) == (0, 0)
        assert merged(store)[0][1:4] == (3, 2, 2)
        assert store.counts()["mentions"] == 4


def test_replace_keeps_an_event_other_articles_still_mention(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.duckdb") as store:
        store.add_coded(corpus())
        store.add_coded(corpus()[:1], replace=True)
        assert merged(store)[0][1:4] == (3, 2, 2)
        assert store.counts()["events"] == 2


def test_without_merging_every_report_is_its_own_event(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.duckdb") as store:
        counts = store.add_coded(corpus(), merge=None)
        assert counts.events == 4
        assert {row[1:4] for row in merged(store)} == {(1, 1, 1)}


def test_an_inferred_place_does_not_keep_reports_apart(tmp_path: Path) -> None:
    """Two outlets, datelined in towns 600 km apart, report the same shelling: the
    dateline towns only say where the reporters were, so the reports still merge (a
    stated place that far away would keep them apart)."""
    far_town = stories.Place("Lviv", 702550, 49.84, 24.02, "UKR", "P", "dateline")
    near = stories.report(stories.ORIGINAL, "northern", dt.date(2024, 3, 12))
    far = stories.report(stories.REWORDED, "ledger", dt.date(2024, 3, 12), place=far_town)
    with Store.open(tmp_path / "m.duckdb") as store:
        store.add_coded([near])
        store.add_coded([far])
        assert [row[1] for row in merged(store)] == [2]
    stated_far = dataclasses.replace(far_town, role="event")
    apart = stories.report(stories.REWORDED, "ledger", dt.date(2024, 3, 12), place=stated_far)
    with Store.open(tmp_path / "n.duckdb") as store:
        store.add_coded([near])
        store.add_coded([apart])
        assert [row[1] for row in merged(store)] == [1, 1]
