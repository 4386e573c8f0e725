"""`newsevents export gdelt|plover|parquet --db FILE OUT`: files other tools load.

The database is opened read-only, so an export runs beside an ingest or a
notebook; an existing output is only overwritten with `--force`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from newsevents.cli.common import EXIT_OK

KINDS = {
    "gdelt": "GDELT 2.0 events.tsv (61 columns) and mentions.tsv (16) into the folder OUT",
    "plover": "one POLECAT-style JSON record per event into the JSON Lines file OUT",
    "parquet": "events, mentions and articles as Parquet partitioned by month into OUT",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the store (GDELT 2.0, PLOVER JSON Lines, Parquet)",
        description="Write the stored events in formats other tools load.",
    )
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="FORMAT")
    for kind, text in KINDS.items():
        sub = kinds.add_parser(kind, help=text, description=text)
        sub.add_argument("out", type=Path, help="output folder or file")
        sub.add_argument("--db", type=Path, required=True, help="DuckDB file written by ingest")
        sub.add_argument("--force", action="store_true", help="overwrite an existing output")
        if kind == "gdelt":
            sub.add_argument(
                "--tone-placeholder",
                type=float,
                help="write this as AvgTone/MentionDocTone (a placeholder, not a measurement)",
            )
        sub.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsevents.cli.reading import open_reader

    with open_reader(args.db) as store:
        options = {"tone_placeholder": args.tone_placeholder} if args.kind == "gdelt" else {}
        counts = exporter(args.kind)(store, args.out, force=args.force, **options)
    print(json.dumps({"format": args.kind, "out": str(args.out), **counts}), file=sys.stderr)
    return EXIT_OK


def exporter(kind: str) -> Callable[..., dict[str, int]]:
    """The library function behind `export KIND`."""
    if kind == "gdelt":
        from newsevents.store.export_gdelt import export_gdelt

        return export_gdelt
    if kind == "plover":
        from newsevents.store.export_plover import export_plover

        return export_plover
    from newsevents.store.export_parquet import export_parquet

    return export_parquet
