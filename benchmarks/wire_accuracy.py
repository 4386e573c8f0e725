"""Event scores on the project's blind newswire set, as one JSON object on stdout.

The CAMEO manual's example sentences are the only development gold for events,
and they are textbook leads; the held-out test is real wire news. The set in
tests/data/wire_events.jsonl was written and coded blind (before the coder was
run on it) to measure that gap, so this prints the same figures as
`newsevents evaluate events` plus what the overall figures hide:

    {"task": "events", "gold": ..., "n": ..., "root_recall": ..., "root_precision": ...,
     "root_f1": ..., "code_recall": ..., "dyad_recall": ..., "dyad_given_root": ...,
     "no_event_rows": ..., "no_event_false_alarm_rows": ...,
     "per_root": {"01": {"gold": 24, "recall": ..., "code_recall": ...,
                         "predicted": ..., "precision": ...}, ...},
     "seconds": {"load": ..., "score": ...}}

Recall and precision per root use the harness's rule (a gold event is found
when a counted prediction in the same row has its root; a prediction is right
when some gold event of its row has its root), so they add up to the totals.

    python benchmarks/wire_accuracy.py [--gold PATH] [--errors PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsevents.evaluate.events import ratio, score_events
from newsevents.evaluate.gold import EventsAnswer, GoldRow, Predicted, load_events
from newsevents.evaluate.runner import predict

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "data" / "wire_events.jsonl"


def _root_counts(
    rows: Sequence[GoldRow[EventsAnswer]], predictions: Sequence[Sequence[Predicted]]
) -> dict[str, dict[str, int]]:
    """Per root: gold events, those found (root / code), predictions, right predictions."""
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "code_found": 0, "predicted": 0, "right": 0}
    )
    for row, preds in zip(rows, predictions, strict=True):
        golds = [g for g in row.answer.events if g.root]
        for gold in golds:
            rooted = [p for p in preds if p.root == gold.root]
            c = counts[str(gold.root)]
            c["gold"] += 1
            c["found"] += bool(rooted)
            c["code_found"] += any(p.code.startswith(gold.code or "") for p in rooted)
        roots = {g.root for g in golds}
        for pred in preds:
            counts[pred.root]["predicted"] += 1
            counts[pred.root]["right"] += pred.root in roots
    return counts


def per_root(
    rows: Sequence[GoldRow[EventsAnswer]], predictions: Sequence[Sequence[Predicted]]
) -> dict[str, dict[str, float | int]]:
    """Recall, code recall and precision for each CAMEO root, in root order."""
    out: dict[str, dict[str, float | int]] = {}
    for root, c in sorted(_root_counts(rows, predictions).items()):
        out[root] = {
            "gold": c["gold"],
            "recall": round(ratio(c["found"], c["gold"]), 4),
            "code_recall": round(ratio(c["code_found"], c["gold"]), 4),
            "predicted": c["predicted"],
            "precision": round(ratio(c["right"], c["predicted"]), 4),
        }
    return out


def no_event_alarms(
    rows: Sequence[GoldRow[EventsAnswer]], predictions: Sequence[Sequence[Predicted]]
) -> tuple[int, int]:
    """(no-event rows, those where the coder still reported an event)."""
    flagged = [(r, p) for r, p in zip(rows, predictions, strict=True) if r.answer.no_event]
    return len(flagged), sum(bool(p) for _, p in flagged)


def wire_scores(gold: Path, pipeline: Any, errors: Path | None = None) -> dict[str, Any]:
    """All figures for one gold file, with the error records written to `errors` if given."""
    rows = load_events(gold)
    started = time.perf_counter()
    predictions = predict(pipeline, [r.question for r in rows])
    scored = score_events(rows, predictions)
    out: dict[str, Any] = {"task": "events", "gold": str(gold)}
    out.update({k: round(v, 4) if isinstance(v, float) else v for k, v in scored.scores.items()})
    n_none, alarms = no_event_alarms(rows, predictions)
    out["no_event_rows"], out["no_event_false_alarm_rows"] = n_none, alarms
    out["per_root"] = per_root(rows, predictions)
    out["seconds"] = {"score": round(time.perf_counter() - started, 2)}
    if errors is not None:
        with errors.open("w", encoding="utf-8") as handle:
            for record in scored.errors:
                handle.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="events JSONL file")
    parser.add_argument("--errors", type=Path, default=None, help="write error records here")
    args = parser.parse_args(argv)
    from newsevents.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline.load()
    load = round(time.perf_counter() - started, 2)
    print(f"pipeline loaded in {load} s; coding {args.gold}", file=sys.stderr)
    result = wire_scores(args.gold, pipeline, args.errors)
    result["seconds"]["load"] = load
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
