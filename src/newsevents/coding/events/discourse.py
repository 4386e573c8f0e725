"""Turning source/target phrases into actors, with a simple discourse memory.

Salience rule (documented, deliberately simple): a pronoun ("it", "they",
"its military") refers to the most recent actor that was the *source* of a
coded event before it in the article; failing that, to the most recent actor
mentioned before it. Subjects are more salient than objects, which is why
"North Korea blew up an office ... with South Korea after it threatened" reads
"it" as North Korea. "He", "his", "she", "her" name a person: they prefer an
antecedent that names one (a person or a title such as "defence minister") over a
state or organisation, so "the minister told a committee his ministry ..." is the
minister's ministry even when NATO was a subject before. A person the dictionaries do not know
(a PERSON name that is no actor mention) named after the candidate antecedent is who "he"
means: the pronoun then stays unresolved, and the article's context places that person,
rather than handing "he" to a state or police force named before (a name in apposition,
"the envoy, Ana Petrova", is the actor's own and does not count). "The North" / "the South"
(any cardinal direction) refer to the last country whose name contains that direction
word ("North Korea").
A bare role ("the ministry", "the Mission", "police") repeats an earlier mention that had a
country ("Ukraine's trade mission", "Israeli police"): it takes that country, the most recent
mention with the same sector and head word, before the article's country is considered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import Protocol

from newsevents.coding.events.names import described_actor
from newsevents.model import Actor, Sentence, Span

PRONOUNS = frozenset(
    {
        "it",
        "its",
        "they",
        "their",
        "them",
        "he",
        "his",
        "him",
        "she",
        "her",
        "itself",
        "themselves",
        "we",
        "our",
    }
)
# "both sides", "the two countries", "both governments' armies": the two states named last.
RECIPROCAL = re.compile(
    r"^(?:both|the\s+two)\s+(?:sides|countries|governments|nations|states|koreas|neighbou?rs)"
    r"(?:'s?|’s?)?(?=\s|$)",
    re.IGNORECASE,
)
# "each side", "each government": one of the two states, when the act is reciprocal.
DISTRIBUTIVE = re.compile(
    r"^each\s+(?:side|country|government|nation|state|neighbou?r)(?=\s|$)", re.IGNORECASE
)
# Pronouns that name a person, never a state, organisation or group.
PERSONAL = frozenset({"he", "his", "him", "she", "her", "himself", "herself"})
# `entry` suffix of a bare role given the country of the earlier mention it repeats
ANTECEDENT_ENTRY = "country-of-antecedent"
# `entry` suffix of the one named before who made the remarks an act is aimed at
MAKER_ENTRY = "maker-of-remarks"
# Country codes of international bodies ("IGO": the UN, the OSCE; "NGO"), not of states
BODIES = frozenset({"IGO", "NGO"})
DIRECTION = re.compile(r"^the\s+(north|south|east|west)(?:ern)?\b", re.IGNORECASE)

RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)


class PhraseCoder(Protocol):
    """What the event coder needs of `newsevents.coding.actors.coder.ActorCoder`."""

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None: ...

    def find_actors(self, text: str, when: dt.date | None, *, offset: int = 0) -> list[Actor]: ...

    def names_person(self, actor: Actor) -> bool: ...


class Discourse:
    """Actors seen so far in one article (one instance per article, never shared)."""

    def __init__(
        self,
        coder: PhraseCoder,
        when: dt.date | None,
        act_nouns: frozenset[str] = frozenset(),
        names: Mapping[str, Actor] | None = None,
    ) -> None:
        self.coder = coder
        self.when = when
        # people the article describes ("Verhoef, a Dutch diplomat"): `events.names`
        self.names: Mapping[str, Actor] = names or {}
        self.mentions: list[Actor] = []
        self.subjects: list[Actor] = []
        self.sentence_start = 0
        # names of people the dictionaries do not know ("Karl Petersen"), in text order
        self.unlisted: list[Span] = []
        # nouns that name acts (the lexicon's noun triggers: "attack", "talks")
        self.act_nouns = act_nouns

    def read_sentence(self, sentence: Sentence) -> None:
        """Record the actors named in a sentence before its events are coded."""
        self.sentence_start = sentence.span.start
        found = self.coder.find_actors(sentence.text, self.when, offset=sentence.span.start)
        self.mentions.extend(a for a in found if a.span is not None)
        named = [a.span for a in found if a.span is not None]
        # a name right after an actor ("the envoy, Ana Petrova") is that actor's own name
        people = [
            m.span
            for m in sentence.mentions
            if m.label == "PERSON" and not any(_names(m.span, n) for n in named)
        ]
        described = [(p, described_actor(self.names, p)) for p in people]
        self.mentions.extend(a for _, a in described if a is not None)
        self.unlisted.extend(p for p, a in described if a is None and not self._names_act(p))

    def _names_act(self, name: Span) -> bool:
        """Whether a "person" ends in a noun naming an act: a title-case headline the tagger
        misread ("Envoy Condemns Kelvani Attack": "Kelvani Attack"), not someone "he" could mean."""
        words = name.text.lower().split()
        return bool(words) and words[-1] in self.act_nouns

    def note_source(self, actor: Actor) -> None:
        self.subjects.append(actor)

    def resolve(
        self, short: Span, full: Span, *, pronoun: str | None = None, bound: Span | None = None
    ) -> Actor | None:
        """The actor of a phrase: coded directly, else by pronoun or direction, else found
        anywhere inside the phrase's whole subtree. An object pronoun never means an actor
        inside `bound`, its own clause's subject ("the envoy praised him")."""
        if pronoun is not None and short.text.lower() == pronoun:
            return self._antecedent(short, pronoun, bound)
        pair = self.reciprocal(short)
        if pair is not None:
            return pair[0]
        actor = self.coder.code_phrase(short.text, self.when, offset=short.start)
        if actor is None or actor.country is None:
            actor = described_actor(self.names, short) or actor
        if pronoun is not None:
            return self._possessed(actor, short, pronoun)
        if actor is not None:
            return self._placed_role(actor, short)
        direction = DIRECTION.match(short.text)
        if direction is not None:
            return self._direction(direction.group(1), short)
        inside = self.coder.find_actors(full.text, self.when, offset=full.start)
        inside = [a for a in inside if a.span is None or not _described(full, a.span)]
        return inside[0] if inside else None

    def reciprocal(self, span: Span, *, each: bool = False) -> tuple[Actor, Actor] | None:
        """ "both sides", "the two countries" (also possessive: "both sides' militaries"):
        the two most recent distinct states named before the phrase, as (A, B), each
        carrying the sector the rest of the phrase names. The caller codes A->B and B->A;
        fewer than two states before it and the phrase stays uncoded. With `each` (the act
        has a reciprocal object), "each side" / "each government" reads so too: "each
        government expelled the other's envoys"."""
        found = RECIPROCAL.match(span.text) or (DISTRIBUTIVE.match(span.text) if each else None)
        if found is None:
            return None
        states: list[Actor] = []
        for actor in reversed(self.mentions):
            if actor.span is None or actor.span.end > span.start or actor.country is None:
                continue
            if actor.country not in {s.country for s in states}:
                states.append(actor)
            if len(states) == 2:
                break
        if len(states) < 2:
            return None
        rest = span.text[found.end() :].strip()
        role = self.coder.code_phrase(rest, self.when) if rest else None
        sector = role.sector if role is not None and role.country is None else None
        first, second = sorted(states, key=lambda a: a.span.start if a.span else 0)
        return self._as_state(first, span, sector), self._as_state(second, span, sector)

    @staticmethod
    def _as_state(actor: Actor, span: Span, sector: str | None) -> Actor:
        country = actor.country or actor.code[:3]
        code = country + (sector or "")
        return dataclasses.replace(
            actor,
            code=code,
            sector=sector,
            text=span.text,
            span=span,
            entry=f"reciprocal:{actor.entry}",
        )

    def _antecedent(self, span: Span, pronoun: str = "", bound: Span | None = None) -> Actor | None:
        """The salient actor before `span`; for "he"/"she" first a person named earlier in
        the same sentence ("the minister told ... his ministry"), else the salient actor as
        for any pronoun (an unlisted name is no mention, so a state often stands for it)."""
        personal = pronoun.lower() in PERSONAL
        tests = [self._person_here] if personal else []
        for accept in [*tests, None]:
            for pool in (self.subjects, self.mentions):
                for actor in reversed(pool):
                    if actor.span is None or actor.span.end > span.start:
                        continue
                    if bound is not None and bound.start <= actor.span.start < bound.end:
                        continue
                    if accept is None and personal and self._unlisted_between(actor.span, span):
                        return None  # "he" is the unlisted person named since
                    if accept is None or accept(actor):
                        return dataclasses.replace(actor, text=span.text, span=span)
        return None

    def maker_before(self, span: Span, exclude: frozenset[str]) -> Actor | None:
        """Who made the remarks an act in this sentence is aimed at (see `events.remarks`):
        of no country in `exclude` (the one acting and the one the remarks are about), the
        latest who acted in an earlier sentence (a speaker), else the latest named there;
        none such and there is none."""
        for pool in (self.subjects, self.mentions):
            for actor in reversed(pool):
                if actor.span is None or actor.span.start >= self.sentence_start:
                    continue
                if actor.country is not None and actor.country not in exclude:
                    entry = f"{actor.entry}+{MAKER_ENTRY}"
                    return dataclasses.replace(actor, text=span.text, span=span, entry=entry)
        return None

    def _unlisted_between(self, earlier: Span, pronoun: Span) -> bool:
        """Whether a person the dictionaries lack is named after `earlier`, before `pronoun`."""
        return any(earlier.end <= n.start and n.end <= pronoun.start for n in self.unlisted)

    def _placed_role(self, actor: Actor, span: Span) -> Actor:
        """A bare role ("the Mission", "the court") with the country of the latest earlier
        mention it repeats: the same sector, and its head word in that mention's words
        ("the first Ruritanian trade mission", "Chile's supreme court") that names its
        state (not a city's police station, nor a party name many countries share, whose
        country the article's context may still correct). Without one, the role is
        returned unchanged and the article's context decides later."""
        if actor.country is not None or not actor.sector or actor.code != actor.sector:
            return actor
        country = self._repeated_state(actor, span)
        if country is None:
            return self._repeated_body(actor, span) or actor
        return dataclasses.replace(
            actor,
            code=country + actor.code,
            country=country,
            entry=f"{actor.entry}+{ANTECEDENT_ENTRY}",
        )

    def _repeated_body(self, actor: Actor, span: Span) -> Actor | None:
        """ "the two monitors" after "OSCE monitors arrived": the latest earlier mention of an
        international body with the same sector and head word is the one repeated (its
        monitors are no role of the story's country)."""
        head = _head_word(actor.text)
        for earlier in reversed(self.mentions):
            if earlier.span is None or earlier.span.end > span.start:
                continue
            body = earlier.country in BODIES and earlier.sector == actor.sector
            if body and head in _words(earlier.text):
                entry = f"{earlier.entry}+{ANTECEDENT_ENTRY}"
                return dataclasses.replace(earlier, text=span.text, span=span, entry=entry)
        return None

    def _repeated_state(self, actor: Actor, span: Span) -> str | None:
        """The country of the latest mention before `span` that `actor` repeats; none when
        its own sentence names a state before it ("Syrian state radio quoted the army"),
        whose reporters or context then decide."""
        head = _head_word(actor.text)
        # subjects are whole phrases ("a Finnish trade delegation"); mentions, single names
        pool = sorted([*self.subjects, *self.mentions], key=lambda a: a.span.end if a.span else 0)
        for earlier in reversed(pool):
            if earlier.span is None or earlier.span.end > span.start or not _names_state(earlier):
                continue
            if earlier.span.start >= self.sentence_start:
                return None
            if earlier.sector == actor.sector and head in _words(earlier.text):
                return earlier.country
        return None

    def _person_here(self, actor: Actor) -> bool:
        """Whether `actor` names a person and was named in the current sentence."""
        here = actor.span is not None and actor.span.start >= self.sentence_start
        return here and self.coder.names_person(actor)

    def _possessed(self, actor: Actor | None, span: Span, pronoun: str) -> Actor | None:
        """ "its military": the owner's country with the sector the rest of the phrase names."""
        owner = self._antecedent(Span(span.start, span.start, pronoun), pronoun)
        if owner is None or (owner.country is None and actor is not None):
            return actor
        if owner.country is None:  # "the president ... his patience": the owner, to be placed
            return dataclasses.replace(owner, text=span.text, span=span)
        if actor is None or actor.country is not None:
            return actor or dataclasses.replace(owner, text=span.text, span=span)
        code = owner.country + (actor.code if not actor.code.startswith(owner.country) else "")
        return dataclasses.replace(actor, code=code, country=owner.country, span=span)

    def owned(self, actor: Actor | None, owner: Span) -> Actor | None:
        """A role with the country of the state a shared "of" phrase names ("The Party ...
        of Vietnam"): that state's code before the role's sector; else unchanged."""
        state = self.coder.code_phrase(owner.text, self.when, offset=owner.start)
        if actor is None or state is None or state.country is None or actor.country is not None:
            return actor
        return dataclasses.replace(actor, code=state.country + actor.code, country=state.country)

    def _direction(self, word: str, span: Span) -> Actor | None:
        pattern = re.compile(rf"\b{word}\w*\s+\w+", re.IGNORECASE)
        for actor in reversed(self.mentions):
            if (
                actor.span is not None
                and actor.span.end <= span.start
                and pattern.search(actor.text)
                and actor.country
            ):
                return dataclasses.replace(actor, text=span.text, span=span)
        return None


def _described(full: Span, name: Span) -> bool:
    """Whether `name` lies in a relative clause ("Okruashvili, who was granted asylum in
    France,", "the gunmen who fled to Chad"): it tells about the phrase's head, and is not
    who it is."""
    return RELATIVE_CLAUSE.search(full.text[: name.start - full.start]) is not None


def _words(text: str) -> set[str]:
    """Lower-case words of a phrase, each also without a plural "s"."""
    words = re.findall(r"[a-z]+", text.lower())
    return set(words) | {w[:-1] for w in words if w.endswith("s")}


def _head_word(text: str) -> str:
    """The last word of a role phrase ("Interior Ministry" -> "ministry"), singular."""
    words = re.findall(r"[a-z]+", text.lower())
    last = words[-1] if words else ""
    return last[:-1] if last.endswith("s") and not last.endswith("ss") else last


# An entry part that is a country or its people ("UKR", "ISR.cop", "GEO.people"), or a
# named state body of `institutions_world.yaml` ("w.cop.ken": the Kenyan police).
STATE_PART = re.compile(r"^(?:[A-Z]{3}(?:\.|$)|w\.)")


def _names_state(actor: Actor) -> bool:
    """Whether the mention names its state: by the country's name or adjective, or as a
    named state body."""
    return actor.country is not None and any(
        STATE_PART.match(part) for part in actor.entry.split("+")
    )


def repeats_mention(actor: Actor) -> bool:
    """Whether the actor is a bare role read as an earlier mention ("the party"), not a
    pronoun that took such a role as its antecedent."""
    return actor.entry.endswith(ANTECEDENT_ENTRY) and actor.text.lower() not in PRONOUNS


def _names(name: Span, actor: Span) -> bool:
    """Whether a name overlaps an actor's span or follows it as an apposition."""
    return name.start < actor.end + 3 and actor.start < name.end
