"""The accuracy harness: score the coder against gold files (`newsevents evaluate`).

`evaluate(task, gold_path, pipeline=None)` runs one task (events, pentaclass,
spans, actors, timex, geo) and returns an `EvalResult`; `report` renders it.
Each scorer is a pure function over gold rows and predictions, documented in
its own module (`events`, `pentaclass`, `spans`; `actors`, `timex`, `geo`).
"""

from newsevents.evaluate.runner import TASKS, EvalResult, evaluate

__all__ = ["TASKS", "EvalResult", "evaluate"]
