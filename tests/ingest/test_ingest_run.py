"""The ingest run: every record is coded, coded without events, or rejected; re-runs add nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.store.builders import KeywordCoder

from newsevents.batch.local import run_ingest
from newsevents.ingest import read_paths
from newsevents.model import Rejected
from newsevents.store import Store


def corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Published on June 1, 2021\n\nClash\n\nRebels shelled towns and officials condemned it.\n"
    )
    (folder / "b.txt").write_text("The harvest was good this year in the valley.")
    (folder / "c.txt").write_text("")
    lines = [
        json.dumps({"text": "Ministers met envoys in the capital.", "published": "2021-06-02"}),
        "not json",
        json.dumps({"text": "KABOOM the parser breaks on this one."}),
        json.dumps({"text": "Leaders met rivals at the border."}),
    ]
    (folder / "d.jsonl").write_text("\n".join(lines))
    return folder


def test_counts_add_up_and_rejections_are_stored_and_reported(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    seen: list[Rejected] = []
    progress: list[tuple[int, int]] = []
    with Store.open(tmp_path / "db.duckdb") as store:
        summary = run_ingest(
            read_paths([folder]), KeywordCoder(), store, batch_size=2,
            on_rejected=seen.append, on_progress=lambda a, r: progress.append((a, r)),
        )  # fmt: skip
        stored = store.counts()
        reasons = sorted(store.rejected_frame()["reason"])
    assert (summary.with_events, summary.without_events, summary.rejected) == (3, 1, 3)
    assert summary.records == 7 == summary.coded + summary.rejected
    assert summary.events == 4 == summary.new_events
    assert summary.exit_status() == 1
    assert (stored["articles"], stored["events"], stored["rejected"]) == (4, 4, 3)
    assert [r.origin for r in seen] == [r.origin for r in summary.rejections]
    assert any("coding failed: ValueError" in r for r in reasons)
    assert any("not JSON" in r for r in reasons)
    assert any("empty" in r for r in reasons)
    assert progress[-1] == (4, 3)
    assert "7 = 4 coded" in summary.text()


def test_second_run_adds_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    db = tmp_path / "db.duckdb"
    for _ in range(2):
        with Store.open(db) as store:
            summary = run_ingest(read_paths([folder]), KeywordCoder(), store, batch_size=3)
            counts = store.counts()
    assert (summary.new_articles, summary.new_events) == (0, 0)
    assert summary.events == 4
    assert (counts["articles"], counts["events"], counts["rejected"]) == (4, 4, 3)


def test_clean_input_exits_zero_and_dates_flow_through(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Envoys met ministers again.")
    with Store.open(tmp_path / "db.duckdb") as store:
        summary = run_ingest(
            read_paths([path], published=dt.date(2022, 3, 4)), KeywordCoder(), store
        )
        frame = store.events_frame()
    assert summary.exit_status() == 0
    assert str(frame["date"].iloc[0].date()) == "2022-03-04"
