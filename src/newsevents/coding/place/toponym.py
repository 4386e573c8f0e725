"""A place name found in the text, and the text span of a run of tokens.

Shared by the toponym finder (`place.mentions`) and the dateline reader
(`place.datelines`), so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.coding.place.gazetteer import GazEntry
from newsevents.model import PlaceRole, Span, Token


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in the text, with what the text says contains it."""

    span: Span
    sentence_index: int
    token_start: int
    token_end: int
    role: PlaceRole = "mentioned"
    container: str = ""  # the "State" or "Country" of "City, State", as printed
    demonym_of: GazEntry | None = None  # the country a nationality word names ("Israeli")
    state_word: bool = False  # followed by "state": "Washington state" means the state
    quarter_of: str = ""  # the town of "the X neighborhood of Town", as printed


def token_span(tokens: dict[int, Token], start: int, end: int) -> Span:
    """The text of tokens `start`..`end` as printed, with its offsets."""
    first, last = tokens[start], tokens[end - 1]
    text = "".join(tokens[i].text + tokens[i].whitespace for i in range(start, end))
    return Span(first.start, last.end, text[: last.end - first.start])
