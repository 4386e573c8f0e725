"""A digest of every coded event of a fixed corpus: run before and after a refactor.

Why: accuracy figures can hide a change that moves no score (a different
`reported_by` chain, a place on another event). This codes every text of the
development gold files (geo LGL, GeoWebNews, newswire pentaclass), the example
articles and a few run-on sentences with the token limit lifted, and prints
one JSON object with the number of texts and events and the SHA-256 of the
full `repr` of every `CodedArticle`'s events and notes: equal digests, equal
results.

    python benchmarks/events_digest.py [--gold-dir ../shared/data/gold]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD_FILES = ("geo_lgl.jsonl", "geo_geowebnews_dev.jsonl", "pentaclass_newswire_dev.jsonl")


def texts(gold: Path) -> list[str]:
    """The corpus, in a fixed order (gold files that are absent are left out)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from long_text import sentence

    out: list[str] = []
    for name in GOLD_FILES:
        path = gold / name
        if path.is_file():
            rows = (json.loads(line) for line in path.read_text("utf-8").split("\n") if line)
            out += [t for row in rows if (t := row.get("text") or row.get("sentence"))]
    out += [p.read_text("utf-8") for p in sorted((REPO / "examples" / "articles").glob("*.txt"))]
    out += [sentence(words) for words in (200, 500, 1000, 1500)]
    quoted = ["troops fired at posts", "Seoul condemned the attack", "the ministry denied it"]
    out.append(" and ".join(f'"{c}," officials said' for c in quoted * 30) + ".")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold-dir", type=Path, default=REPO.parent / "shared" / "data" / "gold")
    args = parser.parse_args()
    from newsevents.config import Settings
    from newsevents.ids import article_id
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline.load(Settings(max_sentence_tokens=10**9))
    corpus = texts(args.gold_dir)
    day = dt.date(2020, 6, 17)
    articles = [
        Article(article_id(t, None), t, published=day, outlet="Wire", origin="<digest>")
        for t in corpus
    ]
    digest, events = hashlib.sha256(), 0
    for coded in pipeline.code_many(articles):
        digest.update((repr(coded.events) + repr(coded.notes) + "\n").encode())
        events += len(coded.events)
    print(json.dumps({"texts": len(corpus), "events": events, "sha256": digest.hexdigest()}))


if __name__ == "__main__":
    main()
