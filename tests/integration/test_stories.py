"""examples/stories/: three happenings, each reported five times, plus one non-merge per dyad.

Each happening has an original, a second outlet in its own words, a light-edit wire copy
of the original, a third outlet a day later and an updated version of the original;
the wire copy and the update are versions of the original's story, so each happening
is one event with 5 mentions, 3 articles (stories) and 3 sources (outlets).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT

from newsevents.batch.local import run_ingest
from newsevents.ingest import read_paths
from newsevents.pipeline import Pipeline
from newsevents.store import Store

STORIES = REPO_ROOT / "examples" / "stories"
HAPPENINGS = {  # (source country, target country, root, date) -> the article ids reporting it
    ("RUS", "UKR", "19", dt.date(2024, 3, 11)): {"h1-a", "h1-b", "h1-c", "h1-d", "h1-e"},
    ("JPN", "CHN", "04", dt.date(2024, 4, 2)): {"h2-a", "h2-b", "h2-c", "h2-d", "h2-e"},
    ("TUR", "SWE", "16", dt.date(2024, 5, 17)): {"h3-a", "h3-b", "h3-c", "h3-d", "h3-e"},
}
NON_MERGES = {"h1-x", "h2-x", "h3-x"}  # same dyad, another event


@pytest.fixture(scope="module")
def db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stories") / "stories.duckdb"
    with Store.open(path) as store:
        summary = run_ingest(read_paths([STORIES]), pipeline, store, batch_size=4)
    assert summary.rejected == 0
    return path


def happening_rows(store: Store) -> list[tuple[object, ...]]:
    sql = """
        SELECT e.event_id, e.source_country, e.target_country, e.cameo_root, e.date,
            e.num_mentions, e.num_articles, e.num_sources,
            list(DISTINCT regexp_extract(a.origin, '#(.*)$', 1) ORDER BY 1)
        FROM events e JOIN mentions m USING (event_id)
        JOIN articles a ON a.article_id = m.article_id
        WHERE e.num_articles > 1
        GROUP BY ALL ORDER BY e.date
    """
    return store._con.execute(sql).fetchall()


def test_each_happening_is_one_event_with_its_counts(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        rows = happening_rows(store)
    found = {(r[1], r[2], r[3], r[4]): r for r in rows}
    for key, articles in HAPPENINGS.items():
        assert key in found, f"no merged event for {key}; merged: {list(found)}"
        _, _, _, _, _, mentions, n_articles, sources, origins = found[key]
        assert set(origins) == articles
        assert (mentions, n_articles, sources) == (5, 3, 3)


def test_the_other_event_of_each_dyad_does_not_merge(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        rows = happening_rows(store)
    merged_articles = {name for row in rows for name in row[8]}
    assert not merged_articles & NON_MERGES


def test_reingest_adds_nothing_and_counts_hold(db: Path, pipeline: Pipeline) -> None:
    with Store.open(db) as store:
        before = (store.counts(), happening_rows(store))
        summary = run_ingest(read_paths([STORIES]), pipeline, store, batch_size=7)
        assert (summary.new_articles, summary.new_events) == (0, 0)
        assert (store.counts(), happening_rows(store)) == before
