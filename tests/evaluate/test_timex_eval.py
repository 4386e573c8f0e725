"""The TIMEX3 scorer: relaxed detection, value accuracy and value F1, and the gold floor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import gold_file

from newsevents.errors import TimexGoldError
from newsevents.evaluate.timex import load_gold, match_row, score_timex


def _timex(start: int, end: int, value: str) -> dict[str, Any]:
    return {"start": start, "end": end, "value": value}


def test_scores_hand_made_predictions() -> None:
    rows = [
        {   # one right, one with the wrong value, one missed
            "timexes": [_timex(0, 9, "2020-06-16"), _timex(20, 30, "2020-W25"),
                        _timex(40, 45, "P3D")],
            "predicted": [_timex(3, 9, "2020-06-16"), _timex(22, 35, "2020-W24"),
                          _timex(50, 55, "PAST_REF")],
        },
    ]  # fmt: skip
    scores = score_timex(rows)
    assert scores["n"] == 3
    assert scores["detection_precision"] == pytest.approx(2 / 3)
    assert scores["detection_recall"] == pytest.approx(2 / 3)
    assert scores["detection_f1"] == pytest.approx(2 / 3)
    assert scores["value_accuracy"] == pytest.approx(1 / 2)
    assert scores["value_f1"] == pytest.approx(1 / 3)
    assert len(scores["value_errors"]) == 1


def test_one_prediction_matches_at_most_one_gold() -> None:
    gold = [_timex(0, 5, "2020"), _timex(6, 10, "2021")]
    predicted = [_timex(0, 10, "2020")]
    assert len(match_row(gold, predicted)) == 1


def test_runs_the_detector_when_no_prediction_is_given() -> None:
    text = "The rebels withdrew yesterday."
    rows = [{"dct": "2020-06-17", "text": text, "timexes": [_timex(20, 29, "2020-06-16")]}]
    scores = score_timex(rows)
    assert (scores["detection_f1"], scores["value_f1"]) == (1.0, 1.0)


def test_empty_input_scores_zero_without_dividing_by_zero() -> None:
    assert score_timex([])["value_f1"] == 0.0


def test_load_gold_reads_rows_and_reports_bad_lines(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": "x", "dct": None, "timexes": []}) + "\n\n")
    assert load_gold(good) == [{"text": "x", "dct": None, "timexes": []}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "timexes": [{"start": 0}]}\n')
    with pytest.raises(TimexGoldError, match=r"bad\.jsonl:1"):
        load_gold(bad)
    with pytest.raises(TimexGoldError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


@pytest.mark.gold
def test_gold_examples_floor() -> None:
    """The dev gold file (../shared/data/gold/timex_examples.jsonl): floor on value F1."""
    scores = score_timex(load_gold(gold_file("timex_examples.jsonl")))
    assert scores["n"] >= 8
    assert scores["detection_f1"] >= 0.9
    assert scores["value_f1"] >= 0.85, scores["value_errors"]
