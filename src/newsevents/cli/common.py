"""What several subcommands share: pipeline options, settings, inputs and rejections.

Handlers return an exit status: 0 all coded, 1 some records rejected (printed
to stderr and, for `ingest`, stored), 2 usage or fatal error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.config import Settings, settings_from
from newsevents.model import Article, Rejected

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
STDIN = Path("-")


def iso_date(value: str) -> dt.date:
    """argparse type for dates: a full calendar date in any common form (ISO preferred)."""
    from newsevents.ingest import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """Options that change how articles are coded (dictionaries, batch size, settings file)."""
    group = parser.add_argument_group("coding")
    group.add_argument("--settings", type=Path, help="TOML settings file ([newsevents] table)")
    group.add_argument(
        "--actors", type=Path, action="append", help="extra actor dictionary (repeatable)"
    )
    group.add_argument(
        "--lexicon", type=Path, action="append", help="extra event lexicon (repeatable)"
    )
    group.add_argument(
        "--cues", type=Path, action="append", help="extra speech/modality cue file (repeatable)"
    )
    group.add_argument("--batch-size", type=int, help="articles per spaCy/store batch")
    group.add_argument(
        "--processes", type=int, help="parse in this many worker processes (default 1)"
    )


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="files or folders (- = stdin)"
    )
    parser.add_argument(
        "--published", type=iso_date, help="publication date for text that carries none"
    )


def settings_of(args: argparse.Namespace) -> Settings:
    """Settings from the file, the environment and the command line (in rising priority)."""
    return settings_from(
        args.settings,
        actor_paths=tuple(args.actors) if args.actors else None,
        lexicon_paths=tuple(args.lexicon) if args.lexicon else None,
        cue_paths=tuple(args.cues) if args.cues else None,
        batch_size=args.batch_size,
        n_process=args.processes,
        db=getattr(args, "db", None),
    )


def shown_threshold(given: float | None, *, show_all: bool) -> float | None:
    """The confidence floor of a listing: the one given, none with `--all`, else the
    calibrated display threshold (events below it are stored but not shown)."""
    if given is not None or show_all:
        return given
    from newsevents.coding.attribution.confidence import ConfidenceModel

    return ConfidenceModel.load().threshold


def load_pipeline(settings: Settings) -> Pipeline:
    from newsevents.pipeline import Pipeline

    return Pipeline.load(settings)


def check_paths(paths: list[Path]) -> list[str]:
    """Usage problems with the input paths (missing ones), as messages."""
    return [f"no such file or folder: {p}" for p in paths if p != STDIN and not p.exists()]


def read_inputs(paths: list[Path], published: dt.date | None) -> Iterator[Article | Rejected]:
    """Records of every path in order; ``-`` is one text article read from standard input."""
    from newsevents.errors import RecordError
    from newsevents.ingest import read_paths
    from newsevents.ingest.common import rejected
    from newsevents.ingest.text import parse_text_article

    for path in paths:
        if path != STDIN:
            yield from read_paths([path], published=published)
            continue
        raw = sys.stdin.read()
        try:
            yield parse_text_article(raw, "<stdin>", published=published)
        except RecordError as error:
            yield rejected(error, raw)


def print_rejected(record: Rejected) -> None:
    """One line per rejected record on stderr: ``rejected ORIGIN: REASON``."""
    print(f"rejected {record.origin}: {record.reason}", file=sys.stderr)
