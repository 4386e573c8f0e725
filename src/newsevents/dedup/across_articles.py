"""Cross-article merging: many reports of one happening become one event.

The rule (`MergeRule`, every threshold tunable): two coded events are the same
happening when all of these hold.

1. **Actors**: source countries are equal and target countries are equal (a
   missing country only equals a missing one); where both sides have a sector
   (``GOV``, ``MIL``...), the sectors are equal too.
2. **Action**: the CAMEO roots are equal, and the more general code is a prefix
   of the more specific one once CAMEO's "not specified" trailing zero is
   dropped (``040``, ``04`` and ``046`` agree; ``193`` and ``1951`` differ;
   ``195`` and ``1951`` agree).
3. **Modality**: a negated event never merges with one that is not negated.
4. **Date**: each date is widened to the period its precision names (a day, the
   ISO week, the month, the year ...), and the periods, each widened by
   `date_window_days`, overlap. Events with no date merge only with an event
   that also has none, unless `merge_undated` is set.
5. **Place**: where both have an event place, their countries agree and, where
   both have coordinates, they lie within `place_km` of each other.

Why so strict: a false merge hides an event from the analyst for good, while a
missed merge only counts one happening twice, which `num_articles` exposes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.coding.place.distance import distance_km

if TYPE_CHECKING:
    from newsevents.config import Settings


@dataclass(frozen=True, slots=True)
class MergeRule:
    """Tunable thresholds of the cross-article rule (see the module docstring).

    `lead_sentences`: an event is a root event when a mention of it comes from
    one of the first `lead_sentences` sentences of its article (GDELT's
    IsRootEvent). `near_duplicate`: estimated Jaccard similarity of word
    shingles above which an article is a version (wire copy, update) of a stored
    one. `version_window_days`: how far apart two versions' publication dates
    may be.
    """

    date_window_days: int = 1
    place_km: float = 100.0
    merge_undated: bool = False
    lead_sentences: int = 3
    near_duplicate: float = 0.5
    version_window_days: int = 7


DEFAULT_RULE = MergeRule()  # frozen: a shared default, never mutated


def rule_from_settings(settings: Settings) -> MergeRule | None:
    """The rule the settings ask for, or None when cross-article merging is turned off."""
    if not settings.merge_across_articles:
        return None
    return MergeRule(
        date_window_days=settings.merge_date_window_days,
        place_km=settings.merge_place_km,
        near_duplicate=settings.near_duplicate_threshold,
    )


@dataclass(frozen=True, slots=True)
class EventKey:
    """The fields of an event the rule compares (a flat copy of an `events` row)."""

    event_id: str
    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    cameo_code: str
    cameo_root: str
    modality: str
    date: dt.date | None
    date_precision: str
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None


def same_happening(a: EventKey, b: EventKey, rule: MergeRule) -> bool:
    """True when `a` and `b` report one happening under `rule`."""
    return (
        _actors_agree(a, b)
        and _codes_agree(a.cameo_code, b.cameo_code, a.cameo_root, b.cameo_root)
        and (a.modality == "negated") == (b.modality == "negated")
        and dates_compatible(a, b, rule)
        and _places_agree(a, b, rule)
    )


def first_match(key: EventKey, candidates: Iterable[EventKey], rule: MergeRule) -> str | None:
    """The event id of the first candidate that is the same happening as `key`, or None."""
    for candidate in candidates:
        if same_happening(key, candidate, rule):
            return candidate.event_id
    return None


def _actors_agree(a: EventKey, b: EventKey) -> bool:
    if a.source_country != b.source_country or a.target_country != b.target_country:
        return False
    for mine, theirs in ((a.source_sector, b.source_sector), (a.target_sector, b.target_sector)):
        if mine and theirs and mine != theirs:
            return False
    return True


def specific_part(code: str) -> str:
    """The code without CAMEO's "not specified" trailing zero (``040`` -> ``04``)."""
    while len(code) > 2 and code.endswith("0"):
        code = code[:-1]
    return code


def _codes_agree(code_a: str, code_b: str, root_a: str, root_b: str) -> bool:
    if root_a != root_b:
        return False
    short, long_ = sorted((specific_part(code_a), specific_part(code_b)), key=len)
    return long_.startswith(short)


def period(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The inclusive first and last day of the period a date of `precision` names."""
    if precision == "week":
        start = value - dt.timedelta(days=value.weekday())
        return start, start + dt.timedelta(days=6)
    if precision in {"month", "season"}:
        months = 3 if precision == "season" else 1
        end_month = min(value.month + months - 1, 12)
        last = calendar.monthrange(value.year, end_month)[1]
        return value.replace(day=1), dt.date(value.year, end_month, last)
    if precision == "year":
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == "decade":
        first = value.year - value.year % 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    return value, value


def dates_compatible(a: EventKey, b: EventKey, rule: MergeRule) -> bool:
    """Do the periods of the two dates, widened by the rule's window, overlap?"""
    if a.date is None or b.date is None:
        return rule.merge_undated or (a.date is None and b.date is None)
    start_a, end_a = period(a.date, a.date_precision)
    start_b, end_b = period(b.date, b.date_precision)
    window = dt.timedelta(days=rule.date_window_days)
    return start_a - window <= end_b and start_b - window <= end_a


def _places_agree(a: EventKey, b: EventKey, rule: MergeRule) -> bool:
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    coords = (a.place_lat, a.place_lon, b.place_lat, b.place_lon)
    if any(value is None for value in coords):
        return True
    lat_a, lon_a, lat_b, lon_b = (float(v) for v in coords if v is not None)
    return distance_km(lat_a, lon_a, lat_b, lon_b) <= rule.place_km
