"""The events scorer and the gold reader, on hand-built rows and predictions (no model)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluate.events import counted, score_events
from newsevents.evaluate.gold import (
    EventsAnswer,
    GoldActor,
    GoldEvent,
    GoldRow,
    Predicted,
    Question,
    load_events,
    split_actor_code,
)


def _row(row_id: str, *events: GoldEvent, no_event: bool = False) -> GoldRow[EventsAnswer]:
    return GoldRow(Question(row_id, f"text of {row_id}"), EventsAnswer(events, no_event))


def _gold(code: str, src: str | None = None, tgt: str | None = None) -> GoldEvent:
    sources = (GoldActor(src, None),) if src else ()
    targets = (GoldActor(tgt, None),) if tgt else ()
    return GoldEvent(code, code[:2], sources, targets)


def test_perfect_predictions_score_one() -> None:
    rows = [_row("a", _gold("190", "ISR", "PSE")), _row("b", _gold("042"))]
    preds = [[Predicted("193", "ISR", target_country="PSE")], [Predicted("042")]]
    scores = score_events(rows, preds).scores
    assert scores["root_recall"] == scores["root_precision"] == scores["root_f1"] == 1.0
    assert scores["dyad_recall"] == 1.0
    assert scores["n"] == 2


def test_wrong_root_is_a_miss_and_a_false_alarm() -> None:
    result = score_events([_row("a", _gold("190"))], [[Predicted("010")]])
    assert result.scores["root_recall"] == 0.0
    assert result.scores["root_precision"] == 0.0
    assert sorted(e.kind for e in result.errors) == ["false_alarm", "miss"]


def test_code_recall_needs_the_predicted_code_to_extend_the_gold_code() -> None:
    rows = [_row("a", _gold("171")), _row("b", _gold("1712"))]
    result = score_events(rows, [[Predicted("1712")], [Predicted("171")]])
    assert result.scores["root_recall"] == 1.0
    assert result.scores["code_recall"] == 0.5
    assert [e.kind for e in result.errors] == ["code_miss"]


def test_prediction_in_a_no_event_row_is_a_false_alarm() -> None:
    rows = [_row("a", _gold("190")), _row("b", no_event=True)]
    scores = score_events(rows, [[Predicted("190")], [Predicted("010")]]).scores
    assert scores["root_recall"] == 1.0
    assert scores["root_precision"] == 0.5
    assert scores["n"] == 2


def test_dyad_checks_only_the_sides_gold_gives_and_accepts_cameo_aliases() -> None:
    rows = [_row("a", _gold("160", "JPN")), _row("b", _gold("160", "ITA", "SRB"))]
    preds = [
        [Predicted("160", "JPN", target_country="CHN")],  # gold gives no target: not checked
        [Predicted("160", "ITA", target_country="HRV")],  # wrong target
    ]
    scores = score_events(rows, preds).scores
    assert scores["dyad_recall"] == 0.5
    assert scores["dyad_given_root"] == 0.5


def test_dyad_miss_when_root_missed_counts_against_recall() -> None:
    rows = [_row("a", _gold("160", "USA")), _row("b", _gold("042", "FRA"))]
    scores = score_events(rows, [[Predicted("160", "USA")], [Predicted("190", "FRA")]]).scores
    assert scores["dyad_recall"] == 0.5
    assert scores["dyad_given_root"] == 1.0


def test_uncoded_gold_events_are_dropped_and_their_row_skipped() -> None:
    rows = [_row("a", GoldEvent(None, None)), _row("b", _gold("042"))]
    scores = score_events(rows, [[Predicted("190")], [Predicted("042")]]).scores
    assert scores["n"] == 1
    assert scores["root_precision"] == 1.0


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="1 gold rows but 0"):
        score_events([_row("a", _gold("042"))], [])


def test_counted_drops_negated_and_conditional_but_keeps_conditional_threats() -> None:
    preds = [
        Predicted("190", modality="negated"),
        Predicted("190", modality="conditional"),
        Predicted("138", modality="conditional"),
        Predicted("036", modality="planned"),
        Predicted("042"),
    ]
    assert [p.code for p in counted(preds)] == ["138", "036", "042"]


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("USAGOV", "USA", "GOV"),
        ("IGOUNO", "IGO", None),
        ("IGOUNOMIL", "IGO", "MIL"),
        ("irn", "IRN", None),
        ("ROMGOV", "ROU", "GOV"),
        ("ISMREB", "ISM", "REB"),
    ],
)
def test_split_actor_code(code: str, country: str, sector: str | None) -> None:
    actor = split_actor_code(code)
    assert (actor.country, actor.sector) == (country, sector)


def _write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines), encoding="utf-8"
    )
    return path


def test_reader_accepts_actor_codes_no_event_rows_and_missing_keys(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "id": "x1",
            "text": "Ruritania shelled a border post.",
            "date": "2021-05-02",
            "events": [{"code": "190", "source_code": "RURMIL", "target_code": "OSTGOV"}],
        },
        {"id": "x2", "text": "Nothing happened.", "no_event": True},
        {"id": "x3", "text": "Ministers met.", "events": []},
        {"text": "Events unknown here.", "events": None},
        "",
    )
    rows = load_events(path)
    assert [r.question.row_id for r in rows] == ["x1", "x2", "x3"]
    first = rows[0].answer.events[0]
    assert (first.root, first.sources[0].country, first.sources[0].sector) == ("19", "RUR", "MIL")
    assert first.targets[0].sector == "GOV"
    assert rows[0].question.published is not None
    assert rows[1].answer.no_event
    assert rows[2].answer.no_event


def test_reader_keeps_the_answer_out_of_the_question(tmp_path: Path) -> None:
    path = _write(tmp_path, {"id": "q", "text": "A met B.", "events": [{"code": "040"}]})
    question = load_events(path)[0].question
    assert set(question.__slots__) == {"row_id", "text", "published"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "gold.jsonl:2: not valid JSON"),
        ("[1, 2]", "gold.jsonl:2: expected a JSON"),
        ('{"id": "z", "events": []}', "gold.jsonl:2: row has no `text`"),
        ('{"text": "t", "date": "May 5", "events": []}', "gold.jsonl:2: date"),
    ],
)
def test_reader_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, {"id": "ok", "text": "Fine.", "events": []}, line)
    with pytest.raises(GoldFormatError, match=re.escape(message)):
        load_events(path)


def test_missing_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot open gold file"):
        load_events(tmp_path / "absent.jsonl")


def test_plover_international_codes_compare_as_cameo_igo() -> None:
    from newsevents.evaluate.gold import norm_country, split_actor_code

    assert norm_country("UNO") == split_actor_code("IGOUNO").country == "IGO"
    assert norm_country("EUR") == "IGO"
