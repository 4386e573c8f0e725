"""Rules for expressions read against the publication date: weekdays, "yesterday",
"last week", "two years ago", seasons, quarters, weekends, and the story's own
reference time ("the day before", "a year later").

Without a publication date these still detect the expression (so detection
does not depend on metadata) but give an underspecified value (``XXXX-XX-XX``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from types import MappingProxyType

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Context, Relative, RelUnit
from newsevents.coding.time.lexicon import (
    NOT_AFTER_WEEKDAY,
    PART_OF_DAY,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
)
from newsevents.coding.time.rules_dates import Rule, _previous_word

WEEKDAY_CUES = frozenset(
    {"on", "by", "since", "until", "last", "next", "this", "early", "late", "from", "before",
     "after", "through", "and", "or", "till", "of", "every", "each", "coming", "past"}
)  # fmt: skip


def _weekday_ok(m: re.Match[str], ctx: Context) -> bool:
    """Reject weekdays that name papers or holidays ("Sunday Times", "Bloody Sunday")."""
    follow = re.match(r"\s+([A-Z][a-z]+)", ctx.text[m.end() : m.end() + 20])
    if follow and follow.group(1).lower() in NOT_AFTER_WEEKDAY:
        return False
    if m.start() < m.start("wd"):
        return True  # "on Monday", "last Monday"
    before = _previous_word(ctx.text, m.start())
    return not (before[:1].isupper() and before.lower() not in WEEKDAY_CUES)


def _weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    if not _weekday_ok(m, ctx):
        return None
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    pod = m.group("pod")
    if ctx.dct is None:
        reading = cal.Reading("DATE", f"XXXX-WXX-{weekday + 1}", "day", None)
        return Candidate(m.start(), m.end(), reading, "weekday")
    if rel in ("next", "coming"):
        found = cal.weekday_date(ctx.dct, weekday, "future")
    elif rel in ("last", "past"):
        found = cal.weekday_date(ctx.dct - dt.timedelta(days=1), weekday, "past")
    else:
        direction = ctx.direction(m.start(), m.end())
        found = cal.weekday_date(ctx.dct, weekday, "future" if direction == "future" else "past")
    reading = cal.part_of_day(found, PARTS_OF_DAY[pod.lower()]) if pod else cal.day(found)
    return Candidate(m.start(), m.end(), reading, "weekday")


_DAY_SHIFT = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})


def _overnight(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "overnight" as an adverb: the night before publication (the coming one in plans).
    As a modifier ("an overnight curfew", "overnight trading") it names no time."""
    if _previous_word(ctx.text, m.start()).lower() in ("a", "an", "the", "its", "their", "his"):
        return None
    if re.match(
        r"\s+(?:curfews?|trading|stays?|sessions?|rates?|flights?|trains?|shifts?|visits?"
        r"|lending|markets?|success|sensation|delivery)\b",
        ctx.text[m.end() : m.end() + 20],
    ):
        return None
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("day"), "day-word")
    future = ctx.direction(m.start(), m.end()) == "future"
    found = ctx.dct - dt.timedelta(days=0 if future else 1)
    return Candidate(m.start(), m.end(), cal.part_of_day(found, "NI"), "day-word")


def _day_word(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = m.group("word").lower()
    if word == "overnight":
        return _overnight(m, ctx)
    if word.startswith("the day before"):
        shift = -2
    elif word.startswith("the day after"):
        shift = 2
    else:
        shift = _DAY_SHIFT[word]
    pod = (m.group("pod") or ("night" if word == "tonight" else "")).lower()
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("day"), "day-word")
    found = ctx.dct + dt.timedelta(days=shift)
    reading = cal.part_of_day(found, PARTS_OF_DAY[pod]) if pod else cal.day(found)
    return Candidate(m.start(), m.end(), reading, "day-word")


def _this_part(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "this morning", "last night" (the night before publication)."""
    pod = m.group("pod").lower()
    shift = -1 if m.group("rel").lower() == "last" else 0
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("day"), "day-part")
    found = ctx.dct + dt.timedelta(days=shift)
    return Candidate(m.start(), m.end(), cal.part_of_day(found, PARTS_OF_DAY[pod]), "day-part")


_REL_UNITS: MappingProxyType[str, RelUnit] = MappingProxyType(
    {"week": "week", "month": "month", "year": "year"}
)
_PERIOD_STEP = MappingProxyType(
    {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
     "following": 1}
)  # fmt: skip


def period_reading(dct: dt.date, unit: str, step: int) -> cal.Reading:
    """The week/month/year/quarter/decade `step` periods away from the DCT's own."""
    if unit == "week":
        return cal.week(dct + dt.timedelta(weeks=step))
    if unit == "weekend":
        return cal.weekend(dct + dt.timedelta(weeks=step))
    if unit == "month":
        return cal.month(*cal.shift_month(dct.year, dct.month, step))
    if unit == "quarter":
        index = dct.year * 4 + (dct.month - 1) // 3 + step
        return cal.quarter(index // 4, index % 4 + 1)
    if unit == "decade":
        return cal.decade((dct.year // 10 + step) * 10)
    if unit == "century":
        return cal.century(dct.year // 100 + 1 + step)
    return cal.year(dct.year + step)


def _period(m: re.Match[str], ctx: Context) -> Candidate | None:
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if m.group("the") and rel in ("past", "last", "next", "coming"):
        if unit == "weekend":
            return None
        reading = cal.Reading("DURATION", duration_value(1, unit), "unknown", None)
        return Candidate(m.start(), m.end(), reading, "period-duration")
    if m.group("the") and rel in ("previous", "following", "preceding", "prior"):
        shift = 1 if rel == "following" else -1
        if unit not in _REL_UNITS:  # "the previous quarter": counted from the DCT
            return _dct_period(m, ctx, unit, shift)
        return Candidate(
            m.start(), m.end(), cal.undated("day"), "period-rel", Relative(_REL_UNITS[unit], shift)
        )
    return _dct_period(m, ctx, unit, _PERIOD_STEP.get(rel, 0))


def _dct_period(m: re.Match[str], ctx: Context, unit: str, step: int) -> Candidate:
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("year"), "period")
    return Candidate(m.start(), m.end(), period_reading(ctx.dct, unit, step), "period")


def _part_of_period(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the end of the year", "later in the month": the publication date's own period."""
    unit = m.group("unit").lower()
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("year"), "part-of-period")
    return Candidate(m.start(), m.end(), period_reading(ctx.dct, unit, 0), "part-of-period")


def _the_weekend(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("week"), "weekend")
    future = ctx.direction(m.start(), m.end()) == "future"
    if ctx.dct.weekday() >= 5:
        step = 1 if future and ctx.dct.weekday() == 6 else 0
    else:
        step = 0 if future else -1
    return Candidate(m.start(), m.end(), period_reading(ctx.dct, "weekend", step), "weekend")


def duration_value(count: int | None, unit: str) -> str:
    """TIMEX3 duration: P3D, P2W, PT5H, P10Y (a decade), PXY (an unknown count)."""
    letter, factor, timed = UNITS[unit.lower().rstrip("s")]
    amount = "X" if count is None else str(count * factor)
    return f"P{'T' if timed else ''}{amount}{letter}"


def _season(m: re.Match[str], ctx: Context) -> Candidate | None:
    code = SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        return Candidate(m.start(), m.end(), cal.season(int(m.group("year")), code), "season")
    if not rel and m.group("season").lower() == "fall":
        return None
    before = _previous_word(ctx.text, m.start())
    if not rel and before[:1].isupper():
        return None  # "Arab Spring", "Prague Spring"
    if ctx.dct is None:
        reading = cal.Reading("DATE", f"XXXX-{code}", "season", None)
        return Candidate(m.start(), m.end(), reading, "season")
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    # A bare season is read in the publication year unless the clause is about plans.
    future = rel != "this" and ctx.direction(m.start(), m.end()) == "future"
    direction: cal.Direction = "future" if future else "nearest"
    year_no = cal.season_year(ctx.dct, code, step, direction)
    return Candidate(m.start(), m.end(), cal.season(year_no, code), "season")


def _quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    which = m.group("ord").lower()
    kind = m.group("kind").lower()
    if which in ("last", "final"):
        number = 4 if kind == "quarter" else 2
    else:
        number = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4}[which]  # fmt: skip
    if kind == "half" and number > 2:
        return None
    if m.group("year"):
        year_no = int(m.group("year"))
    elif ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("year"), "quarter")
    else:
        step = {"last": -1, "next": 1}.get((m.group("yrel") or "").lower(), 0)
        year_no = ctx.dct.year + step
        current = (ctx.dct.month - 1) // (3 if kind == "quarter" else 6) + 1
        if not m.group("yrel") and number > current and ctx.direction(m.start(), m.end()) == "past":
            year_no -= 1
    maker = cal.quarter if kind == "quarter" else cal.half
    return Candidate(m.start(), m.end(), maker(year_no, number), "quarter")


def _q_year(m: re.Match[str], _ctx: Context) -> Candidate | None:
    return Candidate(m.start(), m.end(), cal.quarter(int(m.group("year")), int(m.group("q"))), "q")


def _reference_day(m: re.Match[str], _ctx: Context) -> Candidate | None:
    """ "the day before", "the next day", "earlier in the day": counted from the story's time."""
    phrase = m.group(0).lower()
    shift = 0
    if re.search(r"before|previous|preceding|prior|eve", phrase):
        shift = -1
    elif re.search(r"next|following|after", phrase):
        shift = 1
    pod = m.group("pod")
    part = PARTS_OF_DAY[pod.lower()] if pod else ""
    return Candidate(
        m.start(), m.end(), cal.undated("day"), "reference-day", Relative("day", shift, part)
    )


def _year_ago_period(m: re.Match[str], _ctx: Context) -> Candidate | None:
    """ "the year-earlier period", "the year-ago quarter": the period in focus, a year back."""
    grain = "quarter" if m.group("unit").lower() == "quarter" else ""
    return Candidate(
        m.start(), m.end(), cal.undated("year"), "year-ago-period", Relative("year", -1, grain)
    )


@cache
def relative_rules() -> tuple[Rule, ...]:
    """The DCT-relative rules, compiled once per process: days first, then periods."""
    return _day_rules() + _period_rules()


def _day_rules() -> tuple[Rule, ...]:
    on = r"(?:\b[Oo]n\s+)?"
    rel = r"(?P<rel>(?i:last|next|this|coming|past))"
    return (
        ("weekday", re.compile(
            rf"{on}(?:{rel}\s+|(?i:early|late)\s+)?(?P<wd>{WEEKDAY})\b"
            rf"(?:\s+(?P<pod>{PART_OF_DAY})\b)?"), _weekday),
        ("day-word", re.compile(
            rf"(?i:\b(?:(?:earlier|later|early|late)\s+)?(?P<word>yesterday|today|tonight|tomorrow|overnight"
            rf"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b"
            rf"(?:\s+(?P<pod>{PART_OF_DAY})\b)?)"), _day_word),
        ("day-part", re.compile(
            r"(?i:\b(?:(?:earlier|later|early|late)\s+)?(?P<rel>this|last)\s+"
            r"(?P<pod>morning|afternoon|evening|night)\b)"), _this_part),
    )  # fmt: skip


def _period_rules() -> tuple[Rule, ...]:
    units = r"week|weekend|month|year|quarter|decade|century"
    return (
        ("period", re.compile(
            rf"(?i:\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?"
            rf"|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+)?(?P<the>the\s+)?"
            rf"(?P<rel>last|this|next|past|coming|current|previous|following|preceding|prior)"
            rf"\s+(?P<unit>{units})\b)"), _period),
        ("part-of-period", re.compile(
            r"(?i:\b(?:(?:the\s+)?(?:end|beginning|start|middle|close|rest|remainder)\s+of\s+"
            r"|(?:earlier|later)\s+in\s+)the\s+(?P<unit>year|month|week)\b)"), _part_of_period),
        ("weekend", re.compile(r"(?i:\b(?:the|over\s+the)\s+weekend\b)"), _the_weekend),
        ("season", re.compile(
            r"(?i:\b(?:(?P<rel>last|this|next|the|past|coming)\s+|(?:early|late|mid)[\s-]+)?)"
            r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b"
            r"(?!\s+of\s+(?!\d)|\s+(?:Olympics|Games|Palace|Festival))"
            r"(?:\s+(?:of\s+)?(?P<year>1[89]\d\d|20\d\d)\b)?"), _season),
        ("quarter", re.compile(
            r"(?i:\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            r"[\s-]+(?P<kind>quarter|half)\b(?:\s+of\s+(?:(?P<year>1[89]\d\d|20\d\d)|"
            r"(?P<yrel>this|last|next|the)\s+year)\b)?)"), _quarter),
        ("year-ago-period", re.compile(
            r"(?i:\b(?:the|a)\s+(?:year[\s-](?:earlier|ago|before)|(?:prior|previous)[\s-]year)"
            r"\s+(?P<unit>period|quarter|half)\b)"),
         _year_ago_period),
        ("q-year", re.compile(r"\bQ(?P<q>[1-4])\s+(?P<year>1[89]\d\d|20\d\d)\b"), _q_year),
        ("reference-day", re.compile(
            rf"(?i:\b(?:(?:the|that)\s+(?:same\s+|next\s+|following\s+|previous\s+|preceding\s+"
            rf"|prior\s+)?(?:day|(?P<pod>{PART_OF_DAY}))(?:\s+before|\s+after|\s+earlier)?"
            rf"|(?:earlier|later)\s+(?:in\s+the|that)\s+day|a\s+day\s+(?:earlier|later)"
            rf"|the\s+eve)\b)"), _reference_day),
    )  # fmt: skip
