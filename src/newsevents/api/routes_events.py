"""GET /events (filters, cursor pages, JSON or CSV) and GET /events/{id} (with its evidence)."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from newsevents.api.deps import DB, Config, require_reader
from newsevents.api.errors import NotFoundError
from newsevents.api.filters import EventQuery, event_query
from newsevents.api.models import ErrorOut, EventDetail, EventPage, EventRecord
from newsevents.query.explain import explain_lines
from newsevents.query.pages import decode_cursor, encode_cursor, page_sql
from newsevents.store import CSV_COLUMNS, flat_record
from newsevents.store.duckdb_store import COUNTED_RECORD, MERGE_COLUMNS

router = APIRouter(tags=["events"], dependencies=[Depends(require_reader)])
PageSize = Annotated[int | None, Query(ge=1, description="page size (server maximum applies)")]
Cursor = Annotated[str | None, Query(max_length=400, description="next_cursor of a page")]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 503: {"model": ErrorOut},
}  # fmt: skip


@router.get(
    "/events",
    response_model=EventPage,
    responses={**ERRORS, 200: {"content": {"text/csv": {}}}},
    summary="List events: filters, cursor pagination, JSON or CSV",
)
def list_events(
    db: DB,
    config: Config,
    query: Annotated[EventQuery, Depends(event_query)],
    limit: PageSize = None,
    cursor: Cursor = None,
    format: Annotated[Literal["json", "csv"], Query()] = "json",
) -> Any:
    """Events in date order. The next page: `?cursor=<next_cursor>` with the same filters."""
    size = min(limit or config.default_page, config.max_page)
    where, params = query.where()
    after = decode_cursor(cursor) if cursor else None
    rows = db.rows(*page_sql(where, params, size=size, after=after, columns=COUNTED_RECORD))
    records = [counted_record(row[4:]) for row in rows[:size]]
    next_cursor = None
    if len(rows) > size:
        date, article, sentence, event = rows[size - 1][:4]
        next_cursor = encode_cursor((str(date), str(article), int(sentence), str(event)))
    if format == "csv":
        return _csv(records, next_cursor)
    return {"events": records, "count": len(records), "next_cursor": next_cursor}


def _csv(records: list[dict[str, Any]], next_cursor: str | None) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat_record(r) for r in records)
    headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/events/{event_id}", response_model=EventDetail, responses=ERRORS)
def get_event(db: DB, event_id: str) -> dict[str, Any]:
    """One event with its evidence, rule, confidence, reported_by chain and every mention."""
    found = db.rows(
        f"SELECT {COUNTED_RECORD} FROM events WHERE event_id = ? OR "
        "(length(?) >= 6 AND starts_with(event_id, ?)) LIMIT 2",
        [event_id, event_id, event_id],
    )
    if len(found) != 1:
        raise NotFoundError(f"no single event with id {event_id!r}")
    record = counted_record(found[0])
    return {
        "event": record,
        "mentions": mentions(db, record),
        "explanation": explain_lines(record),
    }


def counted_record(row: tuple[Any, ...]) -> dict[str, Any]:
    """The stored JSON record with its event's merge counts (num_articles, ...) added."""
    record: dict[str, Any] = json.loads(row[0])
    for name, value in zip(MERGE_COLUMNS, row[1:], strict=True):
        record[name] = _plain(value)
    return record


def mentions(db: DB, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every article reporting the event: the `mentions` table where the store has one,
    else the one article the event was coded from."""
    if db.has_table("mentions"):
        rows = db.dicts("SELECT * FROM mentions WHERE event_id = ?", [record["event_id"]])
        if rows:
            return [{k: _plain(v) for k, v in row.items()} for row in rows]
    return [
        {
            "event_id": record["event_id"],
            "article_id": record["article_id"],
            "outlet": record.get("outlet"),
            "title": record.get("title"),
            "url": record.get("url"),
            "published": record.get("published"),
            "sentence": record.get("sentence"),
        }
    ]


def _plain(value: Any) -> Any:
    """A JSON-ready value (dates and timestamps as ISO text)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


__all__ = ["EventRecord", "router"]
