"""Safe output, stable identity and CLI faults, through the real pipeline and entry point."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newsevents.cli.main import main
from newsevents.cli.render import write_records
from newsevents.ingest import make_article
from newsevents.store import Store
from newsevents.store.records import event_record

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

HOSTILE = (
    "[/bold] Russian troops shelled Ukrainian villages near Kharkiv on Monday, "
    "[link=http://evil.test]the army said[/link] \x1b[2J\x1b]0;title\x07\x1b]8;;http://e.test\x07."
)
FORMULA = "=Russian troops shelled Ukrainian villages near Kharkiv on Monday, the army said."
NEWS = (
    "Russian troops shelled Ukrainian villages near Kharkiv on Monday, the Ukrainian army said. "
    "Ukraine's foreign ministry condemned the attack and summoned the Russian ambassador."
)


def _records(pipeline: Pipeline, text: str) -> list[dict[str, object]]:
    coded = pipeline.code_text(text, dt.date(2021, 5, 4), url="=http://x.test/" + "\x1b[31m")
    assert coded.events
    return [event_record(e, coded.article) for e in coded.events]


def test_table_never_interprets_markup_or_escapes(pipeline: Pipeline) -> None:
    out = io.StringIO()
    write_records(_records(pipeline, HOSTILE), "table", out)
    printed = out.getvalue()
    assert "\x1b" not in printed
    assert "]8;;" not in printed
    assert "[/bold]" in printed  # shown as text, not taken as markup


def test_csv_cells_are_formula_escaped(pipeline: Pipeline) -> None:
    out = io.StringIO()
    write_records(_records(pipeline, FORMULA), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows
    assert all(row["sentence"].startswith("'=") for row in rows)
    assert all(row["url"].startswith("'=") for row in rows)
    assert all(row["goldstein"] == "" or not row["goldstein"].startswith("'") for row in rows)


def test_jsonl_stays_exact(pipeline: Pipeline) -> None:
    import json

    out = io.StringIO()
    records = _records(pipeline, FORMULA)
    write_records(records, "jsonl", out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == records


def test_event_ids_survive_reformatting(pipeline: Pipeline) -> None:
    reflowed = " " + NEWS.replace(" ", "  \t").replace(". ", ".  \r\n\r\n\n") + "\n"
    first = make_article(NEWS, "a", published=dt.date(2021, 5, 4))
    second = make_article(
        reflowed, "b", published=dt.date(2021, 5, 5), url="http://n.test/?utm_x=1"
    )
    assert first.article_id == second.article_id
    one, two = pipeline.code(first), pipeline.code(second)
    assert one.events
    assert {e.event_id for e in one.events} == {e.event_id for e in two.events}


def test_event_ids_use_normalised_positions(pipeline: Pipeline) -> None:
    wrapped = NEWS.replace(". ", ".\n\n")
    one = pipeline.code_text(NEWS, dt.date(2021, 5, 4))
    two = pipeline.code_text(wrapped, dt.date(2021, 5, 4))
    assert one.events
    assert {e.event_id for e in one.events} == {e.event_id for e in two.events}


def test_one_file_under_two_spellings_is_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    bad = tmp_path / "a" / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    other = tmp_path / "a" / ".." / "a" / "bad.jsonl"
    assert main(["code", str(bad), str(other), "--format", "jsonl"]) == 1
    assert capsys.readouterr().err.count("rejected ") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--limit", "99999999999999999999"],
        ["--limit", "0"],
        ["--since", "2020-01-01' OR 1=1"],
        ["--until", "yesterday"],
    ],
)
def test_bad_filters_are_usage_errors(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "e.duckdb"
    Store.open(db).close()
    assert main(["events", "--db", str(db), *argv]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_reader_beside_a_writer_is_told_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    entry = "import sys; from newsevents.cli.main import main; sys.exit(main())"
    with Store.open(db):
        done = subprocess.run(
            [sys.executable, "-c", entry, "events", "--db", str(db)],
            capture_output=True,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert "snapshot" in done.stderr
    assert "Traceback" not in done.stderr


def test_explain_sanitises_the_id_it_echoes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "e.duckdb"
    Store.open(db).close()
    assert main(["explain", "\x1b]0;x\x07abcdef", "--db", str(db)]) == 2
    assert "\x1b" not in capsys.readouterr().err
