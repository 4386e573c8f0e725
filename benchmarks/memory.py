"""What holds a worker's memory: RSS after each loading stage and after coding real news.

Loads the pipeline's parts one by one in this process (as `Pipeline.load`
does), printing the resident set size after each, then codes N real-length
articles in batches and reports the peak. Prints one JSON object.

    python benchmarks/memory.py [--n 300] [--batch-size 32] [--gold FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import threading
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "gold" / "geo_lgl.jsonl"


def rss_mb() -> float:
    return round(psutil.Process().memory_info().rss / 2**20, 1)


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    steps: dict[str, Any] = {"start": rss_mb()}
    import spacy  # noqa: F401 - measured for its memory

    steps["import_spacy"] = rss_mb()
    from newsevents.cache import default_cache_dir
    from newsevents.coding.actors.cache import load_actors
    from newsevents.coding.place.gazetteer import Gazetteer
    from newsevents.nlp import load_language

    cache = default_cache_dir()
    actors = load_actors((), cache)
    steps["actor_dictionary_and_tables"] = rss_mb()
    gazetteer = Gazetteer.load(cache)
    steps["gazetteer"] = rss_mb()
    nlp = load_language([])
    steps["spacy_model"] = rss_mb()
    patterns = [*gazetteer.entity_patterns(), *actors.dictionary.entity_patterns()]
    del nlp
    nlp = load_language(patterns, cache_dir=cache)
    steps["spacy_model_replaced_by_model_with_name_matcher"] = rss_mb()
    del nlp, gazetteer, actors, patterns
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline.load()
    steps["pipeline_load_after_the_parts_were_dropped"] = rss_mb()
    report: dict[str, Any] = {"benchmark": "memory", "rss_mb_after": steps}
    report.update(code_news(pipeline, args.gold, args.n, args.batch_size))
    print(json.dumps(report, indent=2))


def code_news(pipeline: Any, gold: Path, n: int, batch_size: int) -> dict[str, Any]:
    from newsevents.ids import article_id
    from newsevents.model import Article

    with gold.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][:n]
    articles = [Article(article_id(t), t, origin=f"mem:{i}") for i, t in enumerate(texts)]
    before = rss_mb()
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    events = sum(len(c.events) for c in pipeline.code_many(articles, batch_size=batch_size))
    done.set()
    sampler.join()
    return {
        "articles": len(articles),
        "words": sum(len(t.split()) for t in texts),
        "events": events,
        "batch_size": batch_size,
        "rss_mb_before_coding": before,
        "rss_mb_after_coding": rss_mb(),
        "peak_rss_mb_while_coding": peak[0],
        "peak_rss_mb_process": peak_mb(),
    }


if __name__ == "__main__":
    main()
