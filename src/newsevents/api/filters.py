"""Query-string filters shared by /events and /stats/*, turned into one WHERE clause.

The filters are the CLI's, from `newsevents.query.EventFilter`; the one it
lacks (the place's GeoNames id, for the map) is added here by
`extra_conditions`, a small separate function, so it can move into the query
layer later without changing the API.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query

from newsevents.model import Modality
from newsevents.query import EventFilter, where_clause
from newsevents.query.aggregates import and_where


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The CLI filters (`base`) plus the API's extra one."""

    base: EventFilter
    place_id: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The ``WHERE ...`` text (or "") and its parameters."""
        where, params = where_clause(self.base)
        for condition, values in extra_conditions(self):
            where = and_where(where, condition)
            params += values
        return where, params


def extra_conditions(query: EventQuery) -> list[tuple[str, list[Any]]]:
    """SQL conditions for the filters `EventFilter` lacks (values as parameters only)."""
    if query.place_id is None:
        return []
    return [("place_geonameid = ?", [query.place_id])]


Code = Annotated[
    str | None, Query(description="actor: country (PRK) or code prefix (PRKMIL)", max_length=40)
]


def event_query(
    source: Code = None,
    target: Code = None,
    actor: Annotated[str | None, Query(description="source or target", max_length=40)] = None,
    code: Annotated[
        str | None, Query(description="CAMEO code prefix: 17 = every 17x", pattern=r"^[0-9]{1,4}$")
    ] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="CAMEO quad class 1-4")] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
    since: Annotated[dt.date | None, Query(description="events on or after")] = None,
    until: Annotated[dt.date | None, Query(description="events on or before")] = None,
    modality: Annotated[Modality | None, Query(description="asserted, threatened, ...")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    place_country: Annotated[str | None, Query(max_length=3, description="ISO-3")] = None,
    place_id: Annotated[int | None, Query(ge=0, le=2**53, description="GeoNames id")] = None,
    outlet: Annotated[
        str | None, Query(max_length=200, description="an outlet that reported it")
    ] = None,
) -> EventQuery:
    """FastAPI dependency: the filters of a request (bad values raise `FilterError`: 400)."""
    base = EventFilter(
        source=source,
        target=target,
        code=code,
        since=since,
        until=until,
        modality=modality,
        min_confidence=min_confidence,
        actor=actor,
        quad_class=quad,
        plover=plover,
        place_country=place_country,
        outlet=outlet,
    )
    return EventQuery(base, place_id)
