"""A dateline stands apart from the lead sentence it opens.

Wire copy begins "CAIRO (Reuters) - Egypt's army said ..." or "WASHINGTON — The Senate
voted ...". Parsed as one sentence, the place in capitals becomes the subject of the lead
verb, and "CAIRO" is coded as the actor that said or voted. This spaCy component, run
before the parser, marks the word after a dateline as the start of a sentence, so the
dateline is its own sentence (its place is still read as the dateline by the place coder).
"""

from __future__ import annotations

from typing import Any

COMPONENT = "newsevents_dateline"
DASHES = frozenset({"-", "—", "–", "--", ":"})
MAX_DATELINE_TOKENS = 10


def mark_dateline(doc: Any) -> Any:
    """Start a sentence after every dateline at the start of a paragraph, and at every
    paragraph after a blank line: a title, a byline ("By Staff Reporter") and the lead
    are separate sentences even when none ends in a full stop."""
    for start in _paragraph_starts(doc):
        if start > 0 and _after_blank_line(doc, start) and not doc[start].is_space:
            doc[start].is_sent_start = True
        end = _dateline_end(doc, start)
        if end is not None and end + 1 < len(doc):
            doc[end + 1].is_sent_start = True
    return doc


def _after_blank_line(doc: Any, start: int) -> bool:
    before = doc[start - 1]
    gap = str(before.text if before.is_space else before.whitespace_)
    return gap.count("\n") >= 2


def _paragraph_starts(doc: Any) -> list[int]:
    """Where a dateline may begin: the text's start, a new line, or a word in capitals right
    after a full stop (a headline run into the body: "Bomb kills 20. BAGHDAD — A car ...")."""
    starts = [0] if len(doc) else []
    for token in doc:
        new_line = "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)
        run_in = token.text == "." and token.i + 1 < len(doc) and _shouting(doc[token.i + 1])
        if new_line or run_in:
            starts.append(token.i + 1)
    return [i for i in starts if i < len(doc)]


def _shouting(token: Any) -> bool:
    return bool(token.text.isupper() and sum(c.isalpha() for c in token.text) >= 2)


def _agency_closes(doc: Any, i: int) -> bool:
    """Whether token `i` closes a bracketed agency ("(AP)", "(Reuters)") that no dash
    follows: a one-word name in brackets, right before a capitalised word."""
    if doc[i].text != ")" or i < 2 or doc[i - 2].text != "(" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return bool(doc[i - 1].is_alpha and after.text not in DASHES and after.text[:1].isupper())


def _dateline_end(doc: Any, start: int) -> int | None:
    """The index of the dash that closes a dateline beginning at `start`, else None.

    A dateline is a few words with at least one in capitals ("MOSUL, Iraq") or an agency
    in brackets ("Hanoi (VNA)"), joined only by commas, slashes and brackets. Scraped wire
    copy may drop the dash after the agency ("LIMA (AP) Peru's Senate voted"):
    the closing bracket of an agency after a place in capitals then ends the dateline.
    """
    shouting = False
    for i in range(start, min(len(doc), start + MAX_DATELINE_TOKENS)):
        token = doc[i]
        if token.text in DASHES:
            return i if shouting and i > start else None
        if shouting and _agency_closes(doc, i):
            return i
        if token.is_space:
            return None
        if _shouting(token):
            shouting = True
        elif not (token.is_title or token.text in {",", "/", "(", ")", "."}):
            return None
    return None
