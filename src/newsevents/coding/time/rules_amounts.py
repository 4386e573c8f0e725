"""Rules for amounts of time and times of day: durations ("three days" = P3D),
"two years ago", repeated times ("every week" = SET P1W), vague references
("recently" = PAST_REF) and clock times ("5 p.m.").

A count of units followed by "ago" is a date, not a duration: TimeML writes
"two years ago" as the year it points to, at the precision of the unit.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from types import MappingProxyType

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Context, Relative, RelUnit
from newsevents.coding.time.lexicon import (
    NUMBER,
    NUMBER_WORDS,
    SEASONS,
    UNIT,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAY,
    WEEKDAYS,
)
from newsevents.coding.time.rules_dates import Rule, _previous_word
from newsevents.coding.time.rules_relative import duration_value, period_reading

# Unit of a story-relative shift and how many of it one unit counts ("a decade later").
_REL_OF_UNIT: MappingProxyType[str, tuple[RelUnit, int]] = MappingProxyType(
    {"day": ("day", 1), "night": ("day", 1), "week": ("week", 1), "month": ("month", 1),
     "year": ("year", 1), "decade": ("year", 10), "century": ("year", 100), "hour": ("hour", 1),
     "minute": ("minute", 1)}
)  # fmt: skip
_VAGUE = MappingProxyType(
    {
        "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
        "recent": "PAST_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "presently": "PRESENT_REF", "now": "PRESENT_REF", "at present": "PRESENT_REF",
        "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "soon": "FUTURE_REF",
        "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "coming": "FUTURE_REF",
        "the coming": "FUTURE_REF", "shortly": "FUTURE_REF",
    }
)  # fmt: skip
_SET_WORDS = MappingProxyType(
    {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
     "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H"}
)  # fmt: skip


_NOT_BEFORE_DURATION = frozenset(
    {"per", "times", "million", "billion", "thousand", "percent", "cents", "dollars"}
)


_MULTIPLES = frozenset({"decade", "century", "fortnight"})  # units written as multiples


def _is_rate(text: str, start: int, before: str) -> bool:
    """Whether an amount precedes the expression ("2 percent a year", "10% a month")."""
    if before in _NOT_BEFORE_DURATION:
        return True
    return bool(re.search(r"(?:\d%?|%)\s*$", text[max(0, start - 12) : start]))


def count_of(raw: str) -> int | None:
    """A count written in digits or words; None for vague counts ("several")."""
    text = re.sub(r"\s+", " ", raw.strip().lower())
    if text in VAGUE_COUNTS:
        return None
    if text.replace(".", "", 1).isdigit():
        return int(float(text)) if float(text).is_integer() else None
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _unit(raw: str) -> str:
    word = raw.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _ago(m: re.Match[str], ctx: Context) -> Candidate | None:
    unit = _unit(m.group("unit"))
    count = count_of(m.group("num")) if m.group("num") else None
    way = m.group("way").lower()
    if count is None:
        value = "PAST_REF" if way in ("ago", "earlier") else "FUTURE_REF"
        return Candidate(m.start(), m.end(), cal.Reading("DATE", value, "unknown"), "ago")
    sign = 1 if way == "later" else -1
    if way != "ago" and unit in _REL_OF_UNIT:
        rel_unit, factor = _REL_OF_UNIT[unit]
        return Candidate(
            m.start(),
            m.end(),
            cal.undated("day"),
            "later",
            Relative(rel_unit, sign * count * factor),
        )
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), cal.undated("day"), "ago")
    return Candidate(m.start(), m.end(), _shifted(ctx.dct, unit, sign * count), "ago")


def _shifted(dct: dt.date, unit: str, amount: int) -> cal.Reading:
    if unit in ("day", "night"):
        return cal.day(dct + dt.timedelta(days=amount))
    if unit in ("hour", "minute", "second"):
        return cal.day(dct)
    if unit == "decade":
        return cal.decade((dct.year + 10 * amount) // 10 * 10)
    if unit == "century":
        return cal.century((dct.year + 100 * amount) // 100 + 1)
    return period_reading(dct, unit, amount)


def _duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    before = _previous_word(ctx.text, m.start()).lower()
    count = count_of(m.group("num"))
    unit = m.group("unit").lower()
    if m.group("pre") is None and _is_rate(ctx.text, m.start(), before):
        if count != 1 or not m.group("num").lower().startswith("a"):
            return None
        # "3 percent a year", "$5 million a month": a rate, i.e. a repeated period
        reading = cal.Reading("SET", duration_value(1, _unit(unit)), "unknown")
        return Candidate(m.start(), m.end(), reading, "rate")
    if unit.startswith("quarter") or (unit == "second" and not m.group("num")[:1].isdigit()):
        return None  # "a quarter of the vote", "two quarters", "a second time"
    if m.group("age"):
        return None  # ages ("a 34-year-old", "ten years old") are not temporal expressions
    if count is None and not re.fullmatch(r"(?i)" + NUMBER, m.group("num").strip()):
        return None
    if count is not None and count > 10000:
        return None
    value = duration_value(count, _unit(unit))
    decimal = re.fullmatch(r"\d+\.\d+", m.group("num"))
    if count is None and decimal and _unit(unit) not in _MULTIPLES:
        value = value.replace("X", decimal.group(0))  # "12.5 hours" = PT12.5H
    reading = cal.Reading("DURATION", value, "unknown")
    return Candidate(m.start(), m.end(), reading, "duration")


# Half of a unit, written in the next smaller unit where TIMEX3 has one.
_HALF = MappingProxyType(
    {"century": "P50Y", "decade": "P5Y", "year": "P6M", "month": "P2W", "day": "PT12H",
     "hour": "PT30M", "minute": "PT30S"}
)  # fmt: skip


def _half(m: re.Match[str], _ctx: Context) -> Candidate | None:
    """ "half a century" = P50Y, "half an hour" = PT30M, "two and a half years" = P2.5Y."""
    unit = _unit(m.group("u1") or m.group("u2") or m.group("u3"))
    if m.group("num") or m.group("u3"):
        count = count_of(m.group("num")) if m.group("num") else 1
        if count is None or unit not in UNITS:
            return None
        letter, factor, timed = UNITS[unit]
        value = f"P{'T' if timed else ''}{(count + 0.5) * factor:g}{letter}"
    elif unit in _HALF:
        value = _HALF[unit]
    else:
        return None
    return Candidate(m.start(), m.end(), cal.Reading("DURATION", value, "unknown"), "half")


def _bare_units(m: re.Match[str], _ctx: Context) -> Candidate | None:
    reading = cal.Reading("DURATION", duration_value(None, _unit(m.group("unit"))), "unknown")
    return Candidate(m.start("unit"), m.end("unit"), reading, "bare-units")


def _vague(m: re.Match[str], ctx: Context) -> Candidate | None:
    phrase = re.sub(r"\s+", " ", m.group("word").lower())
    key = re.sub(r"\s+(?:days|weeks|months|years|decades|times)$", "", phrase)
    if key == "soon" and _previous_word(ctx.text, m.start()).lower() == "as":
        return None
    if key in ("soon", "shortly") and re.match(
        r"\s+(?:after|before|afterwards?|thereafter)\b", ctx.text[m.end() : m.end() + 14]
    ):
        return None
    if key == "now" and ctx.text[m.end() : m.end() + 1] == "-":
        return None
    reading = cal.Reading("DATE", _VAGUE[key], "unknown")
    return Candidate(m.start("word"), m.end("word"), reading, "vague")


def _set(m: re.Match[str], _ctx: Context) -> Candidate | None:
    if m.group("adv"):
        value = _SET_WORDS[m.group("adv")]
    elif m.group("season"):  # "every spring": the season of any year
        value = f"XXXX-{SEASONS[m.group('season').lower()]}"
    elif m.group("wd"):  # "every Friday": TIMEX3 writes the weekday of any week
        value = f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"
    else:
        unit = _unit(m.group("unit") or m.group("u2"))
        count = count_of(m.group("num")) if m.group("num") else 1
        value = duration_value(count, unit)
    return Candidate(m.start(), m.end(), cal.Reading("SET", value, "unknown"), "set")


def _clock(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("word"):
        hour, minute = (12, 0) if m.group("word").lower() in ("noon", "midday") else (24, 0)
    elif m.group("h2"):
        hour, minute = int(m.group("h2")), int(m.group("m2"))
    else:
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        meridiem = (m.group("ap") or "").lower()
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    return Candidate(m.start(), m.end(), cal.clock(ctx.dct, hour, minute), "clock")


@cache
def amount_rules() -> tuple[Rule, ...]:
    """The duration, set, vague and clock rules, compiled once per process."""
    unit = rf"(?P<unit>{UNIT}s?)"
    tz = r"(?:\s+(?:GMT|UTC|EST|EDT|CET|local\s+time|\(\d{4}\s+GMT\)))?"
    return (
        ("ago", re.compile(
            rf"(?i:\b(?:(?P<num>{NUMBER})[\s-]+)?{unit}\s+(?P<way>ago|earlier|later))\b"), _ago),
        ("duration", re.compile(
            rf"(?i:\b(?P<pre>(?:the\s+)?(?:past|last|next|coming|previous|first|final|following"
            rf"|initial|further|additional|another)\s+)?(?P<num>{NUMBER})[\s-]+{unit}"
            rf"(?P<age>[\s-](?:old|older|younger)\b)?)(?![a-z])"), _duration),
        ("half", re.compile(
            rf"(?i:\b(?:(?P<num>{NUMBER})\s+and\s+a\s+half\s+(?P<u1>{UNIT}s?)"
            rf"|half\s+an?\s+(?P<u2>{UNIT})|an?\s+(?P<u3>{UNIT})\s+and\s+a\s+half))\b"), _half),
        ("bare-units", re.compile(
            r"(?i:\b(?:for|over|within|in|of)\s+(?P<unit>years|months|weeks|days|decades"
            r"|hours|centuries)\b)"), _bare_units),
        ("vague", re.compile(
            r"(?i:\b(?P<word>recently|lately|currently|nowadays|presently|now|soon|shortly"
            r"|at\s+present|at\s+the\s+moment|these\s+days|the\s+(?:near\s+)?future|the\s+past"
            r"|(?:the\s+)?coming\s+(?:days|weeks|months|years)"
            r"|recent\s+(?:days|weeks|months|years|decades|times))\b)"), _vague),
        ("set", re.compile(
            rf"(?i:\b(?:(?:once|twice|(?:{NUMBER})\s+times)\s+(?:a|per|each|every)\s+{unit}"
            rf"|(?:every|each)\s+(?:(?P<num>{NUMBER})\s+)?(?P<u2>{UNIT}s?)))\b"
            r"|\b(?P<adv>daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually"
            r"|hourly)\b"
            rf"|\b(?i:every|each)\s+(?P<wd>{WEEKDAY})\b"
            r"|\b(?i:every|each)\s+(?P<season>(?i:spring|summer|autumn|fall|winter))\b"), _set),
        ("clock", re.compile(
            rf"(?i:\b(?P<h>[01]?\d|2[0-4])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)"
            rf"|\b(?P<word>noon|midday|midnight)\b){tz}"
            rf"|\b(?P<h2>[01]\d|2[0-3]):?(?P<m2>[0-5]\d)\s*(?:GMT|UTC|hrs|local\s+time)"), _clock),
    )  # fmt: skip
