"""`newsevents events --db FILE [filters]` and `newsevents explain EVENT_ID --db FILE`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsevents.cli.common import EXIT_OK, EXIT_USAGE, iso_date, positive_int
from newsevents.cli.render import FORMATS
from newsevents.cli.sanitise import terminal_safe


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    events = subparsers.add_parser(
        "events", help="list stored events", description="List stored events, filtered."
    )
    events.add_argument("--db", type=Path, required=True, help="DuckDB file written by ingest")
    events.add_argument("--source", help="source country (PRK) or actor code prefix (PRKMIL)")
    events.add_argument("--target", help="target country or actor code prefix")
    events.add_argument("--code", help="CAMEO code prefix: 17 = every 17x code")
    events.add_argument("--since", type=iso_date, help="events on or after this date")
    events.add_argument("--until", type=iso_date, help="events on or before this date")
    events.add_argument("--modality", help="asserted, threatened, planned, negated...")
    events.add_argument("--min-confidence", type=float, help="0..1")
    events.add_argument("--limit", type=positive_int, help="at most N events")
    events.add_argument("--format", choices=FORMATS, default="table", help="output format")
    events.set_defaults(func=run_events)

    explain = subparsers.add_parser(
        "explain",
        help="why was an event coded this way?",
        description="Show an event's sentence with source, verb and target marked, the rule, "
        "the versions, the date and place evidence and who reported it.",
    )
    explain.add_argument("event_id", help="event id (or a unique prefix of 6+ characters)")
    explain.add_argument("--db", type=Path, required=True, help="DuckDB file written by ingest")
    explain.add_argument("--json", action="store_true", help="print the stored JSON record")
    explain.set_defaults(func=run_explain)


def run_events(args: argparse.Namespace) -> int:
    from newsevents.cli.render import write_records
    from newsevents.query import EventFilter
    from newsevents.store import Store

    flt = EventFilter(
        source=args.source,
        target=args.target,
        code=args.code,
        since=args.since,
        until=args.until,
        modality=args.modality,
        min_confidence=args.min_confidence,
        limit=args.limit,
    )
    with Store.open(args.db, read_only=True) as store:
        write_records(store.event_records(flt), args.format, sys.stdout)
    return EXIT_OK


def run_explain(args: argparse.Namespace) -> int:
    from newsevents.cli.sanitise import terminal_lines
    from newsevents.query.explain import explain_lines
    from newsevents.store import Store

    with Store.open(args.db, read_only=True) as store:
        record = store.event(args.event_id)
    if record is None:
        wanted = terminal_safe(args.event_id)[:40]
        print(f"newsevents explain: no single event with id {wanted!r} in {args.db}",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(terminal_lines("\n".join(explain_lines(record))))
    return EXIT_OK
