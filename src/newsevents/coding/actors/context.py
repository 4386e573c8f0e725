"""Give a bare role actor the country its reporters speak for.

News often names an actor by role alone once the country is clear from who is
speaking: "Syrian state radio quoted the army as saying ...". The
dictionary can only code "the army" as MIL; a reader codes it SYRMIL.
When every cited source that has a country agrees on one, that country is
taken, and the actor's `entry` records the inference so `explain` shows it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import yaml

from newsevents.coding.actors.implied import (
    NON_STATE,
    domestic_target,
    forces_sender,
    implied_authority,
    implied_public,
    of_article,
    untargeted,
)
from newsevents.errors import DictionaryError
from newsevents.model import Actor, Attribution, EventMatch, Place, Sentence, Span


def reporters_country(chain: Sequence[Attribution]) -> str | None:
    """The one state the event's cited sources belong to, if they agree on one."""
    countries = {
        link.actor.country
        for link in chain
        if link.kind == "source"
        and link.actor is not None
        and link.actor.country is not None
        and link.actor.country not in NON_STATE
    }
    return countries.pop() if len(countries) == 1 else None


def with_reporters_country(actor: Actor | None, chain: Sequence[Attribution]) -> Actor | None:
    """`actor` with its reporters' country when it has a role but no country, else unchanged
    (an international body such as an NGO keeps none, as in `with_article_country`)."""
    if actor is None or actor.country is not None or not actor.sector:
        return actor
    if actor.code[:3] in NON_STATE:
        return actor
    country = reporters_country(chain)
    if country is None:
        return actor
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
    story from Lahore are Pakistani police); the inference is recorded in `entry`. An
    international body coded without a state (Amnesty International is NGOHRIAMN, aid
    groups NGO) keeps none: it is not of the country it reports on."""
    if actor is None or country is None or actor.country is not None or not actor.sector:
        return actor
    if actor.code[:3] in NON_STATE:
        return actor
    return replace(
        actor,
        code=country + actor.code,
        country=country,
        entry=f"{actor.entry}+country-of-article",
    )


# Entry-id prefixes: a city of cities.yaml ("cities.GBR"), and words that add only a sector.
_CITY = "cities."
_SECTOR_ONLY = ("role.", "title.")


def with_place_country(actor: Actor | None, places: Sequence[Place]) -> Actor | None:
    """An actor whose country comes from a city name alone ("Paris", "Paris police")
    takes the country the article's geoparser resolved that very mention to, when they
    differ: the dictionary knows one city of a name (the larger), the geoparser reads the
    article (a Paris next to Lamar County is in Texas, not France)."""
    if actor is None or actor.span is None or actor.country is None:
        return actor
    parts = actor.entry.split("+")
    cities = [p for p in parts if p.startswith(_CITY)]
    if len(cities) != 1 or not all(p.startswith(_SECTOR_ONLY) for p in parts if p not in cities):
        return actor
    span = actor.span
    place = next(
        (
            p
            for p in places
            if p.span is not None and p.span.start < span.end and span.start < p.span.end
        ),
        None,
    )
    if place is None or place.country is None or place.country in (actor.country, *NON_STATE):
        return actor
    return replace(
        actor,
        code=place.country + actor.code[len(actor.country) :],
        country=place.country,
        entry=f"{actor.entry}+place-of-article",
    )


# Sectors of people found where they live or fight ("civilians", "rebels"): see below.
_LOCAL_SECTORS = frozenset({"CVL", "REB"})


def with_sentence_country(
    actor: Actor | None, sentence: Sentence, places: Sequence[Place]
) -> Actor | None:
    """ "gunmen in Idlib shelled civilians" told from Moscow: a role of local people is of
    the one state its sentence's towns and regions lie in, not of the article's (a state's
    own name more often names who acts than where people are); else it is unchanged."""
    if actor is None or actor.country is not None or actor.sector not in _LOCAL_SECTORS:
        return actor
    start, end = sentence.span.start, sentence.span.end
    here = {
        p.country
        for p in places
        if p.span is not None and start <= p.span.start < end and p.role != "dateline"
        if p.country and p.country not in NON_STATE and not p.feature_code.startswith("PCL")
    }
    if len(here) != 1 or actor.code[:3] in NON_STATE:
        return actor
    country = here.pop()
    entry = f"{actor.entry}+country-of-sentence-place"
    return replace(actor, code=country + actor.code, country=country, entry=entry)


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
    return of_article(country, None, span, "unknown-person")


@dataclass(frozen=True, slots=True)
class GenericParties:
    """Party names many countries share (data: `coding/data/context/generic_parties.yaml`)."""

    names: frozenset[str]
    version: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> GenericParties:
        """The packaged list, or a user's file of the same shape."""
        if path is None:
            source = resources.files("newsevents.coding").joinpath(
                "data", "context", "generic_parties.yaml"
            )
            text, name = source.read_text("utf-8"), "generic_parties.yaml"
        else:
            text, name = path.read_text("utf-8"), str(path)
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or not isinstance(data.get("names"), list):
            raise DictionaryError(f"{name}: expected a mapping with a list 'names'")
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        return cls(frozenset(str(n).lower() for n in data["names"]), f"parties-{digest}")

    def covers(self, actor: Actor) -> bool:
        """Whether the actor is a party known by a shared name and nothing else in its phrase
        names its country ("the Conservative Party", not "Britain's Conservative Party")."""
        if actor.sector != "PTY" or actor.country is None:
            return False
        text = f" {' '.join(actor.text.lower().replace('-', ' ').split())} "
        if not any(f" {name} " in text for name in self.names):
            return False
        hits = actor.entry.split("+")
        return not any(h.upper().startswith(actor.country) for h in hits)


def with_local_party(
    actor: Actor | None, country: str | None, parties: GenericParties
) -> Actor | None:
    """A party named only by a shared name ("the Conservatives") belongs to the country the
    article is about, not to the country the dictionary knows it best in."""
    if actor is None or country is None or actor.country == country or not parties.covers(actor):
        return actor
    return replace(
        actor,
        code=country + "PTY",
        country=country,
        entry=f"{actor.entry}+party-of-article-country",
    )


def event_actors(
    match: EventMatch,
    sentence: Sentence,
    chain: Sequence[Attribution],
    country: str | None,
    parties: GenericParties,
    places: Sequence[Place] = (),
) -> tuple[Actor | None, Actor | None]:
    """The event's source and target, with what the article's context adds, in order: each
    phrase first takes the geoparser's country for a city named in it (`with_place_country`);
    source: the coded phrase (for a role only: local people's sentence's state, else its
    reporters' country, else the article's), else an unknown person of the article's country,
    else the authority that alone performs an agentless state act (of the reporting state,
    else of the article's), else the public of a protest no one is named doing; target: the
    coded phrase (a role: as for the source, bar reporters), else an unknown person, else a
    domestic source's country, else what the act's kind implies (`implied.untargeted`)."""
    source = with_sentence_country(with_place_country(match.source, places), sentence, places)
    source = with_article_country(with_reporters_country(source, chain), country)
    source = with_local_party(source, country, parties)
    if source is None:
        # "Canada said those expelled were spies": the state that reports an agentless
        # state act is the one that did it, whatever country the story is about
        source = (
            unknown_person(match.source_span, sentence, country)
            or implied_authority(match.code, reporters_country(chain) or country)
            or implied_public(match.code, country)
        )
    target = with_sentence_country(with_place_country(match.target, places), sentence, places)
    target = (
        with_local_party(with_article_country(target, country), country, parties)
        or unknown_person(match.target_span, sentence, country)
        or domestic_target(match.target_span, source, country)
        or untargeted(match.target_span, match.code, source, country)
    )
    return source or forces_sender(match.code, source, target), target
