"""What several subcommands share: pipeline options, settings, inputs and rejections.

Handlers return an exit status: 0 all coded, 1 some records rejected (printed
to stderr and, for `ingest`, stored), 2 usage or fatal error, 3 interrupted
(Ctrl-C or SIGTERM; what was stored stays stored and a re-run resumes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.cli.sanitise import terminal_safe
from newsevents.config import Settings, settings_from
from newsevents.ingest.clean import clean_text
from newsevents.model import Article, Rejected

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 3
STDIN = Path("-")
MAX_LIMIT = 10**9


def iso_date(value: str) -> dt.date:
    """argparse type for dates: a full calendar date in any common form (ISO preferred)."""
    from newsevents.errors import RecordError
    from newsevents.ingest import parse_date
    from newsevents.ingest.dates import check_range

    parsed = parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(
            f"cannot read {clean_text(value)[:60]!r} as an absolute date; use YYYY-MM-DD"
        )
    try:
        check_range(parsed, "date")
    except RecordError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from exc
    return parsed


def positive_int(value: str) -> int:
    """argparse type for counts such as --limit: 1..MAX_LIMIT, refused otherwise."""
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {clean_text(value)[:40]!r}") from exc
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_LIMIT:,}")
    return number


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
    group.add_argument("--batch-size", type=positive_int, help="articles per spaCy/store batch")
    group.add_argument(
        "--processes", type=positive_int, help="parse in this many worker processes (default 1)"
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


def read_inputs(
    paths: list[Path], published: dt.date | None, settings: Settings | None = None
) -> Iterator[Article | Rejected]:
    """Records of every path (each file once, however spelt); ``-`` is one text article
    read from standard input, after the files."""
    from newsevents.errors import RecordError
    from newsevents.ingest import read_paths
    from newsevents.ingest.common import rejected
    from newsevents.ingest.text import parse_text_article

    limits = settings or Settings()
    files = [p for p in paths if p != STDIN]
    yield from read_paths(
        files,
        published=published,
        max_file_bytes=limits.max_file_bytes,
        max_record_bytes=limits.max_record_bytes,
    )
    if STDIN in paths:
        raw = sys.stdin.read(limits.max_file_bytes + 1)
        if len(raw) > limits.max_file_bytes:
            yield rejected(RecordError("<stdin>", "standard input too large (max_file_bytes)"))
            return
        try:
            yield parse_text_article(raw, "<stdin>", published=published)
        except RecordError as error:
            yield rejected(error, raw)


def print_rejected(record: Rejected) -> None:
    """One line per rejected record on stderr: ``rejected ORIGIN: REASON`` (sanitised)."""
    print(rejected_line(record), file=sys.stderr)


def rejected_line(record: Rejected) -> str:
    """The printable line for a rejected record: no control or escape sequences."""
    return f"rejected {terminal_safe(record.origin)}: {terminal_safe(record.reason)}"
