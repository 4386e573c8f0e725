"""`newsevents evaluate TASK GOLD.jsonl [--json] [--errors FILE]`: the accuracy harness.

A thin layer over `newsevents.evaluate.runner.evaluate`: it parses arguments,
sends progress to stderr (so `--json` leaves exactly one JSON object on
stdout), and turns a missing or malformed gold file into a message naming
the file and line with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.errors import GoldFormatError

if TYPE_CHECKING:
    from newsevents.evaluate.runner import EvalResult

TASK_NAMES = ("events", "pentaclass", "spans", "actors", "timex", "geo", "articles")
EXIT_OK = 0
EXIT_BAD_INPUT = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `evaluate` subcommand; its handler is `args.func(args) -> int`."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score the coder against a gold JSONL file",
        description="Code every gold row with the pipeline and compare with the gold answer.",
    )
    parser.add_argument("task", choices=TASK_NAMES, help="which kind of gold file this is")
    parser.add_argument(
        "gold", type=Path, help="gold JSON Lines file (for `articles`: the JSON key file)"
    )
    parser.add_argument(
        "--docs",
        type=Path,
        action="append",
        default=[],
        help="articles task: JSON Lines file with the keyed articles' texts (repeatable)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="articles task: count events at or above this confidence (default: the setting)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object on stdout instead of a report"
    )
    parser.add_argument(
        "--errors", type=Path, default=None, help="write every miss and false alarm as JSON lines"
    )
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size")
    parser.set_defaults(func=run)


def _progress(done: int, total: int) -> None:
    print(f"\rcoded {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)


def _evaluate(args: argparse.Namespace) -> EvalResult:
    """Run the task the arguments name (`articles` reads keys and texts separately)."""
    from newsevents.evaluate.runner import evaluate

    if args.task != "articles":
        return evaluate(args.task, args.gold, batch_size=args.batch_size, progress=_progress)
    from newsevents.evaluate.articles import evaluate_articles

    if not args.docs:
        raise GoldFormatError("the articles task needs --docs DOCS.jsonl with the article texts")
    return evaluate_articles(
        args.gold, args.docs, threshold=args.threshold, batch_size=args.batch_size
    )


def run(args: argparse.Namespace) -> int:
    """Handle `newsevents evaluate`; returns the exit status."""
    from newsevents.errors import NewsEventsError
    from newsevents.evaluate.report import format_report, to_json, write_errors

    try:
        result = _evaluate(args)
    except NewsEventsError as exc:
        print(f"newsevents evaluate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OSError, ValueError) as exc:  # raised by the actors/timex/geo gold readers
        print(f"newsevents evaluate: cannot read {args.gold}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.errors is not None:
        count = write_errors(args.errors, result.errors, result.task)
        print(f"wrote {count} errors to {args.errors}", file=sys.stderr)
    print(to_json(result) if args.json else format_report(result))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the subcommand on its own (`python -m newsevents.cli.evaluate TASK GOLD`)."""
    parser = argparse.ArgumentParser(prog="newsevents")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["evaluate", *(sys.argv[1:] if argv is None else argv)])
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
