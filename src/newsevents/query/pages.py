"""Keyset (cursor) pagination over events in the store's one event order.

Why keyset and not OFFSET: a page costs the same however deep it is, and rows
added between two requests do not shift later pages. The cursor is the sort key
of the last row served, encoded as URL-safe base64 JSON; it is opaque to
clients and checked on the way back in.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

from newsevents.errors import FilterError
from newsevents.query.aggregates import and_where

NO_DATE = "9999-12-31"  # sorts undated events last, as `select_events` does
SORT_KEY = "(coalesce(date, DATE '9999-12-31'), article_id, sentence_index, event_id)"
KEY_COLUMNS = "CAST(coalesce(date, DATE '9999-12-31') AS VARCHAR), article_id, sentence_index"


def page_sql(
    where: str,
    params: list[Any],
    *,
    size: int,
    after: tuple[str, str, int, str] | None,
    columns: str = "record",
) -> tuple[str, list[Any]]:
    """One page (plus one row, to know if more follow) after the `after` key.

    Each row is the four sort-key values, then `columns` (code-chosen, never user text).
    """
    args = list(params)
    if after is not None:
        where = and_where(where, f"{SORT_KEY} > (CAST(? AS DATE), ?, ?, ?)")
        args += list(after)
    sql = (
        f"SELECT {KEY_COLUMNS}, event_id, {columns} FROM events {where} ORDER BY {SORT_KEY} LIMIT ?"
    )
    return sql, [*args, size + 1]


def encode_cursor(key: tuple[str, str, int, str]) -> str:
    """The opaque cursor for the row with sort key `key`."""
    raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, int, str]:
    """The sort key inside `cursor`; `FilterError` when it was not made by `encode_cursor`."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        date, article, sentence, event = json.loads(raw)
        dt.date.fromisoformat(date)
        if not (isinstance(article, str) and isinstance(event, str) and isinstance(sentence, int)):
            raise ValueError("wrong types")
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise FilterError(f"invalid cursor {cursor[:40]!r}: use the next_cursor of a page") from exc
    return date, article, sentence, event
