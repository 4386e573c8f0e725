"""`newsevents watch FEEDS.txt --db FILE [--interval 300] [--once]`: poll feeds, code new pages.

FEEDS.txt holds one feed URL per line (blank lines and `#` comments ignored).
Each round polls every feed (conditional GET), fetches and codes new pages and
stores them; `--once` runs one round and exits. State lives in the database,
so stopping and restarting never re-codes a page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from newsevents.cli.common import EXIT_USAGE, add_pipeline_options, load_pipeline, settings_of


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "watch",
        help="poll RSS/Atom feeds, code new pages into a store",
        description="Poll feeds, fetch new pages, extract, code and store them, every "
        "--interval seconds (or once with --once). Exit 0; 1 when a round had problems.",
    )
    parser.add_argument("feeds", type=Path, metavar="FEEDS.txt", help="one feed URL per line")
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file (created if needed)")
    parser.add_argument("--interval", type=float, default=300.0, help="seconds between rounds")
    parser.add_argument("--once", action="store_true", help="one round, then exit")
    parser.add_argument(
        "--max-bytes", type=int, default=5_000_000, help="largest page or feed fetched"
    )
    add_pipeline_options(parser)
    parser.set_defaults(func=run)


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs of a FEEDS.txt file."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def run(args: argparse.Namespace) -> int:
    from newsevents.store import Store
    from newsevents.store.duckdb_store import utc_now
    from newsevents.watch.http import Limits
    from newsevents.watch.poller import Watcher

    if not args.feeds.is_file():
        print(f"newsevents watch: no such file: {args.feeds}", file=sys.stderr)
        return EXIT_USAGE
    feeds = read_feed_list(args.feeds)
    settings = settings_of(args)
    pipeline = load_pipeline(settings)
    with Store.open(args.db, snapshot_seconds=settings.snapshot_seconds) as store:
        watcher = Watcher(pipeline, store, Limits(max_bytes=args.max_bytes), utc_now, time.sleep)
        while True:
            summary = watcher.poll(feeds)
            for problem in summary.problems:
                print(f"problem: {problem}", file=sys.stderr)
            stamp = dt.datetime.now(dt.UTC).strftime("%H:%M:%S")
            print(f"{stamp} {summary.text()}", file=sys.stderr)
            if args.once:
                return 1 if summary.problems else 0
            time.sleep(args.interval)
