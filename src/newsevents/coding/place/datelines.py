"""Datelines: where a story says it is told from.

"SEOUL (Reuters) -", "WASHINGTON —", "(NEW YORK) —", "ST. PAUL --", "KANSAS CITY The
Latest", a double "MOSUL/BAGHDAD (Reuters) -", or an aggregator's "Zimbabwe: ..." title:
the dateline place votes three times for the article's country and is the fallback place
of its events. Kept apart from the toponym finder (`place.mentions`), which takes the
dateline this module finds.
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
    line or following a full stop (the parser may join a title and the dateline below it,
    on one line or two: "Two dead in feud . SAIDA: ...")."""
    return [
        t.i
        for position, t in enumerate(sentence)
        if position == 0 or _ends_line(sentence[position - 1]) or sentence[position - 1].text == "."
    ]


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace or (token.text.isspace() and "\n" in token.text)


def _dateline_at(
    first: int, sentence_index: int, tokens: dict[int, Token], gazetteer: Gazetteer
) -> Toponym | None:
    """The dateline opening the sentence that begins at token `first`, if it has one. A
    double dateline ("KIRKUK/BAGHDAD (Reuters) -": about Kirkuk, filed from Baghdad) is
    the first place the gazetteer knows."""
    start = first + 1 if tokens[first].text == "(" else first
    end = _dateline_end(tokens, start)
    place = (start, end)
    found = _places(tokens, start, end, gazetteer)
    nxt = tokens.get(end)
    if nxt is not None and nxt.text == "/" and end > start:
        second = _dateline_end(tokens, end + 1)
        if not found:
            place, found = (end + 1, second), _places(tokens, end + 1, second, gazetteer)
        end, nxt = second, tokens.get(second)
    if nxt is not None and nxt.text == ")" and start > first:
        nxt = tokens.get(end + 1)
    if place[0] == place[1] or nxt is None:
        return None
    # "KANSAS CITY The Latest on ...", "LONDON The Latest": a dateline may run into the
    # lead unmarked when it has two words or names a city
    unmarked = nxt.text.istitle() and (place[1] - place[0] >= 2 or _city(found))
    if not found or (nxt.text not in DATELINE_ENDS and nxt.text != "," and not unmarked):
        return None
    span = token_span(tokens, *place)
    return Toponym(span, sentence_index, place[0], place[1], role="dateline")


def _dateline_end(tokens: dict[int, Token], start: int) -> int:
    """The token after the run of dateline words that begins at `start`."""
    end = start
    while end in tokens and _dateline_word(tokens, end, start):
        end += 1
    return end


def _places(tokens: dict[int, Token], start: int, end: int, gazetteer: Gazetteer) -> list[GazEntry]:
    """The gazetteer's entries for the dateline words in [start, end)."""
    if end == start:
        return []
    text = token_span(tokens, start, end).text
    return list(gazetteer.candidates(text.title())) if len(text) >= 3 else []


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
