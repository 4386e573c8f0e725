"""Named days ("Christmas 2019", "on Easter", "by Thanksgiving") as TIMEX3 dates.

TimeML tags holidays as DATE with the calendar day as value (Christmas 2019 =
``2019-12-25``). Fixed-date holidays are a table; movable ones are computed
(Easter by the Gregorian computus, US federal Monday holidays by rule). With
no year in the text, the year follows the tense: past reporting takes the last
occurrence up to the publication date, plans the next one, and a neutral
clause the nearest one. Lunar holidays (Ramadan, Eid, Diwali) are left out:
they cannot be dated without a lunar calendar and are rare in the wire gold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from types import MappingProxyType

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Context
from newsevents.coding.time.rules_dates import Rule

# name (lower case, apostrophes dropped) -> (month, day)
FIXED = MappingProxyType(
    {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new years day": (1, 1), "new years eve": (12, 31), "independence day": (7, 4),
        "halloween": (10, 31), "valentines day": (2, 14), "boxing day": (12, 26),
        "bastille day": (7, 14), "veterans day": (11, 11), "armistice day": (11, 11),
        "remembrance day": (11, 11), "may day": (5, 1), "st. patricks day": (3, 17),
        "st patricks day": (3, 17), "flag day": (6, 14), "guy fawkes night": (11, 5),
    }
)  # fmt: skip


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


MOVABLE: MappingProxyType[str, Callable[[int], dt.date]] = MappingProxyType(
    {
        "easter": easter, "easter sunday": easter,
        "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
        "good friday": lambda y: easter(y) - dt.timedelta(days=2),
        "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
        "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
        "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
        "labor day": lambda y: nth_weekday(y, 9, 0, 1),
        "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
        "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
        "columbus day": lambda y: nth_weekday(y, 10, 0, 2),
        "election day": lambda y: nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    }
)  # fmt: skip

_NAMES = (
    r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']?s\s+(?:Day|Eve)|Independence\s+Day|Halloween"
    r"|Valentine[’']?s\s+Day|Boxing\s+Day|Bastille\s+Day|Veterans[’']?\s+Day|Armistice\s+Day"
    r"|Remembrance\s+Day|May\s+Day|St\.?\s+Patrick[’']?s\s+Day|Flag\s+Day|Guy\s+Fawkes\s+Night"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Memorial\s+Day"
    r"|Labor\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents[’']?\s+Day"
    r"|Columbus\s+Day|Election\s+Day"
)
# Words after a holiday name that make it part of another name ("Christmas Island").
_NOT_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|trees?|islands?|eggs?|cards?|carols?|lights)\b")


def _key(name: str) -> str:
    text = re.sub(r"[’']", "", re.sub(r"\s+", " ", name.lower()))
    return re.sub(r"martin luther king(?: jr\.?)? day", "martin luther king day", text)


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on in `year`; None for an unknown name."""
    key = _key(name)
    if key in FIXED:
        return cal.valid_date(year, *FIXED[key])
    maker = MOVABLE.get(key)
    return maker(year) if maker else None


def _year_for(name: str, dct: dt.date, direction: cal.Direction) -> int:
    """The occurrence the tense points to: last one (past), next one (future) or nearest."""
    options = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        found = holiday_date(name, year)
        if found is not None:
            options.append((found, year))
    if direction == "past":
        past = [year for found, year in options if found <= dct]
        return past[-1] if past else dct.year
    if direction == "future":
        ahead = [year for found, year in options if found >= dct]
        return ahead[0] if ahead else dct.year
    return min(options, key=lambda pair: abs((pair[0] - dct).days))[1]


def _holiday(m: re.Match[str], ctx: Context) -> Candidate | None:
    name = m.group("name")
    if not m.group("year") and _NOT_AFTER.match(ctx.text, m.end()):
        return None
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif ctx.dct is not None:
        year = _year_for(name, ctx.dct, ctx.direction(m.start(), m.end()))
    else:
        year = None
    if year is None:
        return Candidate(m.start(), m.end(), cal.undated("day"), "holiday")
    found = holiday_date(name, year)
    return Candidate(m.start(), m.end(), cal.day(found), "holiday") if found else None


@cache
def holiday_rules() -> tuple[Rule, ...]:
    """The holiday rule, compiled once per process (names are matched case-sensitively)."""
    pattern = re.compile(
        rf"\b(?P<name>{_NAMES})\b(?:,?\s+(?:of\s+)?(?P<year>1[89]\d\d|20\d\d)\b(?![\d,.]\d))?"
    )
    return (("holiday", pattern, _holiday),)
