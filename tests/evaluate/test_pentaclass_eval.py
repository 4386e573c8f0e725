"""Pentaclass: root grouping, the main-event rule over a hand-built parse, and the scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluate.gold import (
    GoldRow,
    Predicted,
    Question,
    load_pentaclass,
    pentaclass_of_root,
)
from newsevents.evaluate.pentaclass import main_event, predict_class, score_pentaclass
from newsevents.model import Sentence, Span, Token


@pytest.mark.parametrize(
    ("root", "label"),
    [
        ("01", 0),
        ("02", 0),
        ("03", 1),
        ("05", 1),
        ("06", 2),
        ("08", 2),
        ("09", 3),
        ("13", 3),
        ("16", 3),
        ("14", 4),
        ("15", 4),
        ("17", 4),
        ("20", 4),
        ("21", None),
        (None, None),
    ],
)
def test_pentaclass_of_root(root: str | None, label: int | None) -> None:
    assert pentaclass_of_root(root) == label


def _sentence(text: str, heads: list[int]) -> Sentence:
    """A hand-built parse: one token per word, heads as word indexes (root = itself)."""
    tokens, start = [], 0
    for i, (word, head) in enumerate(zip(text.split(), heads, strict=True)):
        tokens.append(Token(i, word, word, "X", "X", "dep", head, start, start + len(word)))
        start += len(word) + 1
    return Sentence(0, Span(0, len(text), text), tuple(tokens))


# "Officials said troops attacked the town": said (1) is the root, attacked (3) under it.
SENT = _sentence("Officials said troops attacked the town", [1, 1, 3, 1, 5, 3])


def _pred(code: str, word_index: int) -> Predicted:
    token = SENT.tokens[word_index]
    return Predicted(code, verb_span=Span(token.start, token.end, token.text))


def test_main_event_is_the_highest_trigger_not_the_first() -> None:
    attack, statement = _pred("190", 3), _pred("010", 1)
    assert main_event([attack, statement], [SENT]) is statement
    assert predict_class([attack, statement], [SENT]) == 0


def test_embedded_event_is_main_when_it_is_the_only_one() -> None:
    assert predict_class([_pred("190", 3)], [SENT]) == 4


def test_ties_go_to_the_earlier_trigger_and_no_event_is_class_zero() -> None:
    first, second = _pred("042", 3), _pred("190", 3)
    assert main_event([second, first], [SENT]) is second
    assert predict_class([], [SENT]) == 0


def test_prediction_without_a_trigger_in_the_parse_ranks_last() -> None:
    lost = Predicted("190", verb_span=Span(900, 905, "xxxxx"))
    assert main_event([lost, _pred("042", 3)], [SENT]).code == "042"  # type: ignore[union-attr]


def _rows(*labels: int) -> list[GoldRow[int]]:
    return [GoldRow(Question(str(i), "t"), label) for i, label in enumerate(labels)]


def test_accuracy_and_macro_f1() -> None:
    result = score_pentaclass(_rows(0, 1, 4, 4), [0, 1, 4, 3], ["010", "040", "190", "112"])
    assert result.scores["accuracy"] == 0.75
    # per-class F1: 0 -> 1, 1 -> 1, 3 -> 0, 4 -> 2/3 ; macro over the 4 classes seen
    assert result.scores["macro_f1"] == pytest.approx((1 + 1 + 0 + 2 / 3) / 4)
    assert [(e.row_id, e.kind, e.predicted["class"]) for e in result.errors] == [
        ("3", "wrong_class", 3)
    ]


def test_loader_derives_class_from_events_when_label_missing(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    rows = [
        {"id": "a", "text": "One.", "pentaclass": 2},
        {"id": "b", "text": "Two.", "events": [{"code": "1823"}]},
        {"id": "c", "text": "Three.", "events": None, "pentaclass": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [(r.question.row_id, r.answer) for r in load_pentaclass(path)] == [("a", 2), ("b", 4)]


def test_loader_rejects_a_class_out_of_range(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": "x", "pentaclass": 7}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"p\.jsonl:1: pentaclass 7"):
        load_pentaclass(path)
