"""Scoring coded events against gold sentences (CAMEO root, code and dyad).

Which predicted events count. The CAMEO manual and PLOVER gold records code
what a sentence *reports*: a promise or agreement to act is its own 03x
intent code, a threat is 13x, a refusal or denial has its own code, and a
future stated as decided ("announced it would prohibit aid") is coded as the
act itself. So a predicted event counts when its modality is one of
`COUNTED_MODALITIES` (asserted, threatened, planned, historical). Negated
events ("did not attack") are left out: the gold would code no attack there.
Conditional and hypothetical events ("if defectors went ahead...") are left
out too, except threats (root 13), which are conditional by nature and whose
code already says so. `counted()` applies this rule; the runner calls it for
every task so events, pentaclass and spans agree.

Figures (fractions 0..1):
- root_recall: gold events for which some counted prediction in the same row
  has the same two-digit root;
- root_precision: predictions whose root matches some gold event of the row
  (every prediction in a no-event row is a false alarm);
- code_recall: gold events for which some prediction's code starts with the
  gold code ("1712" matches gold "171" and "17");
- dyad_recall: over gold events that name at least one source or target
  country, those for which one prediction has the root AND the source country
  among the gold source countries (when gold gives any) AND the target country
  among the gold target countries (when gold gives any); a root miss is a
  dyad miss. dyad_given_root is the same over root-matched events only.
Gold events with no code (a few PLOVER records) cannot be scored and are
dropped; a row left with none, and not flagged no-event, is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from newsevents.evaluate.gold import (
    ErrorRecord,
    EventsAnswer,
    GoldEvent,
    GoldRow,
    Predicted,
    Scored,
)

COUNTED_MODALITIES = frozenset({"asserted", "threatened", "planned", "historical"})
THREAT_ROOT = "13"


def counted(
    predictions: Iterable[Predicted], modalities: frozenset[str] = COUNTED_MODALITIES
) -> tuple[Predicted, ...]:
    """The predictions the gold would code (see the module docstring for the rule)."""
    return tuple(p for p in predictions if p.modality in modalities or _is_threat(p))


def _is_threat(p: Predicted) -> bool:
    return p.root == THREAT_ROOT and p.modality in ("conditional", "hypothetical")


def ratio(num: int, den: int) -> float:
    """num/den, or 0.0 when nothing was there to count."""
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean, 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _countries(actors: Iterable[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def dyad_matches(gold: GoldEvent, pred: Predicted) -> bool:
    """True when `pred` has gold's root and its countries agree where gold gives them."""
    if gold.root != pred.root:
        return False
    sources, targets = _countries(gold.sources), _countries(gold.targets)
    if sources and pred.source_country not in sources:
        return False
    return not (targets and pred.target_country not in targets)


def has_dyad(gold: GoldEvent) -> bool:
    """True when gold names a source or target country for the event."""
    return bool(_countries(gold.sources) or _countries(gold.targets))


class _Tally:
    """Counts behind the event figures, accumulated row by row."""

    def __init__(self) -> None:
        self.n = self.gold = self.root_hits = self.code_hits = 0
        self.pred = self.pred_hits = self.dyad_gold = self.dyad_hits = self.dyad_rooted = 0
        self.errors: list[ErrorRecord] = []

    def scores(self) -> dict[str, float | int]:
        recall = ratio(self.root_hits, self.gold)
        precision = ratio(self.pred_hits, self.pred)
        return {
            "n": self.n,
            "gold_events": self.gold,
            "predicted_events": self.pred,
            "root_recall": recall,
            "root_precision": precision,
            "root_f1": f1(precision, recall),
            "code_recall": ratio(self.code_hits, self.gold),
            "dyad_recall": ratio(self.dyad_hits, self.dyad_gold),
            "dyad_given_root": ratio(self.dyad_hits, self.dyad_rooted),
        }


def _gold_json(event: GoldEvent) -> dict[str, Any]:
    return asdict(event)


def _pred_json(pred: Predicted) -> dict[str, Any]:
    return {
        "code": pred.code,
        "source": pred.source_country,
        "target": pred.target_country,
        "verb": pred.verb_span.text if pred.verb_span else None,
        "modality": pred.modality,
    }


def _score_gold_event(
    tally: _Tally, row: GoldRow[EventsAnswer], gold: GoldEvent, preds: Sequence[Predicted]
) -> None:
    tally.gold += 1
    rooted = [p for p in preds if p.root == gold.root]
    code = gold.code or ""
    tally.root_hits += bool(rooted)
    tally.code_hits += any(p.code.startswith(code) for p in rooted)
    dyad_hit = any(dyad_matches(gold, p) for p in rooted)
    if has_dyad(gold):
        tally.dyad_gold += 1
        tally.dyad_rooted += bool(rooted)
        tally.dyad_hits += dyad_hit
    q = row.question
    predicted = [_pred_json(p) for p in preds]
    if not rooted:
        tally.errors.append(ErrorRecord(q.row_id, q.text, "miss", _gold_json(gold), predicted))
    elif not any(p.code.startswith(code) for p in rooted):
        tally.errors.append(ErrorRecord(q.row_id, q.text, "code_miss", _gold_json(gold), predicted))
    elif has_dyad(gold) and not dyad_hit:
        tally.errors.append(ErrorRecord(q.row_id, q.text, "dyad_miss", _gold_json(gold), predicted))


def _score_row(tally: _Tally, row: GoldRow[EventsAnswer], preds: Sequence[Predicted]) -> None:
    golds = [g for g in row.answer.events if g.root]
    if not golds and not row.answer.no_event:
        return
    tally.n += 1
    for gold in golds:
        _score_gold_event(tally, row, gold, preds)
    roots = {g.root for g in golds}
    gold_json = [_gold_json(g) for g in golds]
    for pred in preds:
        tally.pred += 1
        if pred.root in roots:
            tally.pred_hits += 1
        else:
            q = row.question
            tally.errors.append(
                ErrorRecord(q.row_id, q.text, "false_alarm", gold_json, _pred_json(pred))
            )


def score_events(
    rows: Sequence[GoldRow[EventsAnswer]], predictions: Sequence[Sequence[Predicted]]
) -> Scored:
    """Score counted predictions (one sequence per row, same order) against gold events."""
    if len(rows) != len(predictions):
        raise ValueError(f"{len(rows)} gold rows but {len(predictions)} predictions")
    tally = _Tally()
    for row, preds in zip(rows, predictions, strict=True):
        _score_row(tally, row, preds)
    return Scored(tally.scores(), tuple(tally.errors))
