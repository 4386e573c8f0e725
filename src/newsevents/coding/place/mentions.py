"""Finding toponyms in a parsed article (before resolving them to GeoNames).

The NER's GPE/LOC/FAC mentions are the main source; the entity ruler fed by
the gazetteer already fixed the names it force-labels. Two more sources cover
what the small model gets wrong without special cases: a PERSON/ORG mention in
a locative context ("in X", "the town of X") that the gazetteer knows, and the
parts of "City, State" / "City, Country" pairs and newswire datelines.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsevents.coding.place.datelines import find_dateline
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.coding.place.names import (
    BARE_DIRECTIONS,
    MISLABELS,
    PLACE_LABELS,
    PLACE_MODIFIERS,
    PLACE_NOUNS,
    QUARTER_NOUNS,
    STRONG_LOCATIVE,
    UNIT_NOUNS,
)
from newsevents.coding.place.toponym import Toponym, token_span
from newsevents.model import Mention, ParsedArticle, Span, Token

ORG_TOWN_MIN_POPULATION = 20_000
# A widened name may be a city's other name ("Quebec City" for Québec) only for a big city.
WIDENED_ALIAS_MIN_POPULATION = 100_000


def find_toponyms(
    parsed: ParsedArticle,
    gazetteer: Gazetteer,
    abbreviations: dict[str, str],
    *,
    demonyms: bool = True,
) -> list[Toponym]:
    """Every toponym span in the article, in text order, without overlaps.

    With `demonyms`, a nationality word ("Israeli", "Sri Lankans") is a
    toponym for its country, as LGL annotates; GeoVirus does not.
    """
    tokens = {t.i: t for s in parsed.sentences for t in s.tokens}
    people = _surnames(parsed, tokens) | _acronyms(tokens)
    found: dict[int, Toponym] = {}
    for sentence in parsed.sentences:
        first = sentence.tokens[0].i if sentence.tokens else 0
        for mention in sentence.mentions:
            topo = _from_mention(mention, tokens, gazetteer, first, people)
            if topo is None and demonyms and mention.label == "NORP":
                topo = _from_demonym(mention, tokens, gazetteer)
            if topo is not None:
                found[topo.token_start] = topo
    dateline = find_dateline(parsed, tokens, gazetteer)
    if dateline is not None:
        overlapping = [
            start
            for start, topo in found.items()
            if topo.span.start < dateline.span.end and dateline.span.start < topo.span.end
        ]
        for start in overlapping:
            del found[start]
        found[dateline.token_start] = dateline
    ordered = sorted(found.values(), key=lambda t: t.token_start)
    return _with_containers(ordered, tokens, abbreviations)


def _surnames(parsed: ParsedArticle, tokens: dict[int, Token]) -> frozenset[str]:
    """The one-word place names the article uses as someone's surname ("Gloria Denton").

    Once a story has named "Gloria Denton", its later bare "Denton" ("Denton said", "Denton
    was released on bail") is that woman, not the town in Texas.
    """
    found: set[str] = set()
    for sentence in parsed.sentences:
        first = sentence.tokens[0].i if sentence.tokens else 0
        for mention in sentence.mentions:
            start, end = mention.token_start, mention.token_end
            if _surname(tokens, start, end, first):
                found.add(tokens[start].text)
    # An organisation or event name ("Teachers Ohio", "Rodeo Houston") also puts a
    # capitalised word before a place: only a name the story also uses alone as the subject
    # of a verb ("Denton said", "Denton was released") is a person's.
    acting = {
        t.text
        for t in tokens.values()
        if t.dep in ("nsubj", "nsubjpass") and t.text in found and tokens[t.head].pos == "VERB"
    }
    return frozenset(found & acting)


def _acronyms(tokens: dict[int, Token]) -> frozenset[str]:
    """Short names the article defines for a name that is no place: "British Airways (BA)".

    Its later bare "BA" is the airline, not Ba in Fiji: the initials of the capitalised
    words before the bracket spell it, and no place label covers those words ("United
    States (US)" keeps its US).
    """
    found: set[str] = set()
    for i, t in tokens.items():
        before, after = tokens.get(i - 1), tokens.get(i + 1)
        if not (t.text.isupper() and len(t.text) >= 2 and before and after):
            continue
        if before.text != "(" or after.text != ")":
            continue
        words = [tokens[j] for j in range(i - len(t.text) - 1, i - 1) if j in tokens]
        initials = "".join(w.text[:1] for w in words)
        if initials == t.text and not any(w.ent_type in PLACE_LABELS for w in words):
            found.add(t.text)
    return frozenset(found)


def _from_mention(
    mention: Mention,
    tokens: dict[int, Token],
    gazetteer: Gazetteer,
    first: int,
    people: frozenset[str] = frozenset(),
) -> Toponym | None:
    start, end = mention.token_start, mention.token_end
    while start < end and tokens[start].text.lower() == "the":
        start += 1
    while end > start and tokens[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if start >= end:
        return None
    start, end = _widened(tokens, start, end, gazetteer, first)
    end = _without_place_noun(tokens, start, end, gazetteer)
    span = token_span(tokens, start, end)
    if span.text.lower() in BARE_DIRECTIONS or _surname(tokens, start, end, first):
        return None
    if span.text in people and not _locative_context(tokens, start, end):
        return None
    if mention.label not in PLACE_LABELS:
        if mention.label not in MISLABELS:
            return None
        known = [e for e in gazetteer.candidates(span.text) if not e.by_alternate_name]
        if not known:
            return None
        # Out of context, only a name that is mostly a sizeable town: "Gainesville"
        # tagged ORG in a headline, never "Jackson" the person.
        if not _locative_context(tokens, start, end) and not (
            mention.label == "ORG" and known[0].population >= ORG_TOWN_MIN_POPULATION
        ):
            return None
    return Toponym(span, mention.sentence_index, start, end)


def _widened(
    tokens: dict[int, Token], start: int, end: int, gazetteer: Gazetteer, first: int
) -> tuple[int, int]:
    """The mention with a capitalised word on either side when together they name a place
    ("New Bremen", "Quebec City"): the name list that labels mentions knows mostly the
    bigger places, so it tags "Bremen" inside "the village of New Bremen"."""
    before, after = tokens.get(start - 1), tokens.get(end)
    if before is not None and before.i >= first and _joins(before, tokens, start, end, gazetteer):
        start -= 1
    if after is not None and _joins(after, tokens, start, end, gazetteer):
        end += 1
    return start, end


def _without_place_noun(
    tokens: dict[int, Token], start: int, end: int, gazetteer: Gazetteer
) -> int:
    """The mention's end without a trailing administrative noun the gazetteer does not
    know the name with: "the Lorvik district" is Lorvik, "Lorvik State" stays whole when
    the gazetteer has it so. (Not "county" or "province": there the bare name is mostly
    a namesake elsewhere, while the gazetteer lacks the unit.)"""
    if end - start < 2 or tokens[end - 1].text.lower() not in UNIT_NOUNS:
        return end
    if gazetteer.candidates(token_span(tokens, start, end).text):
        return end
    shorter = token_span(tokens, start, end - 1).text
    return end - 1 if gazetteer.candidates(shorter) else end


def _joins(
    word: Token, tokens: dict[int, Token], start: int, end: int, gazetteer: Gazetteer
) -> bool:
    if not (word.text.isalpha() and word.text.istitle()):
        return False
    low, high = min(word.i, start), max(word.i + 1, end)
    name = token_span(tokens, low, high).text
    return any(
        not e.by_alternate_name or e.population >= WIDENED_ALIAS_MIN_POPULATION
        for e in gazetteer.candidates(name)
    )


def _surname(tokens: dict[int, Token], start: int, end: int, first: int) -> bool:
    """'Whitney Houston', 'Jack London': a place name led by a given name is a person.

    The entity ruler overwrites the model's PERSON with the town it knows; a
    capitalised name word compounded onto the place, itself no place and no
    place modifier ("Greater", "Lake", "Fort"), gives the person away. Only for
    one-word places; a sentence-initial word counts only in running text (`_capital_after`).
    """
    prev = tokens.get(start - 1)
    if end - start != 1 or prev is None or prev.i < first:
        return False
    if prev.i == first and _capital_after(tokens, end):
        return False
    if prev.whitespace == "" or prev.dep != "compound":
        return False
    if not start <= prev.head < end or prev.pos != "PROPN":
        return False
    word = prev.text
    return (
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and word.lower() not in PLACE_MODIFIERS
        and prev.ent_type not in PLACE_LABELS
        and prev.ent_type != "NORP"
    )


def _capital_after(tokens: dict[int, Token], end: int) -> bool:
    """Whether the word after a name is capitalised: a name opening a sentence is a given
    name only in running text ("Gloria Denton, 54, was ..."); a Title Case headline
    ("Storm Hits Houston") capitalises every word."""
    after = tokens.get(end)
    return after is None or after.text[:1].isupper()


def _from_demonym(
    mention: Mention, tokens: dict[int, Token], gazetteer: Gazetteer
) -> Toponym | None:
    start, end = mention.token_start, mention.token_end
    while start < end and tokens[start].text.lower() == "the":
        start += 1
    if start >= end:
        return None
    span = token_span(tokens, start, end)
    country = gazetteer.demonym_place(span.text)
    if country is None:
        return None
    return Toponym(span, mention.sentence_index, start, end, demonym_of=country)


def _locative_context(tokens: dict[int, Token], start: int, end: int) -> bool:
    """'in X', 'near X', 'the town of X', 'X province': the words around say 'place'."""
    prev = tokens.get(start - 1)
    if prev is None:
        return False
    if prev.text.lower() in STRONG_LOCATIVE:
        return True
    before = tokens.get(start - 2)
    if prev.text.lower() == "of" and before is not None and before.text.lower() in PLACE_NOUNS:
        return True
    after = tokens.get(end)
    return (
        after is not None
        and after.text.lower() in PLACE_NOUNS
        and prev.text.lower() in ("in", "of")
    )


def _with_containers(
    found: Sequence[Toponym], tokens: dict[int, Token], abbreviations: dict[str, str]
) -> list[Toponym]:
    """Link 'City, State' pairs, adding the state abbreviation itself as a toponym."""
    by_start = {t.token_start: t for t in found}
    out: list[Toponym] = []
    for topo in found:
        nxt = tokens.get(topo.token_end)
        if nxt is not None and nxt.text.lower() == "state":
            topo = dataclasses.replace(topo, state_word=True)
        comma = tokens.get(topo.token_end)
        after = tokens.get(topo.token_end + 1)
        town = _quarter_of(topo, tokens, by_start)
        if town:
            out.append(dataclasses.replace(topo, container=town, quarter_of=town))
            continue
        if comma is None or comma.text != "," or after is None:
            out.append(topo)
            continue
        container = ""
        if after.i in by_start:
            container = by_start[after.i].span.text
        elif after.text in abbreviations:
            container = after.text
            out.append(
                Toponym(
                    Span(after.start, after.end, after.text),
                    topo.sentence_index,
                    after.i,
                    after.i + 1,
                )
            )
        out.append(_replace_container(topo, container))
    return sorted(out, key=lambda t: t.token_start)


def _quarter_of(topo: Toponym, tokens: dict[int, Token], by_start: dict[int, Toponym]) -> str:
    """The town of "the X neighborhood of Town" (X is a quarter of it), else ''."""
    noun, of = tokens.get(topo.token_end), tokens.get(topo.token_end + 1)
    if noun is None or of is None or noun.text.lower() not in QUARTER_NOUNS or of.text != "of":
        return ""
    town = by_start.get(topo.token_end + 2)
    return town.span.text if town is not None else ""


def _replace_container(topo: Toponym, container: str) -> Toponym:
    return dataclasses.replace(topo, container=container)
