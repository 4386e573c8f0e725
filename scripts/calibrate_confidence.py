"""Fit the confidence model on the development article keys and write its weights.

    python scripts/calibrate_confidence.py [--gold-dir DIR] [--out FILE] [--l2 1.0]

Codes every keyed development article (../shared/data/gold/articles_dev_*.json with their
texts), labels each event correct when it answers a key (the precision matching of
`newsevents evaluate articles`), and fits an L2-regularised logistic regression of that
label on the readable features of `coding.attribution.confidence.features` (Newton's
method, numpy only). The display threshold is the confidence that maximises article F1
on the same data. Held-out keys are never read: they are not in this repository's reach.
Writes `src/newsevents/coding/data/confidence.yaml` and prints the fit as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.coding.attribution.confidence import FEATURES, ConfidenceModel, features
from newsevents.config import Settings
from newsevents.evaluate.article_keys import load_keyed_articles
from newsevents.evaluate.articles import score_article, totals
from newsevents.model import Event
from newsevents.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "data" / "gold"
DEFAULT_OUT = REPO / "src" / "newsevents" / "coding" / "data" / "confidence.yaml"
KEY_SETS = (
    ("articles_dev_lgl.json", "geo_lgl.jsonl"),
    ("articles_dev_gwn.json", "geo_geowebnews_dev.jsonl"),
)


def labelled_events(pipeline: Pipeline, gold: Path) -> tuple[list[Any], list[Event], list[bool]]:
    """Every keyed article's scored events with their correct/incorrect label."""
    docs = [gold / doc for _, doc in KEY_SETS]
    keyed = [k for keys, _ in KEY_SETS for k in load_keyed_articles(gold / keys, docs)]
    coded = pipeline.code_many(k.article for k in keyed)
    articles, events, labels = [], [], []
    for item, result in zip(keyed, coded, strict=True):
        articles.append((item, result.events))
        score = score_article(item, result.events)
        matched = set(score.precision_pairs.values())
        for j, event in enumerate(result.events):
            events.append(event)
            labels.append(j in matched)
    return articles, events, labels


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method; column 0 is the (unpenalised) bias."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def best_threshold(model: ConfidenceModel, articles: list[Any]) -> tuple[float, dict[str, Any]]:
    """The display threshold with the highest article F1 (ties: the lower threshold)."""
    best: tuple[float, float, dict[str, Any]] = (-1.0, 0.0, {})
    for step in range(0, 91, 2):
        threshold = step / 100
        scores = [
            score_article(k, [e for e in evs if model.probability(features(e)) >= threshold])
            for k, evs in articles
        ]
        figures = totals(scores)
        if figures["f1"] > best[0]:
            best = (figures["f1"], threshold, figures)
    return best[1], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    pipeline = Pipeline.load(Settings(show_threshold=0.0))
    articles, events, labels = labelled_events(pipeline, args.gold_dir)
    x = np.array([[1.0] + [features(e).get(f, 0.0) for f in FEATURES] for e in events])
    y = np.array(labels, dtype=float)
    w = fit(x, y, args.l2)
    weights = {f: round(float(v), 3) for f, v in zip(FEATURES, w[1:], strict=True)}
    model = ConfidenceModel(bias=round(float(w[0]), 3), weights=weights, threshold=0.0)
    threshold, figures = best_threshold(model, articles)
    version = f"fit-{dt.date.today().isoformat()}-n{len(events)}"
    write(args.out, model, threshold, version, len(events), int(y.sum()))
    figures.pop("per_article", None)
    print(
        json.dumps(
            {
                "events": len(events),
                "correct": int(y.sum()),
                "bias": model.bias,
                "weights": weights,
                "threshold": threshold,
                "at_threshold": figures,
            }
        )
    )


def write(
    path: Path, model: ConfidenceModel, threshold: float, version: str, n: int, k: int
) -> None:
    """The model file, with a header saying how it was made."""
    lines = [
        "# Confidence model: logistic weights over the features of",
        "# newsevents.coding.attribution.confidence.features, fitted by",
        "# scripts/calibrate_confidence.py on the development article keys",
        f"# ({n} coded events, {k} of them answering a key). threshold: the display",
        "# threshold with the best article F1 there; events below it are stored, not shown.",
        f"version: {version}",
        f"bias: {model.bias}",
        f"threshold: {threshold}",
        "weights:",
        *(f"  {name}: {value}" for name, value in model.weights.items()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
