"""`newsevents batch PATH... --out DIR`: code on a Dask cluster into Parquet shards.

A LocalCluster of `--workers` processes by default, or any running scheduler
given with `--scheduler` (then DIR must be on a filesystem every worker sees).
Re-running the same command resumes: finished partitions are skipped. Merge
the shards into a database with `newsevents load DIR --db FILE`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.cli.common import (
    EXIT_USAGE,
    add_input_options,
    add_pipeline_options,
    check_paths,
    read_inputs,
    settings_of,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="code files on a Dask cluster into Parquet shards (resumable)",
        description="Code articles on Dask into Parquet shards under --out, one per partition; "
        "a re-run resumes. Exit 0 when every record was coded, 1 when some were rejected.",
    )
    add_input_options(parser)
    parser.add_argument("--out", type=Path, required=True, help="output folder for the shards")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=1, help="LocalCluster workers (default 1)")
    where.add_argument("--scheduler", help="address of a running scheduler (tcp://HOST:8786)")
    parser.add_argument(
        "--partition-size", type=int, default=500, help="articles per partition/shard"
    )
    parser.add_argument("--quiet", action="store_true", help="no line per finished partition")
    add_pipeline_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsevents.batch.dask_runner import open_client, run_batch
    from newsevents.batch.shards import ShardResult

    problems = check_paths(args.paths)
    if args.workers < 1 or args.partition_size < 1:
        problems.append("--workers and --partition-size must be at least 1")
    if problems:
        print("newsevents batch: " + "; ".join(problems), file=sys.stderr)
        return EXIT_USAGE
    settings = settings_of(args)

    def report(result: ShardResult) -> None:
        if not args.quiet:
            print(
                f"{result.name}: {result.coded} coded, {result.rejected} rejected, "
                f"{result.events} events ({result.seconds:.1f} s)",
                file=sys.stderr,
            )

    with open_client(workers=args.workers, scheduler=args.scheduler) as client:
        print(f"dashboard: {client.dashboard_link}", file=sys.stderr)
        summary = run_batch(
            read_inputs(args.paths, args.published),
            args.out,
            client,
            partition_size=args.partition_size,
            batch_size=settings.batch_size,
            settings=settings,
            on_done=report,
        )
    print(summary.text(), file=sys.stderr)
    return 1 if summary.rejected else 0
