"""`newsevents events` and `newsevents explain` on a store of hand-built events (main(argv))."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.store.builders import border_article

from newsevents.cli.main import main
from newsevents.store import RECORD_FIELDS, Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    with Store.open(path) as store:
        store.add_coded([border_article()])
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_events_jsonl_with_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        ["events", "--db", str(db), "--format", "jsonl", "--source", "NLD"], capsys
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [r["cameo_code"] for r in records] == ["195", "046"]
    assert all(set(RECORD_FIELDS) <= set(r) for r in records)
    status, out, _ = run(
        ["events", "--db", str(db), "--format", "jsonl", "--code", "19", "--since", "2021-05-01",
         "--until", "2021-05-31", "--modality", "asserted", "--min-confidence", "0.5"],
        capsys,
    )  # fmt: skip
    assert [json.loads(line)["cameo_code"] for line in out.splitlines()] == ["195"]


def test_events_csv_and_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["events", "--db", str(db), "--format", "csv", "--limit", "2"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["cameo_code"] for r in rows] == ["195", "122"]
    assert rows[0]["source_code"] == "NLDMIL"
    assert rows[0]["place_geonameid"] == "123"
    _, out, _ = run(["events", "--db", str(db), "--target", "SLD"], capsys)
    assert "NLDMIL" in out
    assert "2 event(s)" in out


def test_explain_marks_the_sentence_and_shows_evidence(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["events", "--db", str(db), "--format", "jsonl", "--code", "195"], capsys)
    event_id = json.loads(out)["event_id"]
    status, out, _ = run(["explain", event_id[:8], "--db", str(db)], capsys)
    assert status == 0
    assert "[source: Northland troops] [verb: shelled] [target: villages in Southland]" in out
    assert "test.195" in out
    assert "dictionaries d1" in out
    assert "GeoNames 123" in out
    assert "Example Wire (outlet)" in out
    assert "2021-05-03" in out
    status, out, _ = run(["explain", event_id, "--db", str(db), "--json"], capsys)
    assert json.loads(out)["event_id"] == event_id


def test_usage_errors_exit_2(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["explain", "nope", "--db", str(db)], capsys)[0] == 2
    assert run(["events", "--db", str(tmp_path / "missing.duckdb")], capsys)[0] == 2
    assert run(["events", "--db", str(db), "--since", "not a date"], capsys)[0] == 2
    status, _, err = run(["events", "--db", str(db), "--modality", "sleepy"], capsys)
    assert status == 2
    assert "unknown modality" in err
    assert run(["frobnicate"], capsys)[0] == 2
