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

from newsevents.errors import DictionaryError
from newsevents.model import Actor, Attribution, EventMatch, Place, Sentence, Span

# Codes that stand in the country slot but name no state.
# `entry` prefix of a thing target taken to be in the source's (and the article's) country
DOMESTIC_TARGET = "domestic-target"
# `entry` prefix of a thing a foreign force acts on, taken to be in the article's country
STRUCK_TARGET = "struck-in-article-country"
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# `entry` prefix of the country a use of force with no target named is aimed at
UNTARGETED_FORCE = "force-in-article-country"
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


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
# Acts the public performs, when no one is named as doing them ("the killing sparked
# protests"): the people of the story's country, with no sector.
IMPLIED_PUBLIC = ("141", "142", "143")
# Roots of acts the public performs against its own state: told with no target ("sparked
# protests", "protesters marched on Monday"), they are aimed at the story's country.
PUBLIC_PROTEST_ROOTS = frozenset({"14"})


def implied_authority(code: str, country: str | None) -> Actor | None:
    """The state agent of an agentless act only a state performs, in the article's country."""
    if country is None:
        return None
    for prefix, sector in IMPLIED_AUTHORITY:
        if code.startswith(prefix):
            return _of_article(country, sector, None, "implied-authority")
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
    return _of_article(country, None, span, "unknown-person")


def domestic_target(span: Span | None, source: Actor | None, country: str | None) -> Actor | None:
    """An uncoded target of a domestic act: the article's country.

    When the source belongs to the country the article is about, what it acts on (a
    governor named once, "the militant positions", "twenty of them") is, unless the text
    names another country, in that same country; CAMEO coders key such domestic events
    with the country on both sides. Only the country is given, and `entry` records why.
    """
    if span is None or country is None or source is None or source.country != country:
        return None
    return _of_article(country, None, span, DOMESTIC_TARGET)


def implied_public(code: str, country: str | None) -> Actor | None:
    """The people of the story's country, for a protest with no one coded doing it ("the
    ruling sparked protests", "protests by caste groups", "people in the crowd shouted")."""
    if country is None or not code.startswith(IMPLIED_PUBLIC):
        return None
    return _of_article(country, None, None, "implied-public")


def protested_state(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """The state a domestic protest with no target is aimed at: the story's country.

    "Farmers marched in the capital", "the ruling sparked protests": CAMEO coders key a
    protest told without its target toward the country whose public protests, since that
    is whom a demonstration presses. A protest by foreigners or with a target phrase that
    codes nothing ("protested the new tax": that is `domestic_target`) is left alone."""
    if span is not None or country is None or code[:2] not in PUBLIC_PROTEST_ROOTS:
        return None
    if source is not None and source.country not in (None, country):
        return None
    return _of_article(country, None, None, "protested-state")


def struck_target(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """An uncoded thing hit by a foreign force in the country the story is about.

    "Israel destroyed crops", in a story from Lebanon about Lebanon: the crops, homes or
    positions a foreign source uses force on (roots 17-20) are in the article's country,
    and CAMEO coders key the act toward that country. `entry` records why."""
    if span is None or country is None or source is None or source.country in (None, country):
        return None
    if code[:2] not in FORCE_ROOTS:
        return None
    return _of_article(country, None, span, STRUCK_TARGET)


def force_without_target(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """The country a foreign use of force that names no target is aimed at: the article's.

    "the U.S.-led invasion", "foreign troops opened fire" in a story about Iraq: force
    (roots 17-20) by a foreign source told with no one it hits lands in the country the
    story is about, and CAMEO coders key it toward that country. A country's force at home
    with no target stays so: it is as often aimed at no one coders key. `entry` records
    why."""
    if span is not None or country is None or source is None:
        return None
    if source.country in (None, country):
        return None
    if code[:2] not in FORCE_ROOTS or source.country in NON_STATE:
        return None
    return _of_article(country, None, None, UNTARGETED_FORCE)


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


def _of_article(country: str, sector: str | None, span: Span | None, why: str) -> Actor:
    """An actor the article's context supplies; `entry` says why, so `explain` shows it."""
    return Actor(
        code=country + (sector or ""),
        country=country,
        sector=sector,
        text=span.text if span is not None else "",
        span=span,
        entry=f"{why}+country-of-article",
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
    domestic source's country, else (a protest with no target) the state its public protests."""
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
        or struck_target(match.target_span, match.code, source, country)
        or force_without_target(match.target_span, match.code, source, country)
        or protested_state(match.target_span, match.code, source, country)
    )
    return source, target
