"""Datelines: where a story says it is told from.

"SEOUL (Reuters) -", "WASHINGTON —", "(NEW YORK) —", "ST. PAUL --", "KANSAS CITY The
Latest", or an aggregator's "Zimbabwe: ..." title: the dateline place votes three times for
the article's country and is the fallback place of its events. Kept apart from the
toponym finder (`place.mentions`), which takes the dateline this module finds.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.coding.place.gazetteer import GazEntry, Gazetteer
from newsevents.coding.place.toponym import Toponym, token_span
from newsevents.model import ParsedArticle, Token

# What may follow a dateline: dashes (also as scraped: "---", a stray cp1252 dash
# U+0097, a closing quote where "(AP) —" lost its dash), a bracket or a colon.
DATELINE_ENDS = frozenset({"(", "—", "–", "-", "--", "---", "\u0097", "\u201d", '"', ":"})
UNMARKED_DATELINE_POPULATION = 500_000
DATELINE_ABBREVIATIONS = frozenset({"ST", "FT", "MT"})  # "ST. PAUL --"
DATELINE_SENTENCES = 4  # a title and a teaser may come before the dateline


def find_dateline(
    parsed: ParsedArticle, tokens: dict[int, Token], gazetteer: Gazetteer
) -> Toponym | None:
    """'SEOUL (Reuters) -', 'WASHINGTON —', '(NEW YORK) —': upper-case words opening one of
    the article's first sentences.

    Not only the first: a scraped page often puts its title and a teaser before the wire
    copy ("Mayor charged ... our weekly roundup. NEW BREMEN — The mayor was ..."), and the
    dateline there still says where the story is told from.
    """
    label = _country_label(parsed, tokens, gazetteer)
    if label is not None:
        return label
    for sentence in parsed.sentences[:DATELINE_SENTENCES]:
        for first in _line_starts(sentence.tokens):
            found = _dateline_at(first, sentence.index, tokens, gazetteer)
            if found is not None:
                return found
    return None


def _country_label(
    parsed: ParsedArticle, tokens: dict[int, Token], gazetteer: Gazetteer
) -> Toponym | None:
    """ "Zimbabwe: Airline rejects ...": aggregators file a story under the country it is
    about, written before a colon at the head of its title; that country is its dateline."""
    if not parsed.sentences or not parsed.sentences[0].tokens:
        return None
    first = parsed.sentences[0].tokens[0].i
    end = first
    while end in tokens and end - first < 3 and tokens[end].text.istitle():
        end += 1
    colon = tokens.get(end)
    if end == first or colon is None or colon.text != ":":
        return None
    span = token_span(tokens, first, end)
    if not any(c.feature_code == "PCLI" for c in gazetteer.candidates(span.text)):
        return None
    return Toponym(span, parsed.sentences[0].index, first, end, role="dateline")


def _line_starts(sentence: Sequence[Token]) -> list[int]:
    """Where a dateline may begin in a sentence: its first token, or a token opening a new
    line (the parser may join a title and the dateline line below it)."""
    return [
        t.i
        for position, t in enumerate(sentence)
        if position == 0 or _ends_line(sentence[position - 1])
    ]


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace or (token.text.isspace() and "\n" in token.text)


def _dateline_at(
    first: int, sentence_index: int, tokens: dict[int, Token], gazetteer: Gazetteer
) -> Toponym | None:
    """The dateline opening the sentence that begins at token `first`, if it has one."""
    start = first + 1 if tokens[first].text == "(" else first
    end = start
    while end in tokens and _dateline_word(tokens, end, start):
        end += 1
    nxt = tokens.get(end)
    if nxt is not None and nxt.text == ")" and start > first:
        nxt = tokens.get(end + 1)
    if end == start or nxt is None:
        return None
    span = token_span(tokens, start, end)
    found = gazetteer.candidates(span.text.title()) if len(span.text) >= 3 else []
    # "KANSAS CITY The Latest on ...", "LONDON The Latest": a dateline may run into the
    # lead unmarked when it has two words or names a city
    unmarked = nxt.text.istitle() and (end - start >= 2 or _city(found))
    if not found or (nxt.text not in DATELINE_ENDS and nxt.text != "," and not unmarked):
        return None
    return Toponym(span, sentence_index, start, end, role="dateline")


def _city(found: Sequence[GazEntry]) -> bool:
    """Does the name name a city (a town of `UNMARKED_DATELINE_POPULATION` or more)?"""
    return any(
        e.feature_code == "PPL"
        and not e.by_alternate_name
        and e.population >= UNMARKED_DATELINE_POPULATION
        for e in found
    )


def _dateline_word(tokens: dict[int, Token], i: int, start: int) -> bool:
    """An upper-case word of a dateline, or the dot of its abbreviation ("ST. PAUL")."""
    text = tokens[i].text
    if text == ".":
        return i > start and tokens[i - 1].text in DATELINE_ABBREVIATIONS
    return text.isalpha() and text.isupper()
