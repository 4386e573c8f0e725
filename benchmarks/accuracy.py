"""Every accuracy figure the project measures, as one JSON document on stdout.

Runs each `newsevents evaluate` task on the development gold files in
../shared/data/gold/ (full files, geo included) with one pipeline, and prints

    {"events": {...}, "pentaclass": {...}, "pentaclass_newswire": {...}, "spans": {...},
     "spans_newswire": {...}, "actors": {...}, "timex": {...}, "geo_lgl": {...},
     "geo_geovirus": {...}, "articles": {...}, "targets": [...],
     "versions": {...}, "timings": {"load": s, "events": s, ...}}

`targets` lists the real-news targets (issue 8) with the figure reached and whether it is met.

A task whose gold file is absent or whose scorer fails gets {"error": "..."}
instead, so one broken stage never hides the others. Progress goes to stderr.

    python benchmarks/accuracy.py [--gold-dir DIR] [--tasks events,spans] [--geo-limit N]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsevents.evaluate.report import result_dict
from newsevents.evaluate.runner import GOLD_FILES, TASKS, evaluate

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "data" / "gold"
ARTICLE_KEYS = ("articles_dev_lgl.json", "articles_dev_gwn.json")
ARTICLE_DOCS = ("geo_lgl.jsonl", "geo_geowebnews_dev.jsonl")
# Real newswire sentences, scored beside the textbook file of the same task.
NEWSWIRE = {
    "pentaclass": "pentaclass_newswire_dev.jsonl",
    "spans": "actor_spans_newswire_dev.jsonl",
}
# (measure, key path in the document, target): what real news must reach.
TARGETS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("dev articles recall", ("articles", "recall"), 0.65),
    ("dev articles precision", ("articles", "precision"), 0.55),
    ("dev articles core recall", ("articles", "core_recall"), 0.80),
    ("pentaclass_newswire_dev accuracy", ("pentaclass_newswire", "accuracy"), 0.88),
    ("actor_spans_newswire_dev f1", ("spans_newswire", "f1"), 0.78),
    ("events_cameo_manual root F1", ("events", "root_f1"), 0.80),
    ("events_cameo_manual code recall", ("events", "code_recall"), 0.60),
    ("actors.jsonl accuracy", ("actors", "accuracy"), 0.90),
)


def _limited(path: Path, limit: int | None, tmp: Path) -> Path:
    """The first `limit` rows of a gold file (a quick look), or the file itself."""
    if limit is None:
        return path
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()][:limit]
    out = tmp / path.name
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def run_task(task: str, path: Path, pipeline: Any) -> tuple[dict[str, Any], float]:
    """Scores (without task/gold/seconds keys) and seconds for one gold file."""
    started = time.perf_counter()
    try:
        result = result_dict(evaluate(task, path, pipeline))
    except Exception as exc:  # report and go on: one broken scorer must not hide the rest
        return {"error": f"{type(exc).__name__}: {exc}"}, time.perf_counter() - started
    for key in ("task", "seconds"):
        result.pop(key, None)
    return result, time.perf_counter() - started


def versions(pipeline: Any) -> dict[str, Any]:
    """Versions of the code, model and dictionaries behind the figures."""
    from importlib.metadata import version

    import newsevents

    out: dict[str, Any] = {
        "newsevents": getattr(newsevents, "__version__", "unknown"),
        "python": platform.python_version(),
        "spacy": version("spacy"),
    }
    meta = getattr(pipeline.nlp, "meta", {}) or {}
    out["model"] = f"{meta.get('name', '?')}-{meta.get('version', '?')}"
    for name in ("lexicon", "gazetteer"):
        out[name] = getattr(getattr(pipeline, name, None), "version", None)
    out["actors"] = getattr(getattr(pipeline.actors, "dictionary", None), "version", None)
    out["cues"] = getattr(getattr(pipeline.builder, "cues", None), "version", None)
    return out


def run_articles(gold_dir: Path, pipeline: Any) -> dict[str, Any]:
    """Both development article key files pooled: figures at the display threshold, per
    file, and the reliability table of the confidence score (all events, any confidence)."""
    from newsevents.evaluate.article_keys import load_keyed_articles
    from newsevents.evaluate.articles import at_threshold, reliability, score_articles, totals

    docs = [gold_dir / doc for doc in ARTICLE_DOCS]
    if not all(p.is_file() for p in docs):
        return {"error": f"article texts not found in {gold_dir}"}
    out: dict[str, Any] = {"threshold": pipeline.show_threshold}
    everything = []
    for name in ARTICLE_KEYS:
        keyed = load_keyed_articles(gold_dir / name, docs)
        scored = score_articles(keyed, pipeline.code_many, threshold=0.0)
        everything.extend(scored)
        figures = totals(at_threshold(scored, pipeline.show_threshold))
        figures.pop("per_article")
        out[Path(name).stem] = figures
    pooled = totals(at_threshold(everything, pipeline.show_threshold))
    pooled.pop("per_article")
    out.update(pooled)
    out["reliability"] = reliability(everything)
    return out


def gold_files(task: str) -> list[tuple[str, str]]:
    """(document key, gold file name) of every file a task is scored on."""
    names = GOLD_FILES.get(task, ())
    out = [
        (task if len(names) == 1 else f"{task}_{Path(name).stem.split('_')[1]}", name)
        for name in names
    ]
    if task in NEWSWIRE:
        out.append((f"{task}_newswire", NEWSWIRE[task]))
    return out


def targets(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Each real-news target with the figure reached (None when its task was not run)."""
    out = []
    for measure, path, target in TARGETS:
        value: Any = doc
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        reached = value if isinstance(value, (int, float)) else None
        met = reached is not None and reached >= target
        out.append({"measure": measure, "value": reached, "target": target, "met": met})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD)
    parser.add_argument(
        "--tasks", default=",".join([*TASKS, "articles"]), help="comma-separated task names"
    )
    parser.add_argument("--geo-limit", type=int, default=None, help="first N articles per geo file")
    args = parser.parse_args(argv)
    from newsevents.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline.load()
    doc: dict[str, Any] = {}
    timings: dict[str, float] = {"load": round(time.perf_counter() - started, 2)}
    tmp = Path(tempfile.mkdtemp(prefix="accuracy-"))
    for task in args.tasks.split(","):
        for key, name in gold_files(task):
            path = args.gold_dir / name
            if not path.is_file():
                doc[key] = {"error": f"gold file {path} not found"}
                continue
            print(f"accuracy: {key} ({name})", file=sys.stderr, flush=True)
            limit = args.geo_limit if task == "geo" else None
            doc[key], seconds = run_task(task, _limited(path, limit, tmp), pipeline)
            timings[key] = round(seconds, 2)
    if "articles" in args.tasks.split(","):
        print("accuracy: articles (articles_dev_*.json)", file=sys.stderr, flush=True)
        started = time.perf_counter()
        doc["articles"] = run_articles(args.gold_dir, pipeline)
        timings["articles"] = round(time.perf_counter() - started, 2)
    doc["targets"] = targets(doc)
    doc["versions"] = versions(pipeline)
    doc["timings"] = timings
    print(json.dumps(doc, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
