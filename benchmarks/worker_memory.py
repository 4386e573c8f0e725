"""A Dask worker's memory: RSS after loading its pipeline and peak RSS over one partition.

One worker process (a LocalCluster), one partition of N articles, as
`newsevents batch` runs it; uses `benchmarks/scaling.py`'s corpus and run
without its timing comparison (which wants a quiet machine). Prints one JSON object.

    python benchmarks/worker_memory.py [--n 500] [--gold ../shared/data/gold/geo_lgl.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import scaling

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500, help="articles, all in one partition")
    parser.add_argument("--gold", type=Path, default=scaling.GOLD, help="JSON Lines with text")
    args = parser.parse_args()
    name, articles = scaling.corpus(args.n, args.gold)
    run = scaling.dask_run(articles, 1, args.n)
    report = {
        "benchmark": "worker_memory",
        "corpus": name,
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "worker_rss_after_load_mb": run["worker_rss_after_load_mb"][0],
        "worker_peak_rss_mb": run["worker_peak_rss_mb"][0],
        "pipeline_load_s": run["pipeline_load_s"][0],
        "events": run["events"],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
