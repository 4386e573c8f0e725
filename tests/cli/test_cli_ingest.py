"""End to end through the real `newsevents` entry point: `ingest` (twice) and `code`.

These load the real pipeline (spaCy model, dictionaries, gazetteer), so they are
few: one subprocess pair for ingest, one in-process `code` run per format.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.cli.main import main
from newsevents.store import RECORD_FIELDS, Store

pytestmark = pytest.mark.model  # every test here runs the real pipeline

ARTICLE = """Published on 9:15 AM, May 4, 2021

Troops shell border villages

Russian troops shelled Ukrainian villages near Kharkiv on Monday, the Ukrainian army said.

Ukraine's foreign ministry condemned the attack and summoned the Russian ambassador.
"""
PLAIN = "Chinese coast guard ships blocked a Philippine supply boat near the shoal on Tuesday."


def newsevents(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script's code path in a fresh interpreter."""
    command = [sys.executable, "-c", "import sys; from newsevents.cli.main import main; "
               "sys.exit(main())", *argv]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, input=stdin, check=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_text("")
    lines = [json.dumps({"id": "p1", "text": PLAIN, "published": "2024-03-05"}), "{broken"]
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_ingest_twice_adds_nothing_and_keeps_rejections(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "out" / "events.duckdb"
    first = newsevents("ingest", str(corpus), "--db", str(db))
    assert first.returncode == 1, first.stderr
    assert f"rejected {corpus / 'empty.txt'}: empty record" in first.stderr
    assert f"rejected {corpus / 'b.jsonl'}:2: not JSON" in first.stderr
    assert "records: 4 = 2 coded" in first.stderr
    assert "+ 2 rejected" in first.stderr
    with Store.open(db, read_only=True) as store:
        before = store.counts()
    assert before["articles"] == 2
    assert before["rejected"] == 2
    assert before["events"] >= 1
    second = newsevents("ingest", str(corpus), "--db", str(db), "--no-progress")
    assert second.returncode == 1
    assert "(0 new); articles new: 0" in second.stderr
    with Store.open(db, read_only=True) as store:
        assert store.counts() == before
    listed = newsevents("events", "--db", str(db), "--format", "jsonl", "--source", "RUS")
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert records, listed.stderr
    assert all(r["source"]["country"] == "RUS" for r in records)
    explained = newsevents("explain", records[0]["event_id"], "--db", str(db))
    assert explained.returncode == 0
    assert "[verb: " in explained.stdout


def test_code_prints_records_for_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(PLAIN)
    status = main(["code", str(path), "--published", "2024-03-06", "--format", "jsonl"])
    out, _ = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert records
    for record in records:
        assert set(RECORD_FIELDS) <= set(record)
        assert record["published"] == "2024-03-06"
        assert record["evidence"]["verb"]["text"] in record["sentence"]


def test_code_reads_stdin_and_reports_bad_files(tmp_path: Path) -> None:
    missing = newsevents("code", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = newsevents("code", "-", str(empty), "--format", "csv", stdin=ARTICLE)
    assert result.returncode == 1
    assert "rejected" in result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.startswith("event_id,article_id,date")
    assert rows
