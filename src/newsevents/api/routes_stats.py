"""GET /stats/timeline, /stats/dyads and /stats/places: aggregates for charts and the map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from newsevents.api.deps import DB, require_reader
from newsevents.api.filters import EventQuery, event_query
from newsevents.api.models import Dyads, ErrorOut, Places, Timeline
from newsevents.query.aggregates import Bucket, dyads_sql, places_sql, timeline_sql

router = APIRouter(prefix="/stats", tags=["stats"], dependencies=[Depends(require_reader)])
ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorOut}, 503: {"model": ErrorOut}}
Filters = Annotated[EventQuery, Depends(event_query)]


@router.get("/timeline", response_model=Timeline, responses=ERRORS)
def timeline(db: DB, query: Filters, by: Bucket = "day") -> dict[str, Any]:
    """Events per day, week or month: counts per quad class and mean Goldstein score.

    `source` and `target` pick the dyad; every /events filter applies.
    """
    where, params = query.where()
    return {"by": by, "points": db.dicts(*timeline_sql(where, params, by))}


@router.get("/dyads", response_model=Dyads, responses=ERRORS)
def dyads(db: DB, query: Filters, top: Annotated[int, Query(ge=1, le=500)] = 20) -> dict[str, Any]:
    """The `top` source→target country pairs by number of events."""
    where, params = query.where()
    return {"dyads": db.dicts(*dyads_sql(where, params, top))}


@router.get("/places", response_model=Places, responses=ERRORS)
def places(
    db: DB, query: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 2000
) -> dict[str, Any]:
    """Events per resolved place, with coordinates and counts per quad class (for the map)."""
    where, params = query.where()
    return {"places": db.dicts(*places_sql(where, params, limit))}
