"""Printing event records: a rich table for people, JSON Lines and CSV for programs.

Why records and not `Event` objects: stored events come back as records, and
freshly coded ones are turned into the same records (`store.records`), so one
renderer serves `code`, `events` and anything else that lists events.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from newsevents.cli.sanitise import csv_safe, terminal_safe
from newsevents.store.records import CSV_COLUMNS, flat_record

Format = Literal["table", "jsonl", "csv"]
_WIDTHS = {"source": 24, "target": 24, "place": 14, "sentence": 60}
_MIN_WIDTHS = {"id": 10, "date": 10, "code": 4, "status": 9, "conf": 4}
COLUMNS = ("id", "date", "source", "code", "target", "place", "status", "conf", "sentence")
_NEEDS_WIDTH = {"sentence": 140, "place": 115, "conf": 100, "status": 90, "id": 80}
FORMATS: tuple[Format, ...] = ("table", "jsonl", "csv")


def write_records(records: Iterable[dict[str, Any]], fmt: Format, stream: TextIO) -> int:
    """Write `records` to `stream` in `fmt`; return how many were written."""
    if fmt == "jsonl":
        count = 0
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        rows = [{k: csv_safe(v) for k, v in flat_record(r).items()} for r in records]
        writer.writerows(rows)
        return len(rows)
    return write_table(list(records), stream)


def write_table(records: list[dict[str, Any]], stream: TextIO) -> int:
    """A rich table, one line per event; on narrow terminals the least useful columns go first."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, width=None if stream.isatty() else 180, highlight=False)
    columns = [c for c in COLUMNS if console.width >= _NEEDS_WIDTH.get(c, 0)]
    table = Table(show_lines=False, header_style="bold", box=None, pad_edge=False)
    for name in columns:
        table.add_column(
            name,
            no_wrap=True,
            overflow="ellipsis",
            max_width=_WIDTHS.get(name),
            min_width=_MIN_WIDTHS.get(name),
        )
    for record in records:
        row = _row(record)
        table.add_row(*(Text(terminal_safe(row[c])) for c in columns))  # never markup
    console.print(table)
    console.print(f"{len(records)} event(s)")
    return len(records)


def _row(record: dict[str, Any]) -> dict[str, str]:
    place = record.get("place") or {}
    return {
        "id": str(record.get("event_id", ""))[:10],
        "date": str(record.get("date") or "?"),
        "source": _actor(record.get("source")),
        "code": str(record.get("cameo_code")),
        "target": _actor(record.get("target")),
        "place": str(place.get("name") or ""),
        "status": str(record.get("modality") or ""),
        "conf": f"{record.get('confidence', 0):.2f}",
        "sentence": " ".join((record.get("sentence") or "").split()),
    }


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('code')} {actor.get('text')}"
