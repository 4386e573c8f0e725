"""Find the quotation, if any, that contains a given character offset.

An event read from inside quotation marks is the speaker's own wording, and a
user weighing it wants to see those words: the `quote` of its source. Quotes
are paired within a paragraph (news paragraphs hold a quote together, and an
unbalanced mark in one paragraph must not swallow the rest of the article).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

OPENING = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = '"'
_OPENERS = re.compile('[“«„"]')


def quotation_around(text: str, start: int, end: int) -> str | None:
    """The text between the quotation marks that enclose [start, end), or None.

    Straight double quotes pair in order of appearance; curly and guillemet quotes pair
    with their own closing mark. Single quotes are ignored: they are too often apostrophes.
    """
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    if para_end < 0:
        para_end = len(text)
    for q_start, q_end in quote_ranges(text, para_start, para_end):
        if q_start <= start and end <= q_end:
            return text[q_start:q_end].strip(" \t,.;:")
    return None


def quote_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Inner [start, end) ranges of the quotations in text[lo:hi].

    Opening marks are found with a regular expression rather than a character loop:
    this runs once per event over its paragraph, so the loop made a long paragraph
    quadratic in its length.
    """
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        found = _OPENERS.search(text, i, hi)
        if found is None:
            break
        closer = OPENING.get(found.group(), STRAIGHT)
        j = text.find(closer, found.end(), hi)
        if j < 0:
            break
        out.append((found.end(), j))
        i = j + 1
    return out


@dataclass
class QuoteIndex:
    """`quotation_around` for many spans of one text, each answered by binary search.

    Why: every event asks for its quotation, and finding the paragraph and its
    quotes afresh costs the paragraph's length each time, so a long paragraph
    with many events was quadratic. Here the newlines are found once and each
    paragraph's quote ranges at most once.
    """

    text: str
    newlines: list[int] = field(init=False)
    ranges: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", self.text)]

    def around(self, start: int, end: int) -> str | None:
        """Exactly `quotation_around(self.text, start, end)`."""
        before = bisect_left(self.newlines, start)
        para_start = self.newlines[before - 1] + 1 if before else 0
        after = bisect_left(self.newlines, end)
        para_end = self.newlines[after] if after < len(self.newlines) else len(self.text)
        key = (para_start, para_end)
        if key not in self.ranges:
            self.ranges[key] = quote_ranges(self.text, para_start, para_end)
        found = self.ranges[key]
        # The ranges are disjoint and in order: only the last one starting at or
        # before `start` can enclose the span.
        k = bisect_right(found, start, key=lambda r: r[0]) - 1
        if k >= 0 and found[k][0] <= start and end <= found[k][1]:
            q_start, q_end = found[k]
            return self.text[q_start:q_end].strip(" \t,.;:")
        return None
