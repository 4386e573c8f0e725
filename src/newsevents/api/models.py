"""Response and request bodies, so /openapi.json documents every endpoint.

Event records are the store's JSON records (`newsevents.store.records`): the
fields every record has are typed here, and any field a newer store adds
(mention counts, for instance) passes through because extra fields are allowed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    """A model that keeps fields it does not name (records grow; names never change)."""

    model_config = ConfigDict(extra="allow")


class ActorOut(Open):
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    text: str | None = None


class EventRecord(Open):
    event_id: str
    article_id: str
    date: str | None = None
    date_precision: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    cameo_code: str
    cameo_root: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    modality: str | None = None
    confidence: float | None = None
    place: dict[str, Any] | None = None
    reported_by: list[dict[str, Any]] = Field(default_factory=list)
    sentence: str | None = None
    evidence: dict[str, Any] | None = None
    rule: str | None = None


class EventPage(BaseModel):
    events: list[EventRecord]
    count: int = Field(description="events on this page")
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null: last")


class EventDetail(BaseModel):
    event: EventRecord
    mentions: list[dict[str, Any]] = Field(description="every article reporting this event")
    explanation: list[str] = Field(description="why it was coded so, as lines of text")


class Mark(BaseModel):
    event_id: str
    role: Literal["source", "verb", "target"]
    start: int
    end: int


class ArticleOut(BaseModel):
    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    text: str
    events: list[EventRecord]
    marks: list[Mark] = Field(description="character spans of each event's source/verb/target")


class Counts(BaseModel):
    total: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_mean: float | None


class TimelinePoint(Counts):
    period: dt.date


class Timeline(BaseModel):
    by: Literal["day", "week", "month"]
    points: list[TimelinePoint]


class Dyad(Counts):
    source: str
    target: str


class Dyads(BaseModel):
    dyads: list[Dyad]


class PlaceCount(Counts):
    geonameid: int | None
    name: str | None
    lat: float
    lon: float
    country: str | None


class Places(BaseModel):
    places: list[PlaceCount]


class ArticleIn(BaseModel):
    """One article, as one line of a JSON Lines input file (only `text` is required)."""

    id: str | None = Field(default=None, max_length=200)
    text: str = Field(min_length=1)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=40, description="e.g. 2020-06-17")


class RejectedOut(BaseModel):
    origin: str
    reason: str


class PostResult(BaseModel):
    events: list[EventRecord]
    rejected: list[RejectedOut]
    new_articles: int
    new_events: int


class ErrorOut(BaseModel):
    error: str = Field(description="a short machine-readable kind, e.g. not_found")
    message: str = Field(description="what was wrong and what to do")
