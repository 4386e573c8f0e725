"""Scale-out on Dask: the same N real-length articles with 1 and 2 workers, and locally.

For each worker count a LocalCluster of single-thread worker processes is
started, every worker loads its pipeline (warm-up, not timed), then the
articles are coded into Parquet shards in a temporary folder (timed: this is
what `newsevents batch` does). The local runner (`run_ingest` into an in-memory
store, one process) codes the same articles for reference. Reports articles/s,
the 2-vs-1 ratio, each worker's RSS after loading and at its peak, and the
Dask overhead against the local runner. Prints one JSON object.

The corpus is the LGL gold articles (texts only) from ../shared/data/gold
when present, else the bundled examples, repeated to N with distinct ids.

    python benchmarks/scaling.py [--n 2000] [--workers 1 2] [--partition-size 100] [--gold F]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from newsevents.batch.dask_runner import PipelinePlugin, open_client, pipeline_loader, run_batch
from newsevents.batch.local import run_ingest
from newsevents.config import Settings
from newsevents.ids import article_id
from newsevents.model import Article
from newsevents.pipeline import Pipeline
from newsevents.store import Store

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "gold" / "geo_lgl.jsonl"


def corpus(n: int, gold: Path) -> tuple[str, list[Article]]:
    """N articles: the LGL texts (or the examples) repeated, each with its own id."""
    if gold.is_file():
        with gold.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
        name = gold.name
    else:
        from newsevents.ingest.readers import read_path

        examples = read_path(REPO / "examples" / "articles")
        texts = [a.text for a in examples if isinstance(a, Article)]
        name = "examples/articles"
    picked = [texts[i % len(texts)] for i in range(n)]
    articles = [
        Article(article_id(t, f"bench:{i}"), t, url=f"bench:{i}", origin=f"bench:{i}")
        for i, t in enumerate(picked)
    ]
    return name, articles


def worker_memory() -> dict[str, float]:
    """Run on a worker: its current and peak RSS in MB (Linux)."""
    import psutil

    return {
        "rss_mb": round(psutil.Process().memory_info().rss / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def warm_worker(dask_worker: Any) -> float:
    """Run on a worker (`client.run`): load its pipeline now; return the seconds it took."""
    started = time.perf_counter()
    with dask_worker.plugins["newsevents-pipeline"].coder():
        pass
    return time.perf_counter() - started


def dask_run(articles: list[Article], workers: int, partition_size: int) -> dict[str, Any]:
    with open_client(workers=workers) as client, tempfile.TemporaryDirectory() as out:
        client.wait_for_workers(workers)
        client.register_plugin(PipelinePlugin(pipeline_loader(Settings())))
        loads = client.run(warm_worker)
        after_load = client.run(worker_memory)
        started = time.perf_counter()
        summary = run_batch(
            articles, Path(out), client, partition_size=partition_size, register=False
        )
        seconds = time.perf_counter() - started
        peak = client.run(worker_memory)
    return {
        "workers": workers,
        "seconds": round(seconds, 2),
        "articles_per_s": round(summary.coded / seconds, 2),
        "coded": summary.coded,
        "events": summary.events,
        "partitions": len(summary.written),
        "pipeline_load_s": [round(v, 2) for v in loads.values()],
        "worker_rss_after_load_mb": [m["rss_mb"] for m in after_load.values()],
        "worker_peak_rss_mb": [m["peak_rss_mb"] for m in peak.values()],
    }


def local_run(articles: list[Article]) -> dict[str, Any]:
    pipeline = Pipeline.load()
    list(pipeline.code_many(articles[:8]))  # warm caches as the Dask workers' first partition does
    with Store.open(":memory:") as store:
        started = time.perf_counter()
        summary = run_ingest(articles, pipeline, store, batch_size=32)
        seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "articles_per_s": round(summary.coded / seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--gold", type=Path, default=GOLD, help="JSON Lines with a text field")
    parser.add_argument("--no-local", action="store_true", help="skip the local-runner reference")
    args = parser.parse_args()
    name, articles = corpus(args.n, args.gold)
    report: dict[str, Any] = {
        "benchmark": "scaling",
        "corpus": name,
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "partition_size": args.partition_size,
        "dask": [dask_run(articles, w, args.partition_size) for w in args.workers],
    }
    rates = {run["workers"]: run["articles_per_s"] for run in report["dask"]}
    if 1 in rates and 2 in rates:
        report["ratio_2_vs_1"] = round(rates[2] / rates[1], 2)
    if not args.no_local:
        report["local"] = local_run(articles)
        if 1 in rates:
            local_rate = report["local"]["articles_per_s"]
            report["dask_1_worker_overhead_pct"] = round(100 * (1 - rates[1] / local_rate), 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
