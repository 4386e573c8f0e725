"""Scoring source and target actor phrases (ConfliBERT's span task).

The gold text is tokens joined by single spaces, so a token is a run of
non-space characters. A gold phrase is located at its first whole-token
occurrence in the text; a predicted phrase (an event's source or target span,
from provenance) covers every token its characters overlap.

Reciprocal phrases ("A will meet B": both act on each other) are gold in BOTH
roles, and a reciprocal phrase predicted in EITHER role is credited in both,
because a coder that emits only A->B for a symmetric act has still found both
actors; without this rule every reciprocal pair would cost half its tokens.

Figures, micro-averaged over all rows:
- source_f1 / target_f1: token F1 of each role;
- f1: token F1 over both roles pooled ((role, token) pairs);
- exact_f1: F1 over whole phrases (role + exact token set).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsevents.evaluate.events import f1, ratio
from newsevents.evaluate.gold import ErrorRecord, GoldRow, Predicted, Scored, SpansAnswer
from newsevents.model import Span

Tokens = frozenset[int]
ROLES = ("source", "target")


def word_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every whitespace-separated token of `text`."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def locate(phrase: str, text: str, words: Sequence[tuple[int, int]]) -> Tokens | None:
    """Token indexes of the first whole-token occurrence of `phrase` (case-insensitive)."""
    target = [w.lower() for w in phrase.split()]
    lowered = [text[s:e].lower() for s, e in words]
    for i in range(len(lowered) - len(target) + 1):
        if lowered[i : i + len(target)] == target:
            return frozenset(range(i, i + len(target)))
    return None


def covered(span: Span, words: Sequence[tuple[int, int]]) -> Tokens:
    """Token indexes whose characters overlap `span`."""
    return frozenset(i for i, (s, e) in enumerate(words) if s < span.end and span.start < e)


@dataclass
class _Row:
    """One row's gold and predicted phrases (token sets) and token sets, per role."""

    gold: dict[str, set[Tokens]] = field(default_factory=lambda: {r: set() for r in ROLES})
    pred: dict[str, set[Tokens]] = field(default_factory=lambda: {r: set() for r in ROLES})
    pred_tokens: dict[str, set[int]] = field(default_factory=lambda: {r: set() for r in ROLES})

    def gold_tokens(self, role: str) -> set[int]:
        return {t for p in self.gold[role] for t in p}


def _gold_phrases(
    phrases: Iterable[str], text: str, words: Sequence[tuple[int, int]], unfound: list[int]
) -> set[Tokens]:
    """Locate phrases; one not in the text (a gold slip) gets negative placeholder
    token indexes, so its tokens still count as gold and can never be predicted."""
    out: set[Tokens] = set()
    for phrase in phrases:
        found = locate(phrase, text, words)
        if found is None:
            size = max(1, len(phrase.split()))
            found = frozenset(-(len(unfound) + k + 1) for k in range(size))
            unfound.extend(range(size))
        out.add(found)
    return out


def _row_phrases(answer: SpansAnswer, preds: Iterable[Predicted], text: str) -> _Row:
    words = word_offsets(text)
    row, unfound = _Row(), list[int]()
    row.gold["source"] = _gold_phrases(answer.sources, text, words, unfound)
    row.gold["target"] = _gold_phrases(answer.targets, text, words, unfound)
    reciprocal = _gold_phrases(answer.reciprocal, text, words, unfound)
    for pred in preds:
        for role, span in (("source", pred.source_span), ("target", pred.target_span)):
            toks = covered(span, words) if span else frozenset()
            if toks:
                row.pred[role].add(toks)
                row.pred_tokens[role] |= toks
    recip_tokens = {t for p in reciprocal for t in p}
    raw_tokens = {r: set(row.pred_tokens[r]) for r in ROLES}
    raw_phrases = {r: set(row.pred[r]) for r in ROLES}
    for role, other in (("source", "target"), ("target", "source")):
        row.gold[role] |= reciprocal
        row.pred[role] |= raw_phrases[other] & reciprocal
        row.pred_tokens[role] |= raw_tokens[other] & recip_tokens
    return row


class _Counts:
    def __init__(self) -> None:
        self.tp: dict[str, int] = {"source": 0, "target": 0, "exact": 0}
        self.pred: dict[str, int] = {"source": 0, "target": 0, "exact": 0}
        self.gold: dict[str, int] = {"source": 0, "target": 0, "exact": 0}

    def add(self, key: str, gold: set[int] | set[Tokens], pred: set[int] | set[Tokens]) -> None:
        self.tp[key] += len(gold & pred)
        self.pred[key] += len(pred)
        self.gold[key] += len(gold)

    def f1(self, keys: Sequence[str]) -> float:
        tp = sum(self.tp[k] for k in keys)
        return f1(
            ratio(tp, sum(self.pred[k] for k in keys)), ratio(tp, sum(self.gold[k] for k in keys))
        )


def _phrase_text(tokens: Tokens, text: str) -> str:
    words = word_offsets(text)
    return " ".join(text[words[i][0] : words[i][1]] for i in sorted(tokens) if 0 <= i < len(words))


def _errors(row_id: str, text: str, row: _Row) -> list[ErrorRecord]:
    out: list[ErrorRecord] = []
    for role in ROLES:
        for phrase in row.gold[role] - row.pred[role]:
            out.append(ErrorRecord(row_id, text, f"{role}_miss", _phrase_text(phrase, text), None))
        for phrase in row.pred[role] - row.gold[role]:
            kind = f"{role}_false_alarm"
            out.append(ErrorRecord(row_id, text, kind, None, _phrase_text(phrase, text)))
    return out


def score_spans(
    rows: Sequence[GoldRow[SpansAnswer]], predictions: Sequence[Sequence[Predicted]]
) -> Scored:
    """Token and exact-phrase F1 of source and target spans (see module docstring)."""
    if len(rows) != len(predictions):
        raise ValueError(f"{len(rows)} gold rows but {len(predictions)} predictions")
    counts = _Counts()
    errors: list[ErrorRecord] = []
    for gold_row, preds in zip(rows, predictions, strict=True):
        text = gold_row.question.text
        row = _row_phrases(gold_row.answer, preds, text)
        for role in ROLES:
            counts.add(role, row.gold_tokens(role), row.pred_tokens[role])
        gold_items = {(r, p) for r in ROLES for p in row.gold[r]}
        pred_items = {(r, p) for r in ROLES for p in row.pred[r]}
        counts.add("exact", gold_items, pred_items)  # type: ignore[arg-type]
        errors.extend(_errors(gold_row.question.row_id, text, row))
    scores: dict[str, float | int] = {
        "n": len(rows),
        "source_f1": counts.f1(["source"]),
        "target_f1": counts.f1(["target"]),
        "f1": counts.f1(["source", "target"]),
        "exact_f1": counts.f1(["exact"]),
    }
    return Scored(scores, tuple(errors))
