"""Geoparsing benchmark: prints JSON with the scores and docs/s on the geo gold sets.

Usage: python benchmarks/geo.py [--limit N] [FILE ...]
(default: ../shared/data/gold/geo_lgl.jsonl and geo_geovirus.jsonl, all articles).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gold"
DEFAULT_FILES = ("geo_lgl.jsonl", "geo_geovirus.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", help="geo gold JSONL files")
    parser.add_argument("--limit", type=int, default=0, help="first N articles of each file")
    args = parser.parse_args(argv)
    from newsevents.coding.place.gazetteer import Gazetteer
    from newsevents.evaluate.geo import load_gold, score_geo
    from newsevents.nlp import load_language

    files = [Path(f) for f in args.files] or [GOLD / name for name in DEFAULT_FILES]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(json.dumps({"error": f"gold files not found: {missing}"}))
        return 1
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    nlp = load_language(gazetteer.entity_patterns())
    report: dict[str, object] = {
        "load_seconds": round(time.perf_counter() - start, 2),
        "gazetteer": gazetteer.version,
    }
    for path in files:
        rows = load_gold(path)
        rows = rows[: args.limit] if args.limit else rows
        report[path.stem] = score_geo(rows, nlp, gazetteer)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
