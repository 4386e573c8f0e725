"""How far to trust one coded event: a documented score between 0 and 1.

Users filter and weight events by it, so it must be explainable: a fixed,
additive formula over evidence the event already carries, scaled by how far
the text says the event happened. No learned weights: the gold sets are too
small to fit them honestly, and a formula can be read in docs/attribution.md.

    evidence = 0.25                                   (base: a lexicon pattern fired)
             + 0.20 * specificity                     (pattern size or CAMEO code depth)
             + 0.20 * actor(source) + 0.10 * actor(target)
             + 0.15 * date                            (text 1.0, sentence 0.7, publication 0.3)
             + 0.10 * support                         (cited sources that can be placed)
    confidence = round(evidence * modality_factor, 3)

actor(x) is 1.0 when coded from a dictionary name with a country, 0.6 when coded
without a country (a bare role: "the military"), 0.5 when resolved from a pronoun
("it", "its army"), 0.0 when missing. support is 0 with no coded cited source,
0.5 with one, 1.0 with two or more or when both sides confirm.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsevents.model import Actor, DateFrom, Event, EventMatch, Modality

BASE = 0.25
W_SPECIFICITY = 0.20
W_SOURCE = 0.20
W_TARGET = 0.10
W_DATE = 0.15
W_SUPPORT = 0.10
DATE_WEIGHT: Mapping[DateFrom, float] = {
    "text": 1.0,
    "sentence": 0.7,
    "publication": 0.3,
    "none": 0.0,
}
MODALITY_FACTOR: Mapping[Modality, float] = {
    "asserted": 1.0,
    "threatened": 1.0,  # the threat itself was made; that is the coded event (13x)
    "historical": 0.9,
    "planned": 0.8,
    "conditional": 0.6,
    "hypothetical": 0.5,
    "negated": 0.4,
}
CODE_DEPTH = {2: 0.3, 3: 0.7, 4: 1.0}
PRONOUNS = frozenset(
    {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our"}
)


def confidence(event: Event, match: EventMatch, *, pattern_size: int | None = None) -> float:
    """The event's confidence in [0, 1] by the formula in this module's docstring.

    `pattern_size` is the number of items of the lexicon pattern that fired (1 = a bare
    verb lemma, 3 = "impose =sanction on:$T"); when unknown, the depth of the CAMEO code
    stands in for specificity (a root "17" is vaguer than "1712").
    """
    evidence = (
        BASE
        + W_SPECIFICITY * specificity(match.code, pattern_size)
        + W_SOURCE * actor_evidence(event.source)
        + W_TARGET * actor_evidence(event.target)
        + W_DATE * DATE_WEIGHT.get(event.date.date_from, 0.0)
        + W_SUPPORT * support(event)
    )
    score = evidence * MODALITY_FACTOR.get(event.modality, 1.0)
    return round(min(1.0, max(0.0, score)), 3)


def specificity(code: str, pattern_size: int | None) -> float:
    """0..1: more pattern items, or a deeper CAMEO code, mean a more specific match."""
    if pattern_size is not None:
        return min(max(pattern_size, 1), 4) / 4
    return CODE_DEPTH.get(len(code), 0.3)


def actor_evidence(actor: Actor | None) -> float:
    """1.0 dictionary with a country; 0.6 without one; 0.5 via a pronoun; 0.0 missing."""
    if actor is None:
        return 0.0
    first = actor.text.split()[0].lower() if actor.text.split() else ""
    if first in PRONOUNS:
        return 0.5
    return 1.0 if actor.country else 0.6


def support(event: Event) -> float:
    """0..1 from the cited sources that were coded (the outlet and media relays do not count)."""
    if event.corroboration == "both sides":
        return 1.0
    coded = {a.actor.code for a in event.reported_by if a.kind == "source" and a.actor}
    return min(len(coded), 2) / 2
