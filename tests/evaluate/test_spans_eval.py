"""Source/target span scoring on hand-built rows: tokens, whole phrases, reciprocal pairs."""

from __future__ import annotations

import pytest

from newsevents.evaluate.gold import GoldRow, Predicted, Question, SpansAnswer
from newsevents.evaluate.spans import score_spans
from newsevents.model import Span

TEXT = "The Ruritanian army shelled a border post near Osterlich on Sunday ."


def _span(phrase: str, text: str = TEXT) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _row(answer: SpansAnswer, text: str = TEXT) -> GoldRow[SpansAnswer]:
    return GoldRow(Question("r", text), answer)


GOLD = SpansAnswer(sources=("The Ruritanian army",), targets=("a border post",))


def test_exact_spans_score_one() -> None:
    pred = Predicted(
        "190", source_span=_span("The Ruritanian army"), target_span=_span("a border post")
    )
    scores = score_spans([_row(GOLD)], [[pred]]).scores
    assert scores["source_f1"] == scores["target_f1"] == scores["f1"] == scores["exact_f1"] == 1.0


def test_partial_span_gets_token_credit_but_no_exact_credit() -> None:
    pred = Predicted("190", source_span=_span("Ruritanian army"), target_span=_span("border post"))
    result = score_spans([_row(GOLD)], [[pred]])
    # source: 2 of 3 gold tokens, no false tokens -> P 1, R 2/3
    assert result.scores["source_f1"] == pytest.approx(0.8)
    assert result.scores["exact_f1"] == 0.0
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["source_false_alarm", "source_miss", "target_false_alarm", "target_miss"]


def test_swapped_roles_score_zero() -> None:
    pred = Predicted(
        "190", source_span=_span("a border post"), target_span=_span("The Ruritanian army")
    )
    scores = score_spans([_row(GOLD)], [[pred]]).scores
    assert scores["f1"] == 0.0


def test_no_prediction_scores_zero_and_repeated_spans_count_once() -> None:
    assert score_spans([_row(GOLD)], [[]]).scores["f1"] == 0.0
    pred = Predicted("190", source_span=_span("The Ruritanian army"))
    scores = score_spans([_row(GOLD)], [[pred, pred]]).scores
    assert scores["source_f1"] == 1.0
    assert scores["target_f1"] == 0.0


MEET = "Ruritania 's premier will meet the Osterlich president in Vienna ."
RECIPROCAL = SpansAnswer((), (), ("Ruritania 's premier", "the Osterlich president"))


def test_reciprocal_pair_predicted_one_way_is_credited_both_ways() -> None:
    pred = Predicted(
        "036",
        source_span=_span("Ruritania 's premier", MEET),
        target_span=_span("the Osterlich president", MEET),
    )
    scores = score_spans([_row(RECIPROCAL, MEET)], [[pred]]).scores
    assert scores["source_f1"] == scores["target_f1"] == scores["exact_f1"] == 1.0


def test_reciprocal_pair_half_found_scores_half_recall() -> None:
    pred = Predicted("036", source_span=_span("Ruritania 's premier", MEET))
    scores = score_spans([_row(RECIPROCAL, MEET)], [[pred]]).scores
    assert scores["source_f1"] == pytest.approx(2 * 1 * 0.5 / 1.5)


def test_gold_phrase_missing_from_text_still_counts_as_gold() -> None:
    answer = SpansAnswer(("The Ruritanian army",), ("a phrase not in the text",))
    pred = Predicted("190", source_span=_span("The Ruritanian army"))
    scores = score_spans([_row(answer)], [[pred]]).scores
    assert scores["target_f1"] == 0.0
    assert scores["exact_f1"] == pytest.approx(2 * 1 * 0.5 / 1.5)
