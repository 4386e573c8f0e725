"""Calendar arithmetic and TIMEX3 value formatting, free of any text handling.

Every rule ends by naming a calendar period (a day, an ISO week, a month, a
season...). Building the value string and its anchor day in one place keeps
the TIMEX3 spellings consistent (``2020-W24-WE``, ``2019-SU``, ``199``) and
lets the arithmetic be tested without regexes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from newsevents.model import DatePrecision, TimexType

Direction = Literal["past", "future", "nearest"]

SEASON_ORDER = ("WI", "SP", "SU", "FA")
SEASON_START_MONTH = MappingProxyType({"WI": 1, "SP": 3, "SU": 6, "FA": 9})


@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression means: TIMEX3 type and value, precision and first day."""

    type: TimexType
    value: str
    precision: DatePrecision
    anchor: dt.date | None = None


def day(d: dt.date) -> Reading:
    return Reading("DATE", d.isoformat(), "day", d)


def week(d: dt.date) -> Reading:
    """The ISO week holding `d` (TIMEX3 weeks are ISO weeks: ``2021-W10``)."""
    year, number, _ = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Reading("DATE", f"{year}-W{number:02d}", "week", monday)


def weekend(d: dt.date) -> Reading:
    """The weekend of the ISO week holding `d`, anchored on its Saturday."""
    year, number, _ = d.isocalendar()
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Reading("DATE", f"{year}-W{number:02d}-WE", "week", saturday)


def month(year: int, number: int) -> Reading:
    return Reading("DATE", f"{year:04d}-{number:02d}", "month", dt.date(year, number, 1))


def year(number: int) -> Reading:
    return Reading("DATE", f"{number:04d}", "year", dt.date(number, 1, 1))


def decade(first_year: int) -> Reading:
    """A decade is written by its first three digits (the 1990s: ``199``)."""
    return Reading("DATE", f"{first_year // 10:03d}", "decade", dt.date(first_year, 1, 1))


def century(number: int) -> Reading:
    """The 20th century is written ``19`` (its first two digits)."""
    first = (number - 1) * 100
    return Reading("DATE", f"{number - 1:02d}", "unknown", dt.date(max(first, 1), 1, 1))


def season(year_number: int, code: str) -> Reading:
    start = dt.date(year_number, SEASON_START_MONTH[code], 1)
    return Reading("DATE", f"{year_number:04d}-{code}", "season", start)


def quarter(year_number: int, number: int) -> Reading:
    start = dt.date(year_number, 3 * number - 2, 1)
    return Reading("DATE", f"{year_number:04d}-Q{number}", "season", start)


def half(year_number: int, number: int) -> Reading:
    start = dt.date(year_number, 6 * number - 5, 1)
    return Reading("DATE", f"{year_number:04d}-H{number}", "year", start)


def part_of_day(d: dt.date, code: str) -> Reading:
    return Reading("TIME", f"{d.isoformat()}T{code}", "day", d)


def clock(d: dt.date | None, hour: int, minute: int) -> Reading:
    """A clock time on a day; with no day known the date part is left as X."""
    date_part = d.isoformat() if d else "XXXX-XX-XX"
    return Reading("TIME", f"{date_part}T{hour:02d}:{minute:02d}", "day", d)


def undated(precision: DatePrecision) -> Reading:
    """A date-like expression that needs a publication date nobody gave us."""
    masks = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
    return Reading("DATE", masks.get(precision, "XXXX"), precision, None)


def shift_month(year_number: int, month_number: int, delta: int) -> tuple[int, int]:
    index = year_number * 12 + (month_number - 1) + delta
    return index // 12, index % 12 + 1


def weekday_date(dct: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The weekday nearest the publication date in the reported direction.

    News reports past events by weekday ("on Monday" = the latest Monday up
    to and including the publication day) and plans forward ("will meet on
    Monday" = the next Monday after it).
    """
    if direction == "future":
        ahead = (weekday - dct.weekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=(dct.weekday() - weekday) % 7)


def month_year(dct: dt.date, month_number: int, direction: Direction) -> int:
    """The year of a bare month name ("in March") given tense around it."""
    if direction == "past":
        return dct.year if month_number <= dct.month else dct.year - 1
    if direction == "future":
        return dct.year if month_number >= dct.month else dct.year + 1
    if month_number - dct.month > 6:
        return dct.year - 1
    if dct.month - month_number > 6:
        return dct.year + 1
    return dct.year


def dated_month_year(dct: dt.date, month_number: int, day_number: int, direction: Direction) -> int:
    """The year of "June 16" with no year.

    A day within about three months of publication is read as that nearest
    occurrence whatever the tense (news rarely names a day a year away without
    its year); farther days follow the tense, like bare months.
    """
    nearest: tuple[int, int] | None = None
    for year_number in (dct.year - 1, dct.year, dct.year + 1):
        found = valid_date(year_number, month_number, day_number)
        if found is not None:
            gap = abs((found - dct).days)
            if nearest is None or gap < nearest[0]:
                nearest = (gap, year_number)
    if nearest is not None and nearest[0] <= 92:
        return nearest[1]
    target = (month_number, day_number)
    now = (dct.month, dct.day)
    if direction == "past":
        return dct.year if target <= now else dct.year - 1
    if direction == "future":
        return dct.year if target >= now else dct.year + 1
    return month_year(dct, month_number, "nearest")


def current_season(dct: dt.date) -> tuple[int, int]:
    """(year, index in SEASON_ORDER) of the season holding `dct` (December opens next winter)."""
    if dct.month == 12:
        return dct.year + 1, 0
    return dct.year, (dct.month % 12) // 3


def season_year(dct: dt.date, code: str, step: int, direction: Direction) -> int:
    """Year of a season: `step` -1 last, +1 next, 0 this/bare (bare uses tense)."""
    cur_year, cur_index = current_season(dct)
    index = SEASON_ORDER.index(code)
    ordinal_now = cur_year * 4 + cur_index
    if step < 0:
        target = ordinal_now - 1 - (ordinal_now - 1 - index) % 4
    elif step > 0:
        target = ordinal_now + 1 + (index - ordinal_now - 1) % 4
    elif direction == "past" and index > cur_index:
        target = (cur_year - 1) * 4 + index
    elif direction == "future" and index < cur_index:
        target = (cur_year + 1) * 4 + index
    else:
        target = cur_year * 4 + index
    return target // 4


def valid_date(year_number: int, month_number: int, day_number: int) -> dt.date | None:
    try:
        return dt.date(year_number, month_number, day_number)
    except ValueError:
        return None
