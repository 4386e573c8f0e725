"""Where in a text the timex rules are worth running: one fast scan for trigger words.

Running ~25 case-insensitive patterns over a whole article costs more than the
budget (the time stage must stay far below spaCy's parsing cost). Every timex
contains at least one trigger (a month name, a digit, a unit word...), so one
case-sensitive scan of the lower-cased text finds them all, and each rule runs
only in small windows around the triggers it needs. A rule never sees less
text than it could match: windows reach well past the longest prefix
("the beginning of ...") and suffix ("..., 2020 at 5 p.m.") of any rule.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from types import MappingProxyType

# Order matters where needles overlap: "weekly" must be a set word before "week" a unit,
# "decade" a unit before "dec" a month.
_NEEDLES = (
    ("dayword", r"yesterday|today|tonight|tomorrow|nowadays"),
    ("weekday", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("set", r"every|each|once|twice|times|daily|nightly|weekly|biweekly|monthly|quarterly"
            r"|yearly|annually|hourly"),
    ("clock", r"\d+|noon|midday|midnight"),
    ("unit", r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"),
    ("month", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    ("part", r"morning|afternoon|evening|overnight"),
    ("season", r"spring|summer|autumn|fall|winter"),
    ("vague", r"recent|lately|current|present|\bnow\b|soon|shortly|moment|future|past|coming"),
    ("other", r"half|ties\b|\beve\b|'\d0s"),
)  # fmt: skip

RULE_TRIGGERS = MappingProxyType(
    {
        "month-day": ("month",), "day-month": ("month",), "iso": ("clock",),
        "numeric": ("clock",), "month-year": ("month",), "month": ("month",),
        "year": ("clock",), "decade": ("clock", "other"), "word-decade": ("other",),
        "century": ("unit",), "weekday": ("weekday",), "day-word": ("dayword",),
        "day-part": ("part", "unit"), "period": ("unit",), "weekend": ("unit",),
        "part-of-period": ("unit",),
        "season": ("season",), "quarter": ("unit", "other"), "q-year": ("clock",),
        "reference-day": ("unit", "part", "other"), "ago": ("unit",), "duration": ("unit",),
        "bare-units": ("unit",), "vague": ("vague", "dayword", "unit"), "set": ("set",),
        "clock": ("clock",),
    }
)  # fmt: skip

BEFORE = 60  # longest rule prefix before its trigger, with room to spare
AFTER = 60


@cache
def needle_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{key}>{fragment})" for key, fragment in _NEEDLES))


def trigger_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger spans by needle kind, found in one scan of the lower-cased text."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for match in needle_pattern().finditer(text.lower()):
        found[match.lastgroup or ""].append(match.span())
    return found


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
