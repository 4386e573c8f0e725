"""Find temporal expressions in text and normalise them to TIMEX3 values.

The rules are plain regular expressions (compiled once per process) with a
small handler each, so the time stage costs a tiny fraction of parsing: no
model and no `dateparser.search_dates` over whole articles. Three passes:

1. every rule proposes candidates (`timex_rules_dates`, `_relative`, `_amounts`);
2. the longest non-overlapping candidates win ("June 16, 2020" beats "2020"),
   and a clock time next to a day becomes one TIME ("5 p.m. Monday");
3. expressions counted from the story's own time ("the day before", "two
   years later") are resolved against the latest dated expression before them,
   or the publication date (DCT) when there is none.

Span conventions follow the gold file: a preposition "on" before a day is part
of the expression ("on Monday"), other prepositions are not ("since January").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from newsevents.coding.time import calendar as cal
from newsevents.coding.time.context import Candidate, Context
from newsevents.coding.time.holidays import holiday_rules
from newsevents.coding.time.resolve import resolve_relative
from newsevents.coding.time.rules_amounts import amount_rules
from newsevents.coding.time.rules_dates import Rule, date_rules
from newsevents.coding.time.rules_relative import relative_rules
from newsevents.coding.time.triggers import RULE_TRIGGERS, trigger_positions, windows
from newsevents.model import Span, Timex

_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)$")
_DAY_THEN_CLOCK = re.compile(
    r"\s*,?\s*(?:at|around|about|by|shortly\s+(?:after|before)|just\s+(?:after|before))?\s*$"
)
_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:on)?\s*$", re.IGNORECASE)


def all_rules() -> tuple[Rule, ...]:
    """Every rule, in the order candidates are proposed (ties go to the earlier rule)."""
    return date_rules() + holiday_rules() + relative_rules() + amount_rules()


def find_timexes(text: str, dct: dt.date | None, *, offset: int = 0) -> list[Timex]:
    """All temporal expressions in `text` (an article, or one sentence with `offset` = its start),
    as model.Timex with doc-level spans, TIMEX3 type and value, precision and anchor day."""
    ctx = Context(text, dct)
    chosen = merge_clock_times(select(propose(ctx, all_rules())), text)
    resolved = resolve_relative(chosen, dct)
    return [
        Timex(
            Span(c.start + offset, c.end + offset, text[c.start : c.end]),
            c.reading.type,
            c.reading.value,
            c.reading.precision,
            c.reading.anchor,
        )
        for c in resolved
    ]


def propose(ctx: Context, rules: Iterable[Rule]) -> list[tuple[Candidate, int]]:
    """Run each rule around its triggers; each candidate keeps its rule's rank for tie-breaks."""
    triggers = trigger_positions(ctx.text)
    spans_of: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    found: list[tuple[Candidate, int]] = []
    for rank, (name, pattern, handler) in enumerate(rules):
        keys = RULE_TRIGGERS[name]
        if keys not in spans_of:
            spans = [span for key in keys for span in triggers.get(key, ())]
            spans_of[keys] = windows(ctx.text, spans)
        seen: set[tuple[int, int]] = set()
        for lo, hi in spans_of[keys]:
            for match in pattern.finditer(ctx.text, lo, hi):
                if match.end() == match.start() or match.span() in seen:
                    continue
                seen.add(match.span())
                candidate = handler(match, ctx)
                if candidate is not None and candidate.end > candidate.start:
                    found.append((candidate, rank))
    return found


def select(found: Sequence[tuple[Candidate, int]]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, in text order."""
    ordered = sorted(found, key=lambda pair: (pair[0].start - pair[0].end, pair[0].start, pair[1]))
    taken = bytearray(max((c.end for c, _ in found), default=0))
    kept: list[Candidate] = []
    for candidate, _rank in ordered:
        if not any(taken[candidate.start : candidate.end]):
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def merge_clock_times(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Join a clock time and an adjacent day ("5 p.m. Monday", "Monday at 5 p.m.")."""
    merged: list[Candidate] = []
    for candidate in chosen:
        previous = merged[-1] if merged else None
        joined = _join(previous, candidate, text) if previous else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(candidate)
    return merged


def _join(first: Candidate, second: Candidate, text: str) -> Candidate | None:
    gap = text[first.end : second.start]
    if "later" in (first.rule, second.rule) or "ago" in (first.rule, second.rule):
        return None  # "at 9 a.m. Two hours later": a second expression, not the clock's day
    if first.rule == "clock" and _is_day(second) and _CLOCK_THEN_DAY.fullmatch(gap):
        clock, day = first, second
    elif second.rule == "clock" and _is_day(first) and _DAY_THEN_CLOCK.fullmatch(gap):
        clock, day = second, first
    else:
        return None
    hour_minute = _CLOCK_VALUE.search(clock.reading.value)
    if hour_minute is None:
        return None
    reading = cal.clock(day.reading.anchor, int(hour_minute[1]), int(hour_minute[2]))
    return Candidate(first.start, second.end, reading, "clock", day.relative)


def _is_day(candidate: Candidate) -> bool:
    return candidate.reading.type == "DATE" and candidate.reading.precision == "day"
