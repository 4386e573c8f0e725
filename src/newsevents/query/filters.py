"""Typed event filters turned into parameterised SQL over the store's `events` table.

Why a dataclass and not keyword soup: the CLI, the Python API, the REST API and
notebooks all filter the same way, so the meaning of `--source PRK` or
`--code 17` is defined once, here. Values only ever travel as SQL parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, get_args

from newsevents.errors import FilterError
from newsevents.model import Modality

MODALITIES = frozenset(get_args(Modality))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list.

    `source` / `target`: a country code (``PRK``) or a prefix of the full actor
    code (``PRKMIL``, ``IGO``); `actor` matches either side the same way. `code`:
    a CAMEO code prefix (``17`` = all coercion, ``1712`` exactly that and its
    children). `since` / `until`: inclusive bounds on the event date.
    `quad_class` 1-4; `plover` a PLOVER event type (``ASSAULT``); `place_country`
    the country of the event's place; `outlet` an outlet that reported the event
    (any of its mentions). `limit` None means no limit.
    """

    source: str | None = None
    target: str | None = None
    code: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    modality: str | None = None
    min_confidence: float | None = None
    article_id: str | None = None
    limit: int | None = None
    actor: str | None = None
    quad_class: int | None = None
    plover: str | None = None
    place_country: str | None = None
    outlet: str | None = None

    def __post_init__(self) -> None:
        if self.code is not None and not self.code.isdigit():
            raise FilterError(f"CAMEO code filter {self.code!r} must be digits, e.g. 17 or 1712")
        if self.modality is not None and self.modality not in MODALITIES:
            known = ", ".join(sorted(MODALITIES))
            raise FilterError(f"unknown modality {self.modality!r}; use one of {known}")
        if self.limit is not None and self.limit < 0:
            raise FilterError(f"limit must be 0 or more, got {self.limit}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise FilterError(f"min confidence must be between 0 and 1, got {self.min_confidence}")
        if self.quad_class is not None and self.quad_class not in {1, 2, 3, 4}:
            raise FilterError(f"quad class must be 1, 2, 3 or 4, got {self.quad_class}")
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"since ({self.since}) is after until ({self.until})")


def where_clause(flt: EventFilter) -> tuple[str, list[Any]]:
    """The ``WHERE ...`` text (or "") and its parameters for `flt`."""
    parts: list[str] = []
    params: list[Any] = []
    for side, value in (("source", flt.source), ("target", flt.target)):
        if value:
            parts.append(f"({side}_country = ? OR starts_with({side}_code, ?))")
            params += [value.upper(), value.upper()]
    if flt.actor:
        parts.append(
            "(source_country = ? OR starts_with(source_code, ?) "
            "OR target_country = ? OR starts_with(target_code, ?))"
        )
        params += [flt.actor.upper()] * 4
    simple: tuple[tuple[str, Any], ...] = (
        ("starts_with(cameo_code, ?)", flt.code),
        ("date >= ?", flt.since),
        ("date <= ?", flt.until),
        ("modality = ?", flt.modality),
        ("confidence >= ?", flt.min_confidence),
        ("article_id = ?", flt.article_id),
        ("quad_class = ?", flt.quad_class),
        ("plover = ?", flt.plover.upper() if flt.plover else None),
        ("place_country = ?", flt.place_country.upper() if flt.place_country else None),
        ("event_id IN (SELECT event_id FROM mentions WHERE outlet = ?)", flt.outlet),
    )
    for sql, value in simple:
        if value is not None:
            parts.append(sql)
            params.append(value)
    return ("WHERE " + " AND ".join(parts) if parts else ""), params


def select_events(flt: EventFilter, columns: str = "record") -> tuple[str, list[Any]]:
    """A full, ordered SELECT over `events` for `flt` (columns are code-chosen, never user text)."""
    where, params = where_clause(flt)
    order = "ORDER BY date NULLS LAST, article_id, sentence_index, event_id"
    sql = f"SELECT {columns} FROM events {where} {order}"
    if flt.limit is not None:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return sql, params
