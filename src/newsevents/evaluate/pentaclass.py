"""Five-class sentence classification from the coded events (ConfliBERT's task).

A sentence's class is the pentaclass of its MAIN event's CAMEO root
(0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and
17-20); a sentence with no counted event is class 0 (a plain statement).

Which event is main: the one whose trigger is highest in the dependency tree
(fewest head hops to the sentence root), because the gold labels follow the
main clause: in "X said it would cut aid", if the coder emits both the
statement and the cut, the governing verb wins; an event buried in a
complement or relative clause loses to one on the main verb. A multi-word
trigger uses its highest token. Ties go to the earlier sentence, then the
earlier trigger. A prediction whose trigger cannot be found in the parse
ranks after all that can.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.evaluate.events import f1, ratio
from newsevents.evaluate.gold import ErrorRecord, GoldRow, Predicted, Scored, pentaclass_of_root
from newsevents.model import Sentence, Token

CLASSES = (0, 1, 2, 3, 4)
UNFOUND_DEPTH = 10_000


def token_depth(token: Token, by_index: dict[int, Token]) -> int:
    """Head hops from `token` to its sentence root (a token that is its own head)."""
    depth = 0
    while token.head != token.i and token.head in by_index and depth < UNFOUND_DEPTH:
        token = by_index[token.head]
        depth += 1
    return depth


def trigger_depth(pred: Predicted, sentences: Sequence[Sentence]) -> int:
    """Depth of the highest token overlapping the prediction's verb span."""
    span = pred.verb_span
    if span is None:
        return UNFOUND_DEPTH
    best = UNFOUND_DEPTH
    for sentence in sentences:
        by_index = {t.i: t for t in sentence.tokens}
        for token in sentence.tokens:
            if token.start < span.end and span.start < token.end:
                best = min(best, token_depth(token, by_index))
    return best


def main_event(preds: Sequence[Predicted], sentences: Sequence[Sentence]) -> Predicted | None:
    """The main event of a text: highest trigger, then earlier sentence, then earlier trigger."""
    if not preds:
        return None

    def rank(item: tuple[int, Predicted]) -> tuple[int, int, int, int]:
        order, pred = item
        start = pred.verb_span.start if pred.verb_span else UNFOUND_DEPTH
        return (trigger_depth(pred, sentences), pred.sentence_index, start, order)

    return min(enumerate(preds), key=rank)[1]


def predict_class(preds: Sequence[Predicted], sentences: Sequence[Sentence]) -> int:
    """The pentaclass of the main event, 0 when there is none."""
    main = main_event(preds, sentences)
    label = pentaclass_of_root(main.root) if main else None
    return 0 if label is None else label


def _class_f1(gold: Sequence[int], predicted: Sequence[int], label: int) -> float:
    tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
    precision = ratio(tp, sum(p == label for p in predicted))
    recall = ratio(tp, sum(g == label for g in gold))
    return f1(precision, recall)


def score_pentaclass(
    rows: Sequence[GoldRow[int]],
    predicted: Sequence[int],
    codes: Sequence[str | None] | None = None,
) -> Scored:
    """Accuracy and macro F1 (over classes seen in gold or predictions).

    `codes` (optional, same order) is the main event's CAMEO code per row,
    written into the error records to show why a class was chosen.
    """
    if len(rows) != len(predicted):
        raise ValueError(f"{len(rows)} gold rows but {len(predicted)} predictions")
    gold = [row.answer for row in rows]
    labels = sorted(set(gold) | set(predicted))
    scores: dict[str, float | int] = {
        "n": len(rows),
        "accuracy": ratio(sum(g == p for g, p in zip(gold, predicted, strict=True)), len(rows)),
        "macro_f1": sum(_class_f1(gold, predicted, c) for c in labels) / len(labels)
        if labels
        else 0.0,
    }
    for label in CLASSES:
        scores[f"f1_class_{label}"] = _class_f1(gold, predicted, label)
    errors = tuple(
        ErrorRecord(
            row.question.row_id,
            row.question.text,
            "wrong_class",
            row.answer,
            {"class": label, "main_code": codes[i] if codes else None},
        )
        for i, (row, label) in enumerate(zip(rows, predicted, strict=True))
        if row.answer != label
    )
    return Scored(scores, errors)
