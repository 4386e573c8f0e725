"""Turning an evaluation result into a readable report, a JSON object, an errors file.

The JSON form is what scripts and the accuracy benchmark read, so it holds
only the figures (plus task, gold file and seconds); the readable form adds
an error summary by kind so a coder engineer sees where to look first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsevents.evaluate.gold import ErrorRecord
from newsevents.evaluate.runner import EvalResult


def result_dict(result: EvalResult) -> dict[str, Any]:
    """The figures of a result with task, gold file and timing, JSON-ready."""
    return {
        "task": result.task,
        "gold": result.gold_path,
        **{k: _rounded(v) for k, v in result.scores.items()},
        "seconds": round(result.seconds, 2),
    }


def _rounded(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def to_json(result: EvalResult) -> str:
    """One JSON object on one line."""
    return json.dumps(result_dict(result), sort_keys=False, default=str)


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, int | str):
        return str(value)
    return _short(value)


def format_report(result: EvalResult, *, examples: int = 3) -> str:
    """A short plain-text report: figures, then error counts by kind with a few examples."""
    lines = [f"newsevents evaluate {result.task}  ({result.gold_path})", ""]
    width = max((len(k) for k in result.scores), default=0)
    for key, value in result.scores.items():
        lines.append(f"  {key.ljust(width)}  {_format_value(value)}")
    lines.append(f"  {'seconds'.ljust(width)}  {result.seconds:.1f}")
    by_kind = Counter(e.kind for e in result.errors)
    if by_kind:
        lines += ["", "errors by kind (write them all with --errors FILE):"]
        for kind, count in by_kind.most_common():
            lines.append(f"  {kind}: {count}")
            shown = [e for e in result.errors if e.kind == kind][:examples]
            lines += [
                f"    - {e.row_id}: gold={_short(e.gold)} predicted={_short(e.predicted)}"
                for e in shown
            ]
    return "\n".join(lines)


def _short(value: Any, limit: int = 90) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def error_dict(error: ErrorRecord, task: str) -> dict[str, Any]:
    """One errors-file record: row id, text, gold, predicted, kind, task."""
    record = asdict(error)
    record["task"] = task
    return record


def write_errors(path: Path, errors: Iterable[ErrorRecord], task: str) -> int:
    """Write one JSON line per error; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for error in errors:
            handle.write(json.dumps(error_dict(error, task), default=str))
            handle.write("\n")
            count += 1
    return count
