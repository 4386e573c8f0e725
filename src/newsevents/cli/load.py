"""`newsevents load DIR --db FILE`: merge the shards of a batch run into a DuckDB store.

One writer, one shard per transaction, insert-or-ignore on content-hash ids and
a record of merged shards in the store: running it twice adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "load",
        help="merge the Parquet shards of `newsevents batch` into a DuckDB store",
        description="Merge every finished shard under DIR into the store (idempotent).",
    )
    parser.add_argument("out", type=Path, metavar="DIR", help="the --out folder of a batch run")
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file (created if needed)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsevents.batch.load import load_shards
    from newsevents.config import settings_from
    from newsevents.store import Store

    seconds = settings_from().snapshot_seconds  # the file of settings is not an option here
    with Store.open(args.db, snapshot_seconds=seconds) as store:
        summary = load_shards(args.out, store)
        counts = store.counts()
    print(summary.text(), file=sys.stderr)
    print("store: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 0
