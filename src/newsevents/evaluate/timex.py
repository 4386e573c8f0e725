"""Score temporal expressions against TIMEX3 gold (TempEval-3 style measures).

Detection is *relaxed*: a predicted expression matches a gold one when their
character spans overlap, because span conventions differ between annotation
schemes ("on Monday" vs "Monday") and the date is what the event data uses.
The value is then compared as a string (``2020-06-16``, ``2021-W10``, ``P3D``),
which is the measure that matters downstream and the one HeidelTime and
friends report as value F1.

Rows are gold dicts (`dct`, `text`, `timexes[]` with `start`, `end`, `value`);
a row may carry its own `predicted` list (same shape), otherwise
`find_timexes` is run on its text. Keeping prediction optional lets the
scorer be tested with hand-made predictions and reused for other systems.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsevents.errors import TimexGoldError


def load_gold(path: Path | str) -> list[dict[str, Any]]:
    """Read a TIMEX3 gold JSONL file into row dicts, checking the keys the scorer needs."""
    source = Path(path)
    if not source.is_file():
        raise TimexGoldError(f"{source}: no such gold file; pass the path of a timex JSONL file")
    rows: list[dict[str, Any]] = []
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            rows.append(_checked_row(line, f"{source}:{number}"))
    return rows


def _checked_row(line: str, where: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise TimexGoldError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise TimexGoldError(f"{where}: a row must be an object with a 'text' string")
    for timex in row.get("timexes") or []:
        if not {"start", "end", "value"} <= set(timex):
            raise TimexGoldError(f"{where}: each timex needs 'start', 'end' and 'value'")
    return row


def predict_row(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Run our detector on one gold row's text with its publication date."""
    from newsevents.coding.time.tagger import find_timexes

    raw = row.get("dct")
    dct = dt.date.fromisoformat(raw[:10]) if isinstance(raw, str) and raw else None
    return [
        {"start": t.span.start, "end": t.span.end, "text": t.span.text, "type": t.type,
         "value": t.value}
        for t in find_timexes(row["text"], dct)
    ]  # fmt: skip


def match_row(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """One-to-one pairs of overlapping gold and predicted expressions (largest overlap first)."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    for _overlap, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gold[gi], predicted[pi]))
    return matched


def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_timex(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Relaxed detection P/R/F1, value accuracy over detected gold, and value P/R/F1."""
    n = n_pred = n_matched = n_value = 0
    errors: list[dict[str, Any]] = []
    for row in rows:
        gold = list(row.get("timexes") or [])
        predicted = row["predicted"] if "predicted" in row else predict_row(row)
        matched = match_row(gold, predicted)
        n, n_pred, n_matched = n + len(gold), n_pred + len(predicted), n_matched + len(matched)
        for g, p in matched:
            if str(p["value"]) == str(g["value"]):
                n_value += 1
            else:
                errors.append({"id": row.get("id"), "gold": g, "predicted": p})
    det_p, det_r, det_f1 = _f1(n_matched, n_pred, n)
    val_p, val_r, val_f1 = _f1(n_value, n_pred, n)
    return {
        "n": n,
        "predicted": n_pred,
        "detection_precision": det_p,
        "detection_recall": det_r,
        "detection_f1": det_f1,
        "value_accuracy": n_value / n_matched if n_matched else 0.0,
        "value_precision": val_p,
        "value_recall": val_r,
        "value_f1": val_f1,
        "value_errors": errors,
    }
