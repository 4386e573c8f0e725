"""Resolve story-relative expressions ("the day before", "a year earlier", "two hours later").

These count from the time the story is talking about, not from publication:
the latest dated expression before them, or the publication date (DCT) when
there is none. TimeBank keeps the granularity of that reference: in "profit
rose in the third quarter from a year earlier" the second expression is the
third quarter of the previous year (``2019-Q3``), not just ``2019``, so a
shift by years keeps a month, quarter, half or season. Shifts by hours count
from the latest clock time ("at 9 a.m. ... two hours later" = ``T11:00``).
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Relative

_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)$")
_SUB_YEAR = re.compile(r"^(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d))$")
_ORDER = ("day", "week", "month", "year")


def resolve_relative(chosen: list[Candidate], dct: dt.date | None) -> list[Candidate]:
    """Give "the day before", "a year later"... the value counted from the story's time."""
    resolved: list[Candidate] = []
    latest: dict[str, cal.Reading] = {}
    for candidate in chosen:
        if candidate.relative is not None:
            candidate = _resolve_one(candidate, candidate.relative, latest, dct)
        reading = candidate.reading
        if reading.anchor is not None and reading.type in ("DATE", "TIME"):
            _remember(latest, reading)
        resolved.append(candidate)
    return resolved


def _remember(latest: dict[str, cal.Reading], reading: cal.Reading) -> None:
    """Record the latest reading usable as a base for each unit of shifting."""
    if reading.type == "TIME" and _CLOCK_VALUE.search(reading.value):
        latest["clock"] = reading
    precision = {"season": "month"}.get(reading.precision, reading.precision)
    if precision not in _ORDER:
        return
    for unit in _ORDER[_ORDER.index(precision) :]:
        latest[unit] = reading


def _resolve_one(
    candidate: Candidate, rel: Relative, latest: dict[str, cal.Reading], dct: dt.date | None
) -> Candidate:
    if rel.unit in ("hour", "minute"):
        return _shift_clock(candidate, rel, latest.get("clock"), latest.get("day"), dct)
    base_reading = latest.get(rel.unit)
    base = base_reading.anchor if base_reading is not None else dct
    if base is None:
        return candidate
    if rel.unit == "day":
        found = base + dt.timedelta(days=rel.amount)
        hour_minute = _CLOCK_VALUE.search(candidate.reading.value)
        if candidate.rule == "clock" and hour_minute:
            reading = cal.clock(found, int(hour_minute[1]), int(hour_minute[2]))
        else:
            reading = cal.part_of_day(found, rel.part) if rel.part else cal.day(found)
    elif rel.unit == "week":
        reading = cal.week(base + dt.timedelta(weeks=rel.amount))
    elif rel.unit == "month":
        reading = cal.month(*cal.shift_month(base.year, base.month, rel.amount))
    else:
        reading = _shift_years(base_reading, base, rel)
    return Candidate(candidate.start, candidate.end, reading, candidate.rule)


def _shift_years(base_reading: cal.Reading | None, base: dt.date, rel: Relative) -> cal.Reading:
    """A shift by years keeps a sub-year reference ("2020-Q1" a year earlier = "2019-Q1")."""
    found = _SUB_YEAR.match(base_reading.value) if base_reading is not None else None
    year = base.year + rel.amount
    if found is not None:
        anchor = cal.valid_date(year, base.month, 1)
        return cal.Reading("DATE", f"{year:04d}{found.group(2)}", "month", anchor)
    if rel.part == "quarter":
        # "the year-ago quarter" with no quarter named before it: results are reported
        # for the last completed quarter, so count from the one before the base date's.
        index = year * 4 + (base.month - 1) // 3 - 1
        return cal.quarter(index // 4, index % 4 + 1)
    return cal.year(year)


def _shift_clock(
    candidate: Candidate,
    rel: Relative,
    clock: cal.Reading | None,
    day: cal.Reading | None,
    dct: dt.date | None,
) -> Candidate:
    """ "Two hours later": from the latest clock time, else the day in focus."""
    hour_minute = _CLOCK_VALUE.search(clock.value) if clock is not None else None
    if clock is not None and clock.anchor is not None and hour_minute:
        start = dt.datetime.combine(clock.anchor, dt.time()) + dt.timedelta(
            hours=int(hour_minute[1]), minutes=int(hour_minute[2])
        )
        minutes = rel.amount * (60 if rel.unit == "hour" else 1)
        moment = start + dt.timedelta(minutes=minutes)
        reading = cal.clock(moment.date(), moment.hour, moment.minute)
        return Candidate(candidate.start, candidate.end, reading, candidate.rule)
    base = day.anchor if day is not None else dct
    if base is None:
        return candidate
    return Candidate(candidate.start, candidate.end, cal.day(base), candidate.rule)
