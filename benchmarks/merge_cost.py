"""What cross-article merging costs at ingest: store articles/s with and without merging.

Coding (spaCy and the coders) is the same either way, so the articles are coded
once and the *store write* is timed twice, into fresh databases: with the default
`MergeRule` (near-duplicate signatures, candidate lookup, mention rows, count
refresh) and with `merge=None`. The corpus is the geo gold articles of
../shared/data/gold (real length) when present, else examples/stories and
examples/articles. To reach `--articles` (default 2,000) each coded article is
re-issued as further reports by other outlets on nearby days (new ids, same
events), so merges happen at a realistic rate. Prints one JSON object.

    python benchmarks/merge_cost.py [--articles 2000] [--unique 300] [--shift-days 0]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from newsevents.dedup.across_articles import MergeRule
from newsevents.ids import article_id
from newsevents.model import Article, CodedArticle, Event
from newsevents.pipeline import Pipeline
from newsevents.store import Store

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "gold" / "geo_lgl.jsonl"


def load_articles(limit: int, gold: Path) -> tuple[str, list[Article]]:
    """Real-length gold texts when present, else the bundled examples."""
    if gold.is_file():
        rows = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        articles = [
            Article(article_id(r["text"]), r["text"], dt.date.fromisoformat(r["date"][:10]),
                    title=r.get("title"), outlet="lgl", origin=f"lgl:{i}")
            for i, r in enumerate(rows[:limit])
        ]  # fmt: skip
        return gold.name, articles
    from newsevents.ingest.readers import read_paths

    found = read_paths([REPO / "examples" / "stories", REPO / "examples" / "articles"])
    return "examples/stories+articles", [a for a in found if isinstance(a, Article)][:limit]


def reissue(coded: CodedArticle, copy: int, shift_days: int) -> CodedArticle:
    """The article as reported by outlet number `copy`, a day later every other copy.

    With `shift_days` > 0 the copy and its events are moved `copy * shift_days`
    days later instead, so nothing can merge: that measures the pure overhead.
    """
    old = coded.article
    text = f"{old.text}\n\nReport {copy} of outlet-{copy}."
    days = copy * shift_days if shift_days else copy % 2
    published = old.published + dt.timedelta(days=days) if old.published else None
    article = dataclasses.replace(
        old, article_id=article_id(text, f"copy:{copy}"), text=text, published=published,
        outlet=f"outlet-{copy}", url=f"https://outlet-{copy}.example/{old.article_id}",
    )  # fmt: skip
    events = tuple(_moved(e, article.article_id, copy * shift_days) for e in coded.events)
    return CodedArticle(article, events, coded.places)


def _moved(event: Event, new_article: str, days: int) -> Event:
    event_id = article_id(event.event_id, new_article)  # a fresh content hash
    provenance = dataclasses.replace(event.provenance, article_id=new_article)
    date = event.date
    if days and date.value is not None:
        date = dataclasses.replace(date, value=date.value + dt.timedelta(days=days))
    return dataclasses.replace(
        event, event_id=event_id, article_id=new_article, provenance=provenance, date=date
    )


def timed_write(
    corpus: list[CodedArticle], merge: MergeRule | None, batch: int
) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "b.duckdb") as store:
        started = time.perf_counter()
        for start in range(0, len(corpus), batch):
            store.add_coded(corpus[start : start + batch], merge=merge)
        seconds = time.perf_counter() - started
        sizes = store.counts()
    return {
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(corpus) / seconds, 1),
        "events": sizes["events"],
        "mentions": sizes["mentions"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--unique", type=int, default=300, help="distinct articles to code")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--shift-days", type=int, default=0, help="move copies apart (no merges)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="geo_lgl.jsonl (real texts)")
    args = parser.parse_args()
    name, articles = load_articles(args.unique, args.gold)
    pipeline = Pipeline.load()
    started = time.perf_counter()
    coded = list(pipeline.code_many(articles, batch_size=args.batch_size))
    coding_s = time.perf_counter() - started
    corpus = [
        coded[i % len(coded)]
        if i < len(coded)
        else reissue(coded[i % len(coded)], i // len(coded), args.shift_days)
        for i in range(args.articles)
    ]
    corpus.sort(key=lambda c: (c.article.published or dt.date.min, c.article.article_id))
    timed_write(corpus[: args.batch_size * 2], MergeRule(), args.batch_size)  # warm up DuckDB
    without = timed_write(corpus, None, args.batch_size)
    with_merge = timed_write(corpus, MergeRule(), args.batch_size)
    coding_rate = len(coded) / coding_s
    result = {
        "corpus": name, "articles": len(corpus), "unique_articles": len(coded),
        "shift_days": args.shift_days,
        "coding_articles_per_s": round(coding_rate, 1),
        "store_without_merge": without, "store_with_merge": with_merge,
        "merge_overhead_ms_per_article": round(
            1000 * (with_merge["seconds"] - without["seconds"]) / len(corpus), 2),
        "end_to_end_articles_per_s": {
            key: round(1 / (1 / coding_rate + r["seconds"] / len(corpus)), 1)
            for key, r in (("without_merge", without), ("with_merge", with_merge))
        },
        "python": sys.version.split()[0],
    }  # fmt: skip
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
