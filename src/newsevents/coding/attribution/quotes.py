"""Find the quotation, if any, that contains a given character offset.

An event read from inside quotation marks is the speaker's own wording, and a
user weighing it wants to see those words: the `quote` of its source. Quotes
are paired within a paragraph (news paragraphs hold a quote together, and an
unbalanced mark in one paragraph must not swallow the rest of the article).
"""

from __future__ import annotations

import re

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
