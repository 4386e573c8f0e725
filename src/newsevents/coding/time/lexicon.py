"""Word tables and regex fragments for temporal expressions (English news).

Kept apart from the rules so the vocabulary can grow without touching the
logic. Everything here is immutable (mapping proxies, frozensets, strings):
the module holds no state and does no work beyond building small constants.
"""

from __future__ import annotations

from types import MappingProxyType

MONTHS = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip

WEEKDAYS = MappingProxyType(
    {
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
        "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
        "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    }
)  # fmt: skip

NUMBER_WORDS = MappingProxyType(
    {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "couple": 2,
        "a couple": 2, "a couple of": 2, "couple of": 2,
    }
)  # fmt: skip

ORDINALS = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    }
)  # fmt: skip

# Vague quantities: TIMEX3 writes an unknown count as X ("several years" = PXY).
VAGUE_COUNTS = frozenset({"several", "a few", "few", "some", "many", "numerous", "the past few"})

# Duration unit -> (TIMEX3 letter, multiplier, is a time-of-day unit needing "T").
UNITS = MappingProxyType(
    {
        "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
        "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
        "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("M", 3, False),
        "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
        "centurie": ("Y", 100, False),
    }
)  # fmt: skip

SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
PARTS_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
)

# Regex fragments (strings; the rule modules compile them once).
MONTH_FULL = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ANY = rf"(?:{WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
_SMALL = r"one|two|three|four|five|six|seven|eight|nine"
NUMBER = (
    r"(?:\d+(?:\.\d+)?"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_SMALL}))?"
    rf"|{_SMALL}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple(?:\s+of)?|couple\s+of|an?"
    r"|several|a\s+few|few|some|many|numerous)"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

# Lower-case words after a bare weekday that show it names something else
# ("Sunday Times", "Monday Night Football" is capitalised, handled separately).
NOT_AFTER_WEEKDAY = frozenset(
    {"times", "telegraph", "express", "mirror", "herald", "post", "people", "school",
     "trading", "mail", "star", "independent", "tribune", "business", "observer"}
)  # fmt: skip

# Words after a four-digit number that show it counts things rather than naming a year.
YEAR_OK_AFTER = frozenset(
    {"elections", "olympics", "games", "talks", "protests", "accords", "levels", "figures",
     "polls", "sanctions", "negotiations", "hostilities", "attacks", "riots", "summits",
     "uprisings", "clashes", "floods", "reforms", "deals", "agreements", "cuts", "plans",
     "was", "is", "as", "saw", "has", "had", "and", "or", "to", "when", "after", "before",
     "until", "through", "in", "on", "at", "for", "with", "but", "that", "which", "while"}
)  # fmt: skip
COUNT_BEFORE = frozenset(
    {"about", "around", "some", "nearly", "almost", "over", "than", "approximately",
     "roughly", "least", "only", "just", "estimated", "another", "additional", "extra",
     "number", "no", "route", "flight", "room", "page", "article", "resolution", "#"}
)  # fmt: skip
