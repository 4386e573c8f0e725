"""`newsevents ingest PATH... --db FILE`: code files and folders into a DuckDB store.

Progress (articles and articles/s) and rejected records go to stderr; the
summary ends the run. Re-running on the same input adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsevents.batch.local import ProgressCallback
from newsevents.cli.common import (
    EXIT_USAGE,
    add_input_options,
    add_pipeline_options,
    check_paths,
    load_pipeline,
    print_rejected,
    read_inputs,
    rejected_line,
    settings_of,
)
from newsevents.cli.sanitise import terminal_safe
from newsevents.model import Rejected


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="code files and folders into a DuckDB store",
        description="Read, code and store articles, events and rejected records. "
        "Exit 0 when every record was coded, 1 when some were rejected, 2 on a usage or "
        "fatal error, 3 when interrupted (re-run to resume).",
    )
    add_input_options(parser)
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file (created if needed)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace what is stored for re-coded articles (after changing dictionaries)",
    )
    parser.add_argument(
        "--no-merge",
        action="store_true",
        help="keep each article's events apart (no cross-article merging; docs/store_cli.md)",
    )
    add_pipeline_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsevents.batch.local import run_ingest
    from newsevents.dedup.across_articles import rule_from_settings
    from newsevents.store import Store

    problems = check_paths(args.paths)
    if problems:
        print("newsevents ingest: " + "; ".join(problems), file=sys.stderr)
        return EXIT_USAGE
    settings = settings_of(args)
    if args.no_merge:
        settings = settings.with_overrides(merge_across_articles=False)
    pipeline = load_pipeline(settings)
    records = read_inputs(args.paths, args.published, settings)
    store = Store.open(args.db, snapshot_seconds=settings.snapshot_seconds)
    with store, progress_bar(enabled=not args.no_progress) as display:
        progress, report = display
        summary = run_ingest(
            records,
            pipeline,
            store,
            batch_size=settings.batch_size,
            on_rejected=report,
            on_progress=progress,
            replace=args.replace,
            merge=rule_from_settings(settings),
            max_chars=settings.max_article_chars,
            seconds=settings.article_seconds,
        )
    for note in summary.notes:
        print(terminal_safe(note), file=sys.stderr)
    print(summary.text(), file=sys.stderr)
    return summary.exit_status()


@contextmanager
def progress_bar(
    *, enabled: bool
) -> Iterator[tuple[ProgressCallback | None, Callable[[Rejected], None]]]:
    """A rich progress display on stderr (articles, rejected, articles/s, elapsed).

    Yields the progress callback and a printer for rejected records that writes
    above the live bar instead of through it.
    """
    if not enabled:
        yield None, print_rejected
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed:.0f} articles coded, {task.fields[rejected]} rejected"),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("ingest", total=None, rejected=0, rate="-")

        def update(coded: int, rejected: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{coded / elapsed:.1f}" if elapsed > 0 else "-"
            progress.update(task, completed=coded, rejected=rejected, rate=rate)

        def report(record: Rejected) -> None:
            progress.console.print(
                rejected_line(record),
                markup=False,
                highlight=False,
                soft_wrap=True,
            )

        yield update, report
