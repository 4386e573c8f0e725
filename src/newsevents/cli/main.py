"""The `newsevents` command: one subcommand per module, each a thin layer over the library.

Exit status: 0 success (every record coded), 1 some input records rejected,
2 usage or fatal error (bad arguments, unreadable database, bad settings),
3 interrupted (Ctrl-C or SIGTERM; what was stored stays stored, re-run to resume).
An unexpected error prints one line naming it (no traceback unless
``NEWSEVENTS_TRACEBACK=1``) and exits 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from newsevents.cli import batch as cli_batch
from newsevents.cli import code as cli_code
from newsevents.cli import counts as cli_counts
from newsevents.cli import evaluate as cli_evaluate
from newsevents.cli import events as cli_events
from newsevents.cli import export as cli_export
from newsevents.cli import ingest as cli_ingest
from newsevents.cli import load as cli_load
from newsevents.cli import serve as cli_serve
from newsevents.cli import watch as cli_watch
from newsevents.cli.common import EXIT_INTERRUPTED, EXIT_USAGE
from newsevents.cli.sanitise import terminal_safe


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Political event data (CAMEO + PLOVER) from news articles.",
    )
    parser.add_argument("--version", action="version", version=_version())
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (cli_code, cli_ingest, cli_events):
        module.register(subparsers)
    cli_evaluate.register(subparsers)
    cli_export.register(subparsers)
    cli_counts.register(subparsers)
    cli_serve.register(subparsers)
    cli_batch.register(subparsers)
    cli_load.register(subparsers)
    cli_watch.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    from newsevents.errors import NewsEventsError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    _interrupt_on_sigterm()
    try:
        status: int = args.func(args)
    except NewsEventsError as exc:
        print(f"newsevents {args.command}: {terminal_safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("newsevents: interrupted (what was stored stays stored)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one clear line, not a traceback, unless asked for
        if os.environ.get("NEWSEVENTS_TRACEBACK") == "1":
            raise
        message = terminal_safe(f"{type(exc).__name__}: {exc}")[:300]
        print(f"newsevents {args.command}: fatal error: {message} "
              "(set NEWSEVENTS_TRACEBACK=1 to see where)", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    return status


def _interrupt_on_sigterm() -> None:
    """Treat SIGTERM like Ctrl-C, so a stopped run ends cleanly with exit status 3."""
    import signal
    import threading

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _version() -> str:
    from newsevents import __version__

    return f"newsevents {__version__}"


if __name__ == "__main__":
    sys.exit(main())
