"""The actor coder: turn a noun phrase ("South Korea's defence ministry") into a CAMEO actor.

A phrase usually holds several dictionary names; which one decides what is a
matter of English noun-phrase structure, not of the names themselves:
- the head (the words before the first preposition) decides; an of/in/from
  phrase only fills what the head lacks ("the leader of North Korea" takes its
  country from the of-phrase, "president of the Riigikogu" its sector too);
- a named actor (person, organisation, group, media) outranks generic words
  ("Boko Haram gunmen" stays the group), a role word outranks a title ("rebel
  leader" is REB), and the last role word is the head noun ("a South Korean
  defence ministry official" -> ministry);
- places give the country; a capital alone stands for the government.
The coder is pure Python over precompiled tables (see actor_tables) because
the event coder calls it many times per sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsevents.coding.actors.candidates import Hit
from newsevents.coding.actors.dictionary import INTERNATIONAL, ActorDictionary
from newsevents.coding.actors.reading import (
    NAMED_KINDS,
    PLACE_KINDS,
    Reading,
    compose,
    read_flat,
)
from newsevents.coding.actors.tables import NameTable
from newsevents.coding.actors.words import Word, tokenize
from newsevents.model import Actor, Span

PREPOSITIONS = frozenset(
    {
        "of",
        "in",
        "from",
        "at",
        "for",
        "to",
        "with",
        "on",
        "against",
        "near",
        "inside",
        "by",
        "within",
        "across",
        "among",
        "between",
        "over",
        "under",
        "outside",
        "via",
        "into",
    }
)
# Prepositions after which a place belongs to the head ("leader of X", "police in X").
COUNTRY_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "inside", "within", "across"})
GLUE = frozenset({"the", "a", "an"})
# Entry kinds that name a person: "he" or "she" can refer to them.
PERSON_KINDS = frozenset({"person", "title"})
_POSSESSIVES = frozenset({"'s", "’s"})
_BREAKS = frozenset('.,;:!?()[]"“”|/')  # punctuation that ends a noun phrase


class ActorCoder:
    """Code actor phrases and find actor mentions with one `ActorDictionary`."""

    def __init__(self, dictionary: ActorDictionary, table: NameTable | None = None) -> None:
        """`table` is the dictionary's compiled `NameTable` when one is at hand (the cache)."""
        self.dictionary = dictionary
        self._table = NameTable(dictionary) if table is None else table
        self._person_ids = frozenset(e.id for e in dictionary.entries if e.kind in PERSON_KINDS)

    @property
    def table(self) -> NameTable:
        """The compiled name tables (what `coding.actors.cache` keeps on disk)."""
        return self._table

    def names_person(self, actor: Actor) -> bool:
        """Whether a coded actor names a person (a listed person, or a title such as
        "minister" or "spokesman") rather than a state, organisation or institution:
        what "he" or "she" can refer to."""
        return any(part in self._person_ids for part in actor.entry.split("+"))

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None:
        """Code an actor phrase; None when nothing codable is in it.

        `when` selects date-bounded roles; `offset` is added to the span so it
        indexes the article when `text` is a slice of it.
        """
        words = tokenize(text)
        hits = self._table.scan(words, when, text)
        reading = _read(words, hits, 0, len(words), when)
        return _to_actor(text, words, reading, offset, when)

    def find_actors(
        self, text: str, when: dt.date | None = None, *, offset: int = 0, specific: bool = False
    ) -> list[Actor]:
        """Every actor mention in a longer text, left to right and non-overlapping.

        With `specific=True` only mentions that single out an actor are kept: generic
        role words with no name or country ("reporters", "officials") and places after a
        preposition ("talks in Cairo", where the place is a location) are left out, which
        is what antecedent search and discourse memory want.
        """
        words = tokenize(text)
        hits = self._table.scan(words, when, text)
        actors: list[Actor] = []
        for group in _group_hits(text, words, hits):
            if specific and not _is_specific(words, group):
                continue
            first, last = group[0].first, group[-1].last
            reading = _read(words, list(group), first, last, when)
            actor = _to_actor(text, words, reading, offset, when)
            if actor is not None:
                actors.append(actor)
        return actors


def _is_specific(words: list[Word], group: Sequence[Hit]) -> bool:
    """Whether a mention names a particular actor (see `ActorCoder.find_actors`)."""
    kinds = {h.entry.kind for h in group}
    if kinds & NAMED_KINDS:
        return True
    if not kinds & PLACE_KINDS:
        return False  # role words and titles alone: "reporters", "the officials"
    if kinds - PLACE_KINDS:
        return True  # a place with a role: "Kenyan police", "officials in Amman"
    before = group[0].first - 1
    while before >= 0 and words[before].key in GLUE:
        before -= 1
    return before < 0 or words[before].key not in PREPOSITIONS


def _group_hits(text: str, words: list[Word], hits: list[Hit]) -> list[list[Hit]]:
    """Group hits that form one noun phrase: adjacent, or joined by articles only, or
    after a possessive ("Seoul's unification ministry"), or a head without a country
    followed by of/in/from + a place ("police in Kyiv")."""
    groups: list[list[Hit]] = []
    for hit in hits:
        if groups:
            last = groups[-1][-1].last
            gap = [w.key for w in words[last : hit.first]]
            content = [k for k in gap if k not in GLUE]
            possessive = text[words[last - 1].end : words[last - 1].end + 2] in _POSSESSIVES
            joined = (
                not content
                or (possessive and len(content) <= 2 and not set(content) & PREPOSITIONS)
                or (
                    len(content) == 1
                    and content[0] in COUNTRY_PREPOSITIONS
                    and not any(h.entry.country for h in groups[-1])
                    and hit.entry.country is not None
                )
            )
            between = text[words[last - 1].end : words[hit.first].start]
            if joined and len(gap) <= 3 and not _BREAKS.intersection(between):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def _read(
    words: list[Word], hits: Sequence[Hit], lo: int, hi: int, when: dt.date | None
) -> Reading | None:
    """Read words [lo, hi): the head before the first free preposition, then its complement."""
    covered = {i for h in hits for i in range(h.first, h.last)}
    split = next(
        (i for i in range(lo + 1, hi) if words[i].key in PREPOSITIONS and i not in covered), None
    )
    if split is None:
        return read_flat(words, [h for h in hits if lo <= h.first < hi], when)
    head = read_flat(words, [h for h in hits if lo <= h.first < split], when)
    tail = _read(words, hits, split + 1, hi, when)
    if head is None or tail is None:
        return head or tail
    return _merge(head, tail, words[split].key)


def _merge(head: Reading, tail: Reading, preposition: str) -> Reading:
    """Fill what the head lacks from its prepositional complement."""
    if head.country is not None or head.named or preposition not in COUNTRY_PREPOSITIONS:
        return head
    if tail.strong and not head.strong:  # "president of the Riigikogu", "head of the army"
        return tail
    if tail.country is None or head.sector is None:
        return head
    code = compose(tail.code if tail.country in INTERNATIONAL else tail.country, head.sector)
    return Reading(code, tail.country, head.sector, head.hits + tail.hits, head.strong, False)


def _to_actor(
    text: str, words: list[Word], reading: Reading | None, offset: int, when: dt.date | None
) -> Actor | None:
    """The actor a reading names. An office-holder coded without a date takes the role
    they are best known for, and `entry` says so (`+assumed-role`): the event is kept, and a
    user can tell the code was not checked against the date."""
    if reading is None or not reading.code:
        return None
    assumed = when is None and any(h.entry.roles for h in reading.hits)
    start = min(words[h.first].start for h in reading.hits)
    end = max(words[h.last - 1].end for h in reading.hits)
    principal = _principal(reading.hits)
    return Actor(
        code=reading.code,
        country=reading.country,
        sector=reading.sector,
        text=text[start:end],
        span=Span(offset + start, offset + end, text[start:end]),
        name=principal.entry.names[0],
        entry="+".join(h.entry.id for h in reading.hits) + ("+assumed-role" if assumed else ""),
    )


def _principal(hits: Sequence[Hit]) -> Hit:
    """The hit whose canonical name describes the actor best (named > place > role)."""
    for kinds in (NAMED_KINDS, PLACE_KINDS):
        found = [h for h in hits if h.entry.kind in kinds]
        if found:
            return found[-1] if kinds is NAMED_KINDS else found[0]
    return hits[-1]
