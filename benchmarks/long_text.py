"""Coding time and memory against the length of one unpunctuated sentence.

Why: coding must be linear in sentence length; a single long run-on text used
to stall a run for minutes (issue 12). Each size runs in a fresh process, so
the peak RSS is that size's own. Prints one JSON object:

    python benchmarks/long_text.py [--words 1000 5000 10000 20000] [--limit-tokens N]

`--limit-tokens` sets `max_sentence_tokens` (default: no limit, to measure the
coder itself; the shipped default skips sentences longer than the setting).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time

CLAUSES = (
    "North Korean troops fired artillery at South Korean border posts",
    "the government in Seoul condemned the attack",
    "officials in Washington said they would send envoys to Pyongyang",
    "protesters gathered outside the embassy",
    "the ministry denied the report",
)


def sentence(words: int) -> str:
    """A run-on sentence of about `words` words: clauses joined by commas and 'and'."""
    out: list[str] = []
    index = 0
    while sum(len(c.split()) + 1 for c in out) < words:
        out.append(CLAUSES[index % len(CLAUSES)])
        index += 1
    return ", and ".join(out) + "."


def measure(words: int, limit: int) -> dict[str, float | int]:
    """Code one sentence of `words` words in this process; seconds and peak RSS."""
    from newsevents.config import Settings
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline.load(Settings(max_sentence_tokens=limit))
    text = sentence(words)
    started, cpu = time.perf_counter(), time.process_time()
    coded = pipeline.code_text(text, dt.date(2020, 6, 17))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {"words": len(text.split()), "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "events": len(coded.events), "peak_rss_mb": rss}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, nargs="+", default=[1000, 5000, 10000, 20000])
    parser.add_argument("--limit-tokens", type=int, default=10**9)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.words[0], args.limit_tokens)))
        return
    results = []
    for words in args.words:
        command = [sys.executable, __file__, "--child", "--words", str(words),
                   "--limit-tokens", str(args.limit_tokens)]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(json.dumps({"benchmark": "long_text", "limit_tokens": args.limit_tokens,
                      "results": results}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
