"""`newsevents serve --db FILE`: the REST API and dashboard on uvicorn.

Binds 127.0.0.1 by default; give `--host 0.0.0.0` deliberately to expose it.
POST /articles is enabled only with `--token-file` (and never with `--read-only`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.cli.common import EXIT_OK, EXIT_USAGE


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the REST API and the dashboard",
        description="Serve the REST API (/openapi.json, /docs) and the dashboard (/).",
    )
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file written by ingest")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--token-file", type=Path, help="file holding the bearer token for POST")
    parser.add_argument("--read-only", action="store_true", help="open the store read-only")
    parser.add_argument("--protect-reads", action="store_true", help="GET needs the token too")
    parser.add_argument("--max-page", type=int, default=500, help="largest page of events")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="seconds per query")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from newsevents.api import ApiConfig, create_app
    from newsevents.api.config import read_token_file

    if not args.read_only and not args.db.exists():
        print(f"newsevents serve: no database at {args.db}: run `newsevents ingest` first",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    config = ApiConfig(
        db=args.db,
        token=read_token_file(args.token_file) if args.token_file else None,
        protect_reads=args.protect_reads,
        read_only=args.read_only,
        max_page=args.max_page,
        query_timeout_s=args.query_timeout,
    )
    app = create_app(config)
    print(f"newsevents: dashboard at http://{args.host}:{args.port}/ "
          f"(API docs at /docs)", file=sys.stderr)  # fmt: skip
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK
