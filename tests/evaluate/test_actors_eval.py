"""The actor scorer and the accuracy floor on the shared gold cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import gold_file

from newsevents.coding.actors.coder import ActorCoder
from newsevents.evaluate.actors import load_gold, parse_date, plover_sector, score_actors


@pytest.fixture(scope="module")
def coder(actor_coder: ActorCoder) -> ActorCoder:
    return actor_coder


def test_scores_checked_keys_only(coder: ActorCoder) -> None:
    rows = [
        {"text": "North Korean soldiers", "country": "PRK", "sector": "MIL"},
        {"text": "North Korean soldiers", "country": "KOR"},
        {"text": "Canberra", "sector": "GOV"},
        {"text": "the afternoon", "country": "", "sector": "JNK"},
    ]
    scores = score_actors(rows, coder)
    assert scores["n"] == 4
    assert scores["accuracy"] == 0.75
    assert scores["country_accuracy"] == round(2 / 3, 4)
    assert scores["sector_accuracy"] == 1.0


def test_context_supplies_a_missing_country(coder: ActorCoder) -> None:
    rows = [{"text": "the interior minister", "context": "Peruvian", "country": "PER"}]
    assert score_actors(rows, coder)["accuracy"] == 1.0


def test_plover_equivalents() -> None:
    assert plover_sector("HLH") == "MED"
    assert plover_sector("MED") == "JRN"
    assert plover_sector("SUN") == "REL"
    assert plover_sector("GOV") == "GOV"
    assert plover_sector(None) is None


def test_dates_in_gold_formats() -> None:
    assert parse_date("2021-03-04") == dt.date(2021, 3, 4)
    assert parse_date("March 4, 2021") == dt.date(2021, 3, 4)
    assert parse_date("4 march 2021") == dt.date(2021, 3, 4)
    assert parse_date(None) is None


def test_load_gold_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"text": "Hanoi", "country": "VNM"}\n\n{"text": "Lima"}\n', encoding="utf-8")
    assert [row["text"] for row in load_gold(path)] == ["Hanoi", "Lima"]


@pytest.mark.gold
def test_gold_accuracy_floor(coder: ActorCoder) -> None:
    scores = score_actors(load_gold(gold_file("actors.jsonl")), coder)
    assert scores["n"] >= 100
    # Measured 0.881 (2026-11-27, second round on actors; country 0.901, sector 0.894); the
    # floor keeps a small margin so a regression shows.
    assert scores["accuracy"] >= 0.85, scores
