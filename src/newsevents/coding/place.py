"""Where: every toponym of an article resolved to GeoNames, and each event's own place.

`find_places` = find the toponym spans (`place_mentions`) + choose their
GeoNames entries from priors and the article's context (`place_resolve`).
`event_place` reads the dependency parse: a place is the event's own only when
the trigger's clause attaches it with a locative preposition ("exploded in X",
"in its border town of X") or takes it as object ("shelled X"); a place merely
mentioned elsewhere in the sentence is not where the event happened.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsevents.coding.gazetteer import Gazetteer
from newsevents.coding.place_mentions import find_toponyms
from newsevents.coding.place_names import EVENT_PREPS, PLACE_NOUNS, state_abbreviations
from newsevents.coding.place_resolve import resolve
from newsevents.model import ParsedArticle, Place, Sentence, Token

OBJECT_DEPS = frozenset({"dobj", "obj"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
PASS_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "attr", "npadvmod", "conj", "appos"})
MAX_HOPS = 12


def find_places(parsed: ParsedArticle, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Every toponym in the article resolved to a `Place` (role 'mentioned' or 'dateline').

    Toponyms the gazetteer cannot place (streets, rivers, unknown hamlets) are
    left out rather than guessed.
    """
    abbreviations = state_abbreviations()
    toponyms = find_toponyms(parsed, gazetteer, abbreviations)
    chosen = resolve(toponyms, gazetteer, abbreviations)
    places: list[Place] = []
    for topo, entry in zip(toponyms, chosen, strict=True):
        if entry is None:
            continue
        places.append(
            Place(
                name=entry.name,
                geonameid=entry.geonameid,
                lat=entry.lat,
                lon=entry.lon,
                country=gazetteer.cameo_country(entry),
                feature_class=entry.feature_class,
                role=topo.role,
                span=topo.span,
            )
        )
    return tuple(places)


def event_place(sentence: Sentence, trigger: Token, places: Sequence[Place]) -> Place | None:
    """The event's own place (role 'event'), or None when the text gives none for it."""
    tokens = {t.i: t for t in sentence.tokens}
    best: tuple[int, Place] | None = None
    for place in places:
        if place.span is None or not sentence.span.start <= place.span.start < sentence.span.end:
            continue
        anchor = _anchor(_root(place, sentence), tokens)
        if anchor is None:
            continue
        if not _attaches_to(anchor, trigger, tokens):
            continue
        distance = abs(anchor.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, place)
    return None if best is None else dataclasses.replace(best[1], role="event")


def _root(place: Place, sentence: Sentence) -> Token | None:
    """The token of the place span whose head lies outside the span."""
    assert place.span is not None
    inside = [t for t in sentence.tokens if place.span.start <= t.start < place.span.end]
    ids = {t.i for t in inside}
    for token in inside:
        if token.head not in ids or token.head == token.i:
            return token
    return None


def _anchor(token: Token | None, tokens: dict[int, Token]) -> Token | None:
    """The word the place attaches to: 'exploded' in 'exploded in X' / 'shelled X'.

    'the town of X' and 'X province' climb to the place noun first, so
    'in its border town of Kaesong' attaches like 'in Kaesong'.
    """
    for _ in range(MAX_HOPS):
        if token is None:
            return None
        head = tokens.get(token.head)
        if head is None or head.i == token.i:
            return None
        if token.dep in OBJECT_DEPS and head.pos in CLAUSE_POS:
            return head
        if token.dep == "pobj" and head.text.lower() in EVENT_PREPS:
            return tokens.get(head.head)
        if token.dep in ("pobj", "compound", "appos") and (
            head.text.lower() == "of" or head.lemma.lower() in PLACE_NOUNS
        ):
            token = head if head.text.lower() != "of" else tokens.get(head.head)
            continue
        return None
    return None


def _attaches_to(anchor: Token, trigger: Token, tokens: dict[int, Token]) -> bool:
    """Is `anchor` the trigger, its light verb ("held talks"), or inside its objects?

    The walk up from the anchor may pass through objects and prepositions
    ("fired at a base near X") but not through a subject: in "officials in X
    said", X places the officials, not the saying.
    """
    if anchor.i in (trigger.i, trigger.head):
        return True
    current = anchor
    for _ in range(MAX_HOPS):
        if current.dep not in PASS_DEPS:
            return False
        head = tokens.get(current.head)
        if head is None or head.i == current.i:
            return False
        if head.i == trigger.i:
            return True
        current = head
    return False
