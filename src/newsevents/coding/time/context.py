"""What a timex rule sees (the text, the publication date, the tense nearby) and returns.

Bare names ("Monday", "March", "the summer") point backwards in past-tense
reporting and forwards in plans, so rules ask `direction()` for the tense of
the clause around a match. It looks only at a short window of the sentence
and picks the tense cue nearest before the expression: in "said on Monday it
will meet in May", "Monday" follows "said" and "May" follows "will".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from newsevents.coding.time.calendar import Direction, Reading

_FUTURE = (
    r"(?:will|would|shall|'ll)\s+(?:not\s+)?(?:be|have\s+been|stay|remain|get|become)\s+\w+"
    r"|(?:is|are)\s+(?:expected|scheduled|due|set|planned|slated)|"
    r"will|won[’']t|wo n[’']t|[’']ll|shall|going\s+to|plans?\s+to|planning\s+to|planned\s+for|"
    r"scheduled|slated|expected\s+to|set\s+to|due\s+to|due|to\s+be\s+held|would|next|"
    r"upcoming|intends?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|until|ahead\s+of|"
    r"coming|forthcoming|tomorrow"
)
_PAST = (
    r"said|says|told|was|were|had|did|ago|last|earlier|previously|yesterday|\w{3,}ed|rose|fell"
    r"|met|began|took|came|went|left|held|made|gave|won|lost|saw|led|fought|struck|broke|ran"
    r"|spoke|sent|kept|grew|drew|threw|shot|found|became|brought|sought|stood|fled|paid|meant"
    r"|built|spent|wrote|chose|flew|sold|knew|got|heard|swept|slid|sank|shook|stole|wore|bore"
)
TENSE_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
SENTENCE_EDGE = re.compile(r"[.!?;]\s+(?=[A-Z\"'“])|\n\s*\n")
_WINDOW = 120

RelUnit = Literal["day", "week", "month", "year", "hour", "minute"]


@dataclass(frozen=True, slots=True)
class Relative:
    """A shift to apply to the reference time once earlier expressions are known.

    "the day before", "two years later" count from the time the story is
    talking about, which is the latest dated expression before them (or the
    publication date), so they are resolved after all rules have run.
    """

    unit: RelUnit
    amount: int
    part: str = ""  # a part of day ("MO") for days; "quarter" for "the year-ago quarter"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's proposal: a span of the text and what it means."""

    start: int
    end: int
    reading: Reading
    rule: str
    relative: Relative | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """The text under analysis and its publication date (DCT)."""

    text: str
    dct: dt.date | None

    def direction(self, start: int, end: int) -> Direction:
        """Past, future or unknown ('nearest') tense of the clause around [start, end).

        The nearest cue before the expression wins ("said on Monday that it
        will..." is past); cues after it count only when none precede it
        ("On Monday the minister will...").
        """
        lo, hi = self._sentence_bounds(start, end)
        before: Direction | None = None
        for match in TENSE_CUE.finditer(self.text, lo, start):
            before = "future" if match.group("future") else "past"
        if before is not None:
            return before
        after = TENSE_CUE.search(self.text, end, hi)
        if after is None:
            return "nearest"
        return "future" if after.group("future") else "past"

    def _sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - _WINDOW)
        hi = min(len(self.text), end + _WINDOW)
        # up to one character past `start`: the edge's look-ahead must see the expression's
        # first letter, or a sentence opening "On Monday," takes the last one's tense
        for edge in SENTENCE_EDGE.finditer(self.text, lo, min(len(self.text), start + 1)):
            lo = edge.end()
        after = SENTENCE_EDGE.search(self.text, end, hi)
        if after:
            hi = after.start() + 1
        return lo, hi
