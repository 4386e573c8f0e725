"""`newsevents counts --db FILE --by dyad,day,quad [filters]`: the analyst's first table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.cli.common import EXIT_OK, iso_date
from newsevents.cli.events import add_analyst_filters


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from newsevents.query.counts import DIMENSIONS

    parser = subparsers.add_parser(
        "counts",
        help="count events by dyad, day, quad class ...",
        description="Count stored events (merged happenings), their mentions and articles, "
        f"grouped by any of: {', '.join(DIMENSIONS)}.",
    )
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file written by ingest")
    parser.add_argument("--by", default="dyad,day,quad", help="comma-separated dimensions")
    parser.add_argument("--source", help="source country or actor code prefix")
    parser.add_argument("--target", help="target country or actor code prefix")
    parser.add_argument("--code", help="CAMEO code prefix")
    parser.add_argument("--since", type=iso_date, help="events on or after this date")
    parser.add_argument("--until", type=iso_date, help="events on or before this date")
    parser.add_argument("--modality", help="asserted, threatened, planned, negated...")
    parser.add_argument("--min-confidence", type=float, help="0..1")
    add_analyst_filters(parser)
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    parser.set_defaults(func=run, limit=None)


def run(args: argparse.Namespace) -> int:
    from newsevents.cli.events import filter_of
    from newsevents.cli.reading import open_reader

    with open_reader(args.db) as store:
        frame = store.counts(by=args.by, flt=filter_of(args))
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "jsonl":
        frame.to_json(sys.stdout, orient="records", lines=True, date_format="iso")
        sys.stdout.write("\n" if len(frame) else "")
    else:
        sys.stdout.write(frame.to_string(index=False) + "\n")
    return EXIT_OK
