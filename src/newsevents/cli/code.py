"""`newsevents code ARTICLE...`: print the events of articles without storing them."""

from __future__ import annotations

import argparse
import sys

from newsevents.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    add_input_options,
    add_pipeline_options,
    check_paths,
    load_pipeline,
    print_rejected,
    read_inputs,
    settings_of,
)
from newsevents.cli.render import FORMATS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "code",
        help="print the events of one or more articles",
        description="Code articles (text, JSON Lines, HTML, feeds, WARC, folders) and print "
        "their events. Nothing is stored. Exit 1 when some records were rejected.",
    )
    add_input_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument(
        "--all", action="store_true", help="also print events below the display threshold"
    )
    add_pipeline_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsevents.batch.local import code_batch
    from newsevents.cli.render import write_records
    from newsevents.model import Article, Rejected
    from newsevents.store.records import event_record

    problems = check_paths(args.paths)
    if problems:
        print("newsevents code: " + "; ".join(problems), file=sys.stderr)
        return EXIT_USAGE
    settings = settings_of(args)
    pipeline = load_pipeline(settings)
    records = list(read_inputs(args.paths, args.published))
    rejected = [r for r in records if isinstance(r, Rejected)]
    articles = [r for r in records if isinstance(r, Article)]
    coded, failed = code_batch(pipeline, articles, settings.batch_size)
    for record in [*rejected, *failed]:
        print_rejected(record)
    floor = 0.0 if args.all else pipeline.show_threshold
    events = [event_record(e, c.article) for c in coded for e in c.events if e.confidence >= floor]
    write_records(events, args.format, sys.stdout)
    return EXIT_REJECTED if rejected or failed else EXIT_OK
