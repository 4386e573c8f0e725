"""Rules for calendar expressions: explicit dates, months, years, decades, centuries.

Each rule is a compiled pattern (built once, at first use, and cached) and a
handler that turns one match into a `Candidate` or rejects it. Month names
are matched case-sensitively, so "may" the verb and "a protest march" never
start a date; "May" and "March" alone also need a preposition or modifier in
front ("in May", "since March"), because "May" is also a surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Context
from newsevents.coding.time.lexicon import (
    COUNT_BEFORE,
    MONTH,
    MONTH_FULL,
    MONTHS,
    ORDINALS,
    WEEKDAY_ANY,
    YEAR_OK_AFTER,
)

Handler = Callable[[re.Match[str], Context], Candidate | None]
Rule = tuple[str, re.Pattern[str], Handler]

ON = r"(?:\b[Oo]n\s+)?"
MON = rf"(?P<mon>{MONTH})(?![a-z])"
YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
MOD = r"(?:(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)[\s-]+)?"
BARE_MONTH_CUES = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after",
     "of", "to", "between", "and", "or", "early", "late", "mid", "last", "next", "this",
     "throughout", "on", "for", "into", "around", "as"}
)  # fmt: skip
# Prepositions that make a following month name a date even before a capital ("in May Congress").
STRONG_MONTH_CUES = frozenset(
    {"in", "since", "until", "till", "by", "during", "through", "throughout", "before", "after",
     "early", "late", "mid", "last", "next", "this"}
)  # fmt: skip
AMBIGUOUS_MONTHS = frozenset({"May", "March"})
# After these a four-digit number is a year whatever follows ("in 2016 remains").
YEAR_CUES = frozenset(
    {"in", "since", "until", "till", "by", "during", "before", "after", "through", "throughout"}
)
_COUNTED = frozenset(
    {"people", "police", "personnel", "staff", "kilometer", "kilometre", "km", "mile", "foot",
     "feet", "metre", "meter", "m", "ft", "dollar", "euro", "yuan", "tonne", "ton", "barrel",
     "strong", "more", "other", "new", "dead", "percent", "per"}
)  # fmt: skip


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_candidate(m: re.Match[str], ctx: Context, mon: int, day_no: int) -> Candidate | None:
    year_text = m.group("year")
    if year_text:
        found = cal.valid_date(int(year_text), mon, day_no)
        return Candidate(m.start(), m.end(), cal.day(found), "date") if found else None
    if ctx.dct is None:
        if not 1 <= day_no <= 31:
            return None
        reading = cal.Reading("DATE", f"XXXX-{mon:02d}-{day_no:02d}", "day", None)
        return Candidate(m.start(), m.end(), reading, "date")
    year_no = cal.dated_month_year(ctx.dct, mon, day_no, ctx.direction(m.start(), m.end()))
    found = cal.valid_date(year_no, mon, day_no)
    return Candidate(m.start(), m.end(), cal.day(found), "date") if found else None


def _month_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    return _day_candidate(m, ctx, month_number(m.group("mon")), int(m.group("day")))


def _iso(m: re.Match[str], _ctx: Context) -> Candidate | None:
    found = cal.valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return Candidate(m.start(), m.end(), cal.day(found), "iso") if found else None


def _numeric(m: re.Match[str], _ctx: Context) -> Candidate | None:
    """US order (month/day/year) unless the first number cannot be a month."""
    first, second, year_no = int(m.group(1)), int(m.group(2)), int(m.group(3))
    mon, day_no = (second, first) if first > 12 else (first, second)
    found = cal.valid_date(year_no, mon, day_no)
    return Candidate(m.start(), m.end(), cal.day(found), "numeric") if found else None


def _month_year(m: re.Match[str], _ctx: Context) -> Candidate | None:
    reading = cal.month(int(m.group("year")), month_number(m.group("mon")))
    return Candidate(m.start(), m.end(), reading, "month-year")


def _previous_word(text: str, start: int) -> str:
    head = text[max(0, start - 40) : start].rstrip()
    match = re.search(r"([A-Za-z]+)\W*$", head)
    return match.group(1) if match and head and head[-1].isalpha() else ""


def _bare_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    name = m.group("mon")
    rel = (m.group("rel") or "").lower()
    before = _previous_word(ctx.text, m.start())
    if not rel and not m.group("mod"):
        if name in AMBIGUOUS_MONTHS and before.lower() not in BARE_MONTH_CUES:
            return None
        if before[:1].isupper() and before.lower() not in BARE_MONTH_CUES:
            return None  # "Theresa May", "Sun Myung June"
        name_follows = re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3])
        if name_follows and before.lower() not in STRONG_MONTH_CUES:
            return None  # "June Carr was inducted", "went to April Smith"
    mon = month_number(name)
    if ctx.dct is None:
        reading = cal.Reading("DATE", f"XXXX-{mon:02d}", "month", None)
        return Candidate(m.start(), m.end(), reading, "month")
    if rel == "last":
        year_no = ctx.dct.year if mon < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "coming"):
        year_no = ctx.dct.year if mon > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year_no = ctx.dct.year
    else:
        year_no = cal.month_year(ctx.dct, mon, ctx.direction(m.start(), m.end()))
    return Candidate(m.start(), m.end(), cal.month(year_no, mon), "month")


def _year(m: re.Match[str], ctx: Context) -> Candidate | None:
    fiscal = m.group("fiscal") or ""
    if fiscal[:1] in ("f", "F"):  # TIMEX3 writes fiscal years with FY ("fiscal 1998" = FY1998)
        reading = cal.year(int(m.group("year")))
        fy = cal.Reading("DATE", f"FY{reading.value}", "year", reading.anchor)
        return Candidate(m.start(), m.end(), fy, "year")
    if m.group("mod") or fiscal:
        return Candidate(m.start(), m.end(), cal.year(int(m.group("year"))), "year")
    if re.match(r"\s*(?:GMT|UTC|hrs\b|hours\s+GMT)", ctx.text[m.end() : m.end() + 12]):
        return None  # a 24-hour clock time ("1800 GMT")
    if ctx.text[m.start() - 1 : m.start()] == "-":
        return None  # the second year of "2021-2025"
    before = _previous_word(ctx.text, m.start()).lower()
    if before in COUNT_BEFORE:
        return None
    if before in YEAR_CUES:
        return Candidate(m.start(), m.end(), cal.year(int(m.group("year"))), "year")
    after = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 30])
    if after:
        word = after.group(1)
        counted = word.endswith("s") or word in _COUNTED
        if counted and word not in YEAR_OK_AFTER:
            return None
    return Candidate(m.start(), m.end(), cal.year(int(m.group("year"))), "year")


def _decade(m: re.Match[str], _ctx: Context) -> Candidate | None:
    if m.group("dec"):
        first = int(m.group("dec"))
    else:
        short = int(m.group("short"))
        first = (2000 if short <= 20 else 1900) + short
    return Candidate(m.start(), m.end(), cal.decade(first), "decade")


def _century(m: re.Match[str], _ctx: Context) -> Candidate | None:
    raw = m.group("num")
    number = int(raw[:-2]) if raw[:-2].isdigit() else ORDINALS.get(raw.lower().replace(" ", "-"))
    if not number or number > 21:
        return None
    return Candidate(m.start(), m.end(), cal.century(number), "century")


def _range_years(m: re.Match[str]) -> tuple[int, int] | None:
    """Both years of "1998-99", "2019-20", "2022-2024"; None unless the second follows the first."""
    first, raw = int(m.group("y1")), m.group("y2")
    if len(raw) == 4:
        second = int(raw)
    else:
        second = first // 100 * 100 + int(raw)
        if second <= first and first % 100 >= 90:
            second += 100  # "1999-00"
    return (first, second) if first < second <= first + 50 else None


def _year_range_start(m: re.Match[str], _ctx: Context) -> Candidate | None:
    years = _range_years(m)
    if years is None:
        return None
    return Candidate(m.start("y1"), m.end("y1"), cal.year(years[0]), "year-range")


def _year_range_end(m: re.Match[str], _ctx: Context) -> Candidate | None:
    years = _range_years(m)
    if years is None:
        return None
    return Candidate(m.start("y2"), m.end("y2"), cal.year(years[1]), "year-range")


def _day_range(m: re.Match[str], ctx: Context, which: str) -> Candidate | None:
    """One end of "Nov. 19-20" (TimeML tags the two days of a range separately)."""
    mon, first, last = month_number(m.group("mon")), int(m.group("d1")), int(m.group("d2"))
    if not 1 <= first < last <= 31:
        return None
    day_no = first if which == "d1" else last
    if m.group("year"):
        year_no = int(m.group("year"))
    elif ctx.dct is not None:
        year_no = cal.dated_month_year(ctx.dct, mon, first, ctx.direction(m.start(), m.end()))
    else:
        reading = cal.Reading("DATE", f"XXXX-{mon:02d}-{day_no:02d}", "day", None)
        return Candidate(m.start(), m.end(which), reading, "day-range")
    found = cal.valid_date(year_no, mon, day_no)
    if found is None:
        return None
    start = m.start() if which == "d1" else m.start("d2")
    end = m.end("d1") if which == "d1" else m.end()
    return Candidate(start, end, cal.day(found), "day-range")


def _day_range_start(m: re.Match[str], ctx: Context) -> Candidate | None:
    return _day_range(m, ctx, "d1")


def _day_range_end(m: re.Match[str], ctx: Context) -> Candidate | None:
    return _day_range(m, ctx, "d2")


_WORD_DECADES = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"


def _word_decade(m: re.Match[str], _ctx: Context) -> Candidate | None:
    index = _WORD_DECADES.split("|").index(m.group("word").lower())
    return Candidate(m.start(), m.end(), cal.decade(1920 + 10 * index), "decade")


@cache
def date_rules() -> tuple[Rule, ...]:
    """The calendar rules, compiled once per process: ranges first, then single dates."""
    return _range_rules() + _single_rules()


def _range_rules() -> tuple[Rule, ...]:
    year_range = re.compile(
        r"(?<![\d,.$£€#/-])\b(?P<y1>1[89]\d\d|20\d\d)[-\u2013](?P<y2>\d\d|1[89]\d\d|20\d\d)\b"
        r"(?![-\u2013/]?\d|[,.]\d)"
    )
    day_range = re.compile(
        rf"{ON}{MON}\s+(?P<d1>[0-3]?\d)[-\u2013](?P<d2>[0-3]?\d)\b(?!:\d|[-\u2013/]\d)"
        rf"(?:,?\s+{YEAR}\b(?![\d,]\d))?"
    )
    return (
        ("year-range-start", year_range, _year_range_start),
        ("year-range-end", year_range, _year_range_end),
        ("day-range-start", day_range, _day_range_start),
        ("day-range-end", day_range, _day_range_end),
    )


def _single_rules() -> tuple[Rule, ...]:
    wd = rf"(?:{WEEKDAY_ANY},?\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year_tail = rf"(?:,?\s+{YEAR})?(?![\d,]\d)"
    ordinal_words = "|".join(sorted((k for k in ORDINALS if k.isalpha()), key=len, reverse=True))
    return (
        ("month-day", re.compile(rf"{ON}{wd}{MON}\s+{day}\b(?!:\d|,\d\d\d){year_tail}"),
         _month_day),
        ("day-month", re.compile(rf"{ON}{wd}(?:the\s+)?\b{day}\s+(?:of\s+)?{MON}{year_tail}"),
         _month_day),
        ("iso", re.compile(rf"{ON}\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b(?!-\d)"), _iso),
        ("numeric", re.compile(rf"{ON}\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b"), _numeric),
        ("month-year", re.compile(rf"{MOD}{MON},?\s+(?:of\s+)?{YEAR}\b(?![\d,]\d)"),
         _month_year),
        ("month", re.compile(
            rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+|{MOD})?"
            rf"(?P<mon>{MONTH_FULL}|Sept\.)(?![a-z])(?!\s+\d)"), _bare_month),
        ("year", re.compile(
            rf"(?:(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+"
            rf"|(?P<fiscal>(?:[Ff]iscal(?:\s+year)?|FY|the\s+year)\s*))?"
            rf"(?<![\d,.$£€#/])\b{YEAR}\b(?![\d%/]|[,.]\d|-\d|\s*:\d)"), _year),
        ("decade", re.compile(
            r"(?:\b[Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?"
            r"(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<short>\d0))s\b"), _decade),
        ("word-decade", re.compile(
            rf"\b[Tt]he\s+(?:(?:early|mid|late)[\s-]+)?(?P<word>{_WORD_DECADES})\b"),
         _word_decade),
        ("century", re.compile(
            rf"(?:\b[Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?"
            rf"(?P<num>\d{{1,2}}(?:st|nd|rd|th)|{ordinal_words})[\s-]+century\b", re.IGNORECASE),
         _century),
    )  # fmt: skip
