"""Give a bare role actor the country its reporters speak for.

News often names an actor by role alone once the country is clear from who is
speaking: "North Korean state media quoted the military as saying ...". The
dictionary can only code "the military" as MIL; a reader codes it PRKMIL.
When every cited source that has a country agrees on one, that country is
taken, and the actor's `entry` records the inference so `explain` shows it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsevents.model import Actor, Attribution, Place, Sentence, Span

# Codes that stand in the country slot but name no state.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def with_reporters_country(actor: Actor | None, chain: Sequence[Attribution]) -> Actor | None:
    """`actor` with its reporters' country when it has a role but no country, else unchanged."""
    if actor is None or actor.country is not None or not actor.sector:
        return actor
    countries = {
        link.actor.country
        for link in chain
        if link.kind == "source"
        and link.actor is not None
        and link.actor.country is not None
        and link.actor.country not in NON_STATE
    }
    if len(countries) != 1:
        return actor
    country = countries.pop()
    return replace(
        actor,
        code=country + actor.code,
        country=country,
        entry=f"{actor.entry}+country-of-reporter",
    )


def article_country(
    actors: Sequence[Actor | None], places: Sequence[Place], *, min_share: float = 0.34
) -> str | None:
    """The country an article is about: the clear leader of its places and actors.

    Each resolved place counts once (the dateline three times: it says where the story is
    told from) and each coded actor with a state country once. The leader must hold at
    least `min_share` of the votes and beat the runner-up, else the article has no single
    country and role actors stay without one.
    """
    votes: Counter[str] = Counter()
    for place in places:
        if place.country and place.country not in NON_STATE:
            votes[place.country] += 3 if place.role == "dateline" else 1
    for actor in actors:
        if actor is not None and actor.country and actor.country not in NON_STATE:
            votes[actor.country] += 1
    ranked = votes.most_common(2)
    if not ranked:
        return None
    total = sum(votes.values())
    leader, count = ranked[0]
    if count / total < min_share or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return leader


def with_article_country(actor: Actor | None, country: str | None) -> Actor | None:
    """A role actor without a country takes the article's country ("the police" in a
    story from Lahore are Pakistani police); the inference is recorded in `entry`."""
    if actor is None or country is None or actor.country is not None or not actor.sector:
        return actor
    return replace(
        actor,
        code=country + actor.code,
        country=country,
        entry=f"{actor.entry}+country-of-article",
    )


# Acts only a state performs, and the sector that performs them: when the text names no
# agent ("was arrested", "was charged", "were expelled"), the agent is the authority of
# the country the story is about. Keys are CAMEO code prefixes, longest first.
IMPLIED_AUTHORITY = (
    ("0841", "GOV"),  # released from custody
    ("115", "JUD"),  # charged, sued
    ("116", "JUD"),  # convicted, sentenced
    ("172", "GOV"),  # banned, restricted
    ("173", "COP"),  # arrested, detained, jailed
    ("174", "GOV"),  # expelled, deported
)


def implied_authority(code: str, country: str | None) -> Actor | None:
    """The state agent of an agentless act only a state performs, in the article's country."""
    if country is None:
        return None
    for prefix, sector in IMPLIED_AUTHORITY:
        if code.startswith(prefix):
            return Actor(
                code=country + sector,
                country=country,
                sector=sector,
                text="",
                entry="implied-authority+country-of-article",
            )
    return None


# Words that point at people: an uncoded one stands for someone the article follows.
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "we", "us", "i", "me"})


def unknown_person(span: Span | None, sentence: Sentence, country: str | None) -> Actor | None:
    """A person the dictionaries do not know, placed in the article's country.

    A named person (a PERSON entity) or a personal pronoun that no actor was found for is
    still someone in the story: a governor named once, a detainee, a minister the
    dictionaries lack. CAMEO coders give such domestic actors their country (no sector),
    so the event is not lost for want of a name list; `entry` records the inference.
    """
    if span is None or country is None:
        return None
    words = span.text.strip().lower()
    is_person = words in PERSONAL_PRONOUNS or any(
        m.label == "PERSON" and m.span.start < span.end and span.start < m.span.end
        for m in sentence.mentions
    )
    if not is_person:
        return None
    return Actor(
        code=country,
        country=country,
        sector=None,
        text=span.text,
        span=span,
        entry="unknown-person+country-of-article",
    )
