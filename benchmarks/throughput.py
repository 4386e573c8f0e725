"""Throughput of the full pipeline against spaCy parsing alone, on real-length articles.

Parsing is the floor of the cost: everything newsevents adds (actors, events,
dates, places, sources) should cost little beside it. The corpus is the
geoparsing gold articles in ../shared/data/gold when present (real news of
real length), else the bundled examples. Prints one JSON object.

    python benchmarks/throughput.py [--limit N] [--batch-size N]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

from newsevents.config import Settings
from newsevents.ids import article_id
from newsevents.model import Article
from newsevents.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "gold"


def load_corpus(limit: int) -> tuple[str, list[Article]]:
    """The geo gold articles (texts only) if present, else the example corpus."""
    files = sorted(GOLD.glob("geo_*.jsonl")) if GOLD.is_dir() else []
    texts: list[str] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    name = "+".join(p.name for p in files)
    if not texts:
        from newsevents.ingest.readers import read_path

        examples = read_path(REPO / "examples" / "articles")
        texts = [a.text for a in examples if isinstance(a, Article)]
        name = "examples/articles"
    texts = texts[:limit]
    return name, [Article(article_id(t), t, origin=f"bench:{i}") for i, t in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=400, help="articles to code (default 400)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2, help="alternating timed rounds; best kept")
    parser.add_argument("--processes", type=int, default=1, help="spaCy parsing processes")
    args = parser.parse_args()
    corpus, articles = load_corpus(args.limit)
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    pipeline = Pipeline.load(Settings(n_process=args.processes))
    load_s = time.perf_counter() - started
    list(pipeline.code_many(articles[:8]))  # warm caches of both paths alike

    parse_times: list[float] = []
    full_times: list[float] = []
    events = 0
    for _ in range(args.rounds):  # alternate the two so machine load hits both alike
        t0 = time.perf_counter()
        texts = (a.text for a in articles)
        for _doc in pipeline.nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
            pass
        parse_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        coded = pipeline.code_many(articles, batch_size=args.batch_size)
        events = sum(len(c.events) for c in coded)
        full_times.append(time.perf_counter() - t0)
    parse_s, full_s = min(parse_times), min(full_times)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "corpus": corpus,
        "articles": len(articles),
        "words": words,
        "events": events,
        "load_seconds": round(load_s, 2),
        "articles_per_s": round(len(articles) / full_s, 2),
        "words_per_s": round(words / full_s, 1),
        "parse_only_words_per_s": round(words / parse_s, 1),
        "ratio_to_parse_only": round(parse_s / full_s, 3),
        "peak_rss_mb": round(peak_mb, 1),
        "articles_per_hour": round(3600 * len(articles) / full_s),
        "python": platform.python_version(),
        "processes": args.processes,
        "rounds": args.rounds,
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
