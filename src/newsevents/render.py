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

from newsevents.store.records import CSV_COLUMNS, flat_record

Format = Literal["table", "jsonl", "csv"]
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
        rows = [flat_record(r) for r in records]
        writer.writerows(rows)
        return len(rows)
    return write_table(list(records), stream)


def write_table(records: list[dict[str, Any]], stream: TextIO) -> int:
    """A rich table, one row per event (wide when the output is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for name in ("id", "date", "source", "code", "target", "place", "status", "conf", "sentence"):
        table.add_column(name, overflow="fold")
    for record in records:
        table.add_row(*_row(record))
    console = Console(file=stream, width=None if stream.isatty() else 160, highlight=False)
    console.print(table)
    console.print(f"{len(records)} event(s)")
    return len(records)


def _row(record: dict[str, Any]) -> list[str]:
    place = record.get("place") or {}
    code = f"{record.get('cameo_code')} {record.get('cameo_name') or ''}".strip()
    sentence = record.get("sentence") or ""
    return [
        str(record.get("event_id", ""))[:10],
        str(record.get("date") or "?"),
        _actor(record.get("source")),
        code,
        _actor(record.get("target")),
        str(place.get("name") or ""),
        str(record.get("modality") or ""),
        f"{record.get('confidence', 0):.2f}",
        sentence if len(sentence) <= 90 else sentence[:87] + "...",
    ]


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('code')} ({actor.get('text')})"
