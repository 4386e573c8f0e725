"""Run one evaluation task: load gold, predict from the questions only, score.

The predictor never sees an answer: `predict` receives `Question`s (id, text,
publication date) and turns each into an `Article` for the normal pipeline;
the answers stay in the `GoldRow`s until the scorer compares. The tests prove
it by scoring shuffled answers, which must score clearly lower.

Tasks `events`, `pentaclass` and `spans` are scored here; `actors`, `timex`
and `geo` dispatch to their owners' scorers (`newsevents.evaluate.actors`,
`.timex`, `.geo`), imported only when asked for so that one missing or
broken scorer cannot stop the others.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from newsevents.errors import GoldFormatError
from newsevents.evaluate.events import counted, score_events
from newsevents.evaluate.gold import (
    ErrorRecord,
    EventsAnswer,
    GoldRow,
    Predicted,
    Question,
    Scored,
    SpansAnswer,
    load_events,
    load_pentaclass,
    load_spans,
    predicted_from_event,
)
from newsevents.evaluate.pentaclass import main_event, predict_class, score_pentaclass
from newsevents.evaluate.spans import score_spans
from newsevents.model import Article, CodedArticle

TASKS = ("events", "pentaclass", "spans", "actors", "timex", "geo")
ROW_TASKS = ("events", "pentaclass", "spans")
# The development gold files of each task, by name under ../shared/data/gold/.
GOLD_FILES: dict[str, tuple[str, ...]] = {
    "events": ("events_cameo_manual.jsonl",),
    "pentaclass": ("pentaclass_cameo_manual.jsonl",),
    "spans": ("actor_spans.jsonl",),
    "actors": ("actors.jsonl",),
    "timex": ("timex_examples.jsonl",),
    "geo": ("geo_lgl.jsonl", "geo_geovirus.jsonl"),
}
Progress = Callable[[int, int], None]


class PipelineLike(Protocol):
    """What the harness needs of `newsevents.pipeline.Pipeline`."""

    @property
    def nlp(self) -> Any: ...
    @property
    def actors(self) -> Any: ...
    @property
    def gazetteer(self) -> Any: ...
    @property
    def show_threshold(self) -> float: ...

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int = 32
    ) -> Iterator[CodedArticle]: ...


@dataclass(frozen=True)
class EvalResult:
    """The outcome of one task: its figures, its errors, and how long it took."""

    task: str
    gold_path: str
    scores: dict[str, Any]
    errors: tuple[ErrorRecord, ...] = ()
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def article_of(question: Question) -> Article:
    """The article a predictor codes for a question: text and date, nothing else."""
    return Article(article_id=question.row_id, text=question.text, published=question.published)


def predict(
    pipeline: PipelineLike,
    questions: Sequence[Question],
    *,
    batch_size: int = 32,
    progress: Progress | None = None,
) -> list[tuple[Predicted, ...]]:
    """Code each question and keep the events the gold would count (input order)."""
    out: list[tuple[Predicted, ...]] = []
    articles = (article_of(q) for q in questions)
    for coded in pipeline.code_many(articles, batch_size=batch_size):
        out.append(counted(predicted_from_event(e) for e in coded.events))
        if progress and (len(out) % 50 == 0 or len(out) == len(questions)):
            progress(len(out), len(questions))
    return out


def run_events(pipeline: PipelineLike, rows: Sequence[GoldRow[EventsAnswer]], **kw: Any) -> Scored:
    """Score the events task on already loaded rows."""
    return score_events(rows, predict(pipeline, [r.question for r in rows], **kw))


def run_spans(pipeline: PipelineLike, rows: Sequence[GoldRow[SpansAnswer]], **kw: Any) -> Scored:
    """Score the spans task on already loaded rows."""
    return score_spans(rows, predict(pipeline, [r.question for r in rows], **kw))


def run_pentaclass(pipeline: PipelineLike, rows: Sequence[GoldRow[int]], **kw: Any) -> Scored:
    """Score the pentaclass task: main event per sentence (needs the parse for tree depth)."""
    from newsevents.nlp import parse_articles

    questions = [r.question for r in rows]
    preds = predict(pipeline, questions, **kw)
    batch = int(kw.get("batch_size", 32))
    parses = parse_articles(pipeline.nlp, (article_of(q) for q in questions), batch_size=batch)
    labels: list[int] = []
    codes: list[str | None] = []
    for row_preds, parsed in zip(preds, parses, strict=True):
        labels.append(predict_class(row_preds, parsed.sentences))
        main = main_event(row_preds, parsed.sentences)
        codes.append(main.code if main else None)
    return score_pentaclass(rows, labels, codes)


def run_rows(task: str, pipeline: PipelineLike, rows: Sequence[GoldRow[Any]], **kw: Any) -> Scored:
    """Score events, pentaclass or spans on rows (the shuffled-label test uses this)."""
    runners: dict[str, Callable[..., Scored]] = {
        "events": run_events,
        "pentaclass": run_pentaclass,
        "spans": run_spans,
    }
    if task not in runners:
        raise ValueError(f"task {task!r} has no row runner; choose one of {sorted(runners)}")
    return runners[task](pipeline, rows, **kw)


def load_rows(task: str, path: Path) -> list[GoldRow[Any]]:
    """Load gold rows for events, pentaclass or spans."""
    loaders: dict[str, Callable[[Path], list[Any]]] = {
        "events": load_events,
        "pentaclass": load_pentaclass,
        "spans": load_spans,
    }
    return loaders[task](path)


def _run_other(task: str, path: Path, pipeline: PipelineLike | None) -> dict[str, Any]:
    """Dispatch to the actors / timex / geo scorers written by their owners.

    Imported by name at call time: `score_actors(rows, coder)`,
    `score_timex(rows)`, `score_geo(rows, nlp, gazetteer)`, each with `load_gold`.
    """
    module = importlib.import_module(f"newsevents.evaluate.{task}")
    rows = module.load_gold(path)
    if task == "timex":
        return dict(module.score_timex(rows))
    if pipeline is None:
        raise ValueError(f"task {task} needs a pipeline")
    if task == "actors":
        return dict(module.score_actors(rows, pipeline.actors))
    return dict(module.score_geo(rows, pipeline.nlp, pipeline.gazetteer))


def evaluate(
    task: str,
    gold_path: Path,
    pipeline: PipelineLike | None = None,
    *,
    batch_size: int = 32,
    progress: Progress | None = None,
) -> EvalResult:
    """Run `task` on the gold file; loads the default pipeline when none is given."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    if not gold_path.is_file():
        raise GoldFormatError(f"gold file {gold_path} not found")
    rows = load_rows(task, gold_path) if task in ROW_TASKS else []
    if pipeline is None and task != "timex":
        from newsevents.pipeline import Pipeline

        pipeline = Pipeline.load()
    started = time.perf_counter()
    errors: tuple[ErrorRecord, ...] = ()
    if task in ROW_TASKS:
        if pipeline is None:  # pragma: no cover - loaded above for every row task
            raise ValueError(f"task {task} needs a pipeline")
        scored = run_rows(task, pipeline, rows, batch_size=batch_size, progress=progress)
        scores: dict[str, Any] = dict(scored.scores)
        errors = scored.errors
    else:
        scores = _run_other(task, gold_path, pipeline)
    seconds = time.perf_counter() - started
    return EvalResult(task, str(gold_path), scores, errors, seconds)
