"""`newsevents events --db FILE [filters]` and `newsevents explain EVENT_ID --db FILE`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.cli.common import EXIT_OK, EXIT_USAGE, iso_date, positive_int, shown_threshold
from newsevents.cli.render import FORMATS
from newsevents.cli.sanitise import terminal_safe

if TYPE_CHECKING:
    from newsevents.query import EventFilter
    from newsevents.store import Store


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
    events.add_argument(
        "--min-confidence",
        type=float,
        help="0..1 (default: the calibrated display threshold; see --all)",
    )
    events.add_argument(
        "--all", action="store_true", help="also show events below the display threshold"
    )
    events.add_argument("--limit", type=positive_int, help="at most N events")
    add_analyst_filters(events)
    events.add_argument(
        "--format", choices=(*FORMATS, "parquet"), default="table", help="output format"
    )
    events.add_argument("--output", type=Path, help="file to write (required for parquet)")
    events.add_argument("--force", action="store_true", help="overwrite --output if it exists")
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


def add_analyst_filters(parser: argparse.ArgumentParser) -> None:
    """--actor (either side), --quad, --plover, --place-country, --outlet."""
    parser.add_argument("--actor", help="either side: source or target country / code prefix")
    parser.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="CAMEO quad class")
    parser.add_argument("--plover", help="PLOVER event type, e.g. ASSAULT")
    parser.add_argument("--place-country", help="country code of the event's place")
    parser.add_argument("--outlet", help="an outlet that reported the event")


def filter_of(args: argparse.Namespace) -> EventFilter:
    """The `EventFilter` the command-line options describe."""
    from newsevents.query import EventFilter

    return EventFilter(
        source=args.source, target=args.target, code=args.code, since=args.since,
        until=args.until, modality=args.modality,
        min_confidence=shown_threshold(args.min_confidence, show_all=getattr(args, "all", False)),
        limit=args.limit, actor=args.actor, quad_class=args.quad, plover=args.plover,
        place_country=args.place_country, outlet=args.outlet,
    )  # fmt: skip


def run_events(args: argparse.Namespace) -> int:
    from newsevents.cli.reading import open_reader
    from newsevents.cli.render import write_records

    flt = filter_of(args)
    if args.format == "parquet":
        return _write_parquet(args, flt)
    with open_reader(args.db) as store:
        write_records(store.event_records(flt), args.format, sys.stdout)
    return EXIT_OK


def _write_parquet(args: argparse.Namespace, flt: EventFilter) -> int:
    from newsevents.cli.reading import open_reader
    from newsevents.store.export_common import prepare_file

    if args.output is None:
        print("newsevents events: --format parquet needs --output FILE", file=sys.stderr)
        return EXIT_USAGE
    prepare_file(args.output, force=args.force)
    with open_reader(args.db) as store:
        sql, params = store.events_sql(flt)
        store.copy_to_parquet(sql, args.output, params=params)
    return EXIT_OK


def run_explain(args: argparse.Namespace) -> int:
    from newsevents.cli.reading import open_reader
    from newsevents.cli.sanitise import terminal_lines
    from newsevents.query.explain import explain_lines

    with open_reader(args.db) as store:
        record = store.event(args.event_id)
        replaced = _replaced_chars(store, record)
    if record is None:
        wanted = terminal_safe(args.event_id)[:40]
        print(f"newsevents explain: no single event with id {wanted!r} in {args.db}",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.json:
        print(json.dumps({**record, "article_replaced_chars": replaced}, ensure_ascii=False,
                         indent=2))  # fmt: skip
    else:
        print(terminal_lines("\n".join(explain_lines(record, replaced_chars=replaced))))
    return EXIT_OK


def _replaced_chars(store: Store, record: dict[str, Any] | None) -> int:
    """The event's article's count of replaced bad bytes (0 for stores made before it)."""
    known = store.frame(
        "SELECT count(*) AS n FROM information_schema.columns "
        "WHERE table_name = 'articles' AND column_name = 'replaced_chars'"
    )["n"].tolist()
    if record is None or not known[0]:
        return 0
    sql = "SELECT replaced_chars FROM articles WHERE article_id = ?"
    values: list[Any] = store.frame(sql, [record["article_id"]])["replaced_chars"].tolist()
    return int(values[0] or 0) if values else 0
