"""Where in a text the timex rules are worth running: one fast scan for trigger words.

Running ~25 case-insensitive patterns over a whole article costs more than the
budget (the time stage must stay far below spaCy's parsing cost). Every timex
contains at least one trigger (a month name, a four-digit year, a unit word...),
so a few cheap case-sensitive scans of the lower-cased text find them all, and
each rule runs only in small windows around the triggers it needs. A rule never sees less
text than it could match: windows reach well past the longest prefix
("the beginning of ...") and suffix ("..., 2020 at 5 p.m.") of any rule.
"""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType

# One scan per needle (separate scans beat one big alternation here, and overlapping
# needles such as "weekly"/"week" then both count).
_NEEDLES = (
    ("dayword", r"yesterday|today|tonight|tomorrow|overnight"),
    ("weekday", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("set", r"every|each|once|twice|times|daily|nightly|weekly|monthly|quarterly|yearly"
            r"|annually|hourly"),
    ("iso", r"\d{4}-\d\d-\d\d"),
    ("slash", r"\d/\d"),
    ("year", r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"),
    ("decade", r"\d0s|ties\b"),
    ("clock", r"\d\s*[ap]\.?m\b|\d:\d\d|noon|midday|midnight|\d{4}\s*(?:gmt|utc|hrs)"),
    ("q", r"\bq[1-4]\b"),
    ("month", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    ("part", r"morning|afternoon|evening|night"),
    ("unit", r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"),
    ("century", r"centur"),
    ("agoword", r"\bago\b|earlier|later"),
    ("season", r"spring|summer|autumn|fall|winter"),
    ("vague", r"recent|lately|current|present|\bnow|soon|shortly|moment|future|past|coming"
              r"|these"),
    ("half", r"\bhalf\b|quarter"),
    ("eve", r"\beve\b"),
    ("holiday", r"christmas|new year|independence|halloween|valentine|boxing|bastille|veterans"
                r"|armistice|remembrance|may day|patrick|flag day|fawkes|easter|good friday"
                r"|thanksgiving|memorial|labor day|luther king|presidents|columbus|election day"),
    ("range", r"\d[-\u2013]\d"),
)  # fmt: skip

RULE_TRIGGERS = MappingProxyType(
    {
        "month-day": ("month",), "day-month": ("month",), "iso": ("iso",),
        "numeric": ("slash",), "month-year": ("month",), "month": ("month",),
        "year": ("year",), "decade": ("decade",), "word-decade": ("decade",),
        "century": ("century",), "weekday": ("weekday",), "day-word": ("dayword",),
        "day-part": ("part",), "period": ("unit",), "weekend": ("unit",),
        "part-of-period": ("unit",), "season": ("season",), "quarter": ("half",),
        "q-year": ("q",), "year-ago-period": ("unit",), "reference-day": ("unit", "part", "eve"),
        "ago": ("agoword",),
        "duration": ("unit",), "bare-units": ("unit",), "half": ("unit",), "vague": ("vague",),
        "set": ("set",),
        "clock": ("clock",), "holiday": ("holiday",), "year-range-start": ("range",),
        "year-range-end": ("range",), "day-range-start": ("range",), "day-range-end": ("range",),
    }
)  # fmt: skip

BEFORE = 60  # longest rule prefix before its trigger, with room to spare
AFTER = 60


@cache
def needle_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((key, re.compile(fragment)) for key, fragment in _NEEDLES)


def trigger_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger spans by needle kind, found in the lower-cased text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare non-ASCII case changes: scan the original
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return {key: [m.span() for m in found.finditer(lowered)] for key, found in needle_patterns()}


def windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows around trigger spans; `hi` ends after whitespace so a
    pattern's look-ahead never sees a word cut in half."""
    merged: list[tuple[int, int]] = []
    size = len(text)
    for start, end in sorted(spans):
        lo = max(0, start - BEFORE)
        hi = min(size, end + AFTER)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < size and not text[hi - 1].isspace():
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
