"""The harness end to end: CLI errors and output, the errors file, and shuffled labels.

The shuffled-label test is the proof that prediction never sees the answer:
the same questions scored against answers permuted between rows must score
clearly lower than against their own answers.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import gold_file

from newsevents.cli.evaluate import main
from newsevents.evaluate.gold import EventsAnswer, GoldRow, Question, load_events
from newsevents.evaluate.report import format_report
from newsevents.evaluate.runner import article_of, evaluate, predict, run_rows

# Our own sentences; the last gold code is deliberately wrong so an error must be written.
OWN_ROWS = [
    {
        "id": "own-1",
        "text": "Turkish troops shelled Kurdish positions in northern Syria.",
        "date": "2021-03-02",
        "events": [{"code": "195", "source_code": "TURMIL"}],
    },
    {"id": "own-2", "text": "The weather in the capital stayed mild all week.", "no_event": True},
    {
        "id": "own-3",
        "text": "Rebels bombed the airport of the capital on Friday.",
        "events": [{"code": "042"}],
    },
]


def _gold(tmp_path: Path, rows: list[Any]) -> Path:
    path = tmp_path / "own.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_malformed_gold_exits_2_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "Fine.", "events": []}\n{oops\n', encoding="utf-8")
    assert main(["events", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert f"{path}:2" in captured.err
    assert captured.out == ""


def test_missing_gold_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spans", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err


def test_the_predictor_gets_only_text_and_date() -> None:
    article = article_of(Question("q1", "Some text.", None))
    assert (article.article_id, article.text, article.published) == ("q1", "Some text.", None)


@pytest.mark.model
def test_json_output_is_one_object_and_errors_file_has_every_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.jsonl"
    status = main(["events", str(_gold(tmp_path, OWN_ROWS)), "--json", "--errors", str(errors)])
    assert status == 0
    captured = capsys.readouterr()
    scores = json.loads(captured.out)  # exactly one JSON document on stdout
    assert scores["task"] == "events"
    assert scores["n"] == 3
    for key in ("root_recall", "root_precision", "root_f1", "code_recall", "dyad_recall"):
        assert 0.0 <= scores[key] <= 1.0
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").split("\n") if line]
    assert records, "the wrong gold code of own-3 must produce at least one error"
    assert {"row_id", "text", "gold", "predicted", "kind"} <= set(records[0])
    assert any(r["row_id"] == "own-3" for r in records)


def test_readable_report_names_figures(pipeline: Any, tmp_path: Path) -> None:
    result = evaluate("events", _gold(tmp_path, OWN_ROWS), pipeline)
    text = format_report(result)
    assert "root_f1" in text
    assert "errors by kind" in text


def test_predictions_keep_input_order(pipeline: Any) -> None:
    questions = [
        Question("a", "The weather stayed mild all week."),
        Question("b", "Turkish troops shelled Kurdish positions in northern Syria."),
    ]
    preds = predict(pipeline, questions)
    violent = ("18", "19", "20")
    assert len(preds) == 2
    assert not any(p.root in violent for p in preds[0])
    assert any(p.root in violent for p in preds[1])


def _shuffled(rows: list[GoldRow[EventsAnswer]], seed: int) -> list[GoldRow[EventsAnswer]]:
    answers = [r.answer for r in rows]
    random.Random(seed).shuffle(answers)
    return [replace(r, answer=a) for r, a in zip(rows, answers, strict=True)]


@pytest.mark.gold
def test_shuffled_labels_score_clearly_lower(pipeline: Any) -> None:
    rows = load_events(gold_file("events_cameo_manual.jsonl"))
    true = run_rows("events", pipeline, rows).scores["root_f1"]
    shuffled = run_rows("events", pipeline, _shuffled(rows, seed=7)).scores["root_f1"]
    assert true > 0.2, f"true-label root_f1 {true:.3f} is too low to test anything"
    assert shuffled < true * 0.6, f"shuffled {shuffled:.3f} vs true {true:.3f}"
