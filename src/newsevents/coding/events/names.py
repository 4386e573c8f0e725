"""People the dictionaries lack, known by how the article describes them.

A story often names a person once with a description ("the OSCE observers Ana
Petrova and Jan Verhoef", "Verhoef, a retired Dutch diplomat,") and elsewhere by name
alone ("Verhoef told reporters"). The name alone codes no actor, so the article's context
would place that person in the story's country; a reader takes the description instead.
`described_names` reads the whole article once (a description may come after the first bare
mention) and maps each described name, and its last word, to the actor that describes it.
A name described as two different actors is left out: the article does not settle it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

from newsevents.model import Actor, Sentence, Span, Token

# ", a retired Dutch diplomat": a comma, an article and at most two plain words
# ("former", "senior") between the name and the actor that describes it
APPOSITION_GAP = re.compile(r"^\s*,\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}$")
# "monitors Ana Petrova and Jan Verhoef": names joined to the described one
NAME_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")
# " Jan Verhoef and ": a name the tagger missed, then the join to the next one
UNTAGGED_JOIN = re.compile(r"^\s+(?:[A-Z][\w'’-]*\s+)+(?:,\s*)?and\s+$")
# "a Finnish delegation led by (deputy minister) Anna Virtanen": the leader is of the delegation
LED_BY = re.compile(r"^,?\s+(?:led|headed)\s+by\s+(?:[a-z]+\s+){0,3}$")
# `entry` suffix of an actor taken from the name's description
DESCRIBED_ENTRY = "described-name"


class ActorFinder(Protocol):
    """What `described_names` needs of `newsevents.coding.actors.coder.ActorCoder`."""

    def find_actors(self, text: str, when: dt.date | None, *, offset: int = 0) -> list[Actor]: ...

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None: ...


def described_names(
    sentences: Sequence[Sentence], coder: ActorFinder, when: dt.date | None
) -> dict[str, Actor]:
    """Lower-case name and surname -> the actor with a country that describes that person."""
    found: dict[str, Actor] = {}
    clashes: set[str] = set()
    for sentence in sentences:
        actors = coder.find_actors(sentence.text, when, offset=sentence.span.start)
        placed = [a for a in actors if a.span is not None and a.country is not None]
        for name, actor in _described(sentence, placed, coder, when):
            for key in _keys(name.text):
                if found.setdefault(key, actor).code != actor.code:
                    clashes.add(key)
    return {k: v for k, v in found.items() if k not in clashes}


def described_actor(names: Mapping[str, Actor], phrase: Span) -> Actor | None:
    """The described actor of a phrase that is a described name or ends in its surname
    ("Verhoef", "the monitor Jan Verhoef"), with the phrase's own text and span."""
    if not names:
        return None
    text = _bare(phrase.text)
    words = text.split()
    key = text if text in names else (words[-1] if words and words[-1] in names else None)
    if key is None:
        return None
    actor = names[key]
    entry = f"{actor.entry}+{DESCRIBED_ENTRY}"
    return dataclasses.replace(actor, text=phrase.text, span=phrase, entry=entry)


def _described(
    sentence: Sentence, actors: list[Actor], coder: ActorFinder, when: dt.date | None
) -> Iterator[tuple[Span, Actor]]:
    """(name, actor) for each person the sentence names right after an actor ("monitors Ana
    Petrova and Jan Verhoef") or before one in apposition ("Verhoef, a Dutch diplomat,")."""
    people = sorted(
        (m.span for m in sentence.mentions if m.label == "PERSON"), key=lambda s: s.start
    )
    people = [p for p in people if not any(_overlaps(p, a.span) for a in actors if a.span)]
    base = sentence.span.start

    def gap(a: int, b: int) -> str:
        return sentence.text[a - base : b - base] if a <= b else "x"

    for person in people:
        actor = _titled(sentence, person, coder, when)
        if actor is not None:
            yield person, actor
    heads = _apposition_heads(sentence)
    for actor in actors:
        assert actor.span is not None
        yield from _named_after(actor, people, gap)
        for person in people:
            head = heads.get(person.start)
            ends_at_head = head is not None and actor.span.start < head.end == actor.span.end
            if ends_at_head and APPOSITION_GAP.match(gap(person.end, actor.span.start)):
                yield person, actor


def _titled(
    sentence: Sentence, person: Span, coder: ActorFinder, when: dt.date | None
) -> Actor | None:
    """The actor the words before a name in its own noun phrase code, when it has a country
    ("Namibia Tourism Authority chief executive Haufiku": NAMGOV), which `find_actors`,
    reading the words as separate mentions, may miss."""
    tokens = {t.i: t for t in sentence.tokens}
    inside = [t for t in sentence.tokens if person.start <= t.start < person.end]
    heads = [t for t in inside if not person.start <= tokens.get(t.head, t).start < person.end]
    if len(heads) != 1:
        return None
    before = [t for t in sentence.tokens if t.start < person.start and _under(t, heads[0], tokens)]
    if not before:
        return None
    first = min(before, key=lambda t: t.start)
    base = sentence.span.start
    text = sentence.text[first.start - base : person.start - base].rstrip(" ,")
    actor = coder.code_phrase(text, when, offset=first.start)
    return actor if actor is not None and actor.country is not None else None


def _under(token: Token, head: Token, tokens: Mapping[int, Token]) -> bool:
    """Whether `token` hangs (through at most six heads) under `head`."""
    for _ in range(6):
        if token.head == head.i:
            return True
        if token.head == token.i or token.head not in tokens:
            return False
        token = tokens[token.head]
    return False


def _apposition_heads(sentence: Sentence) -> dict[int, Token]:
    """Start of each PERSON mention -> the head word of its apposition, if it has one
    ("Verhoef, a former Dutch envoy," -> "envoy"): the actor that describes the name ends
    there (in "Verhoef, who monitors Chile's courts," no actor does)."""
    out: dict[int, Token] = {}
    for mention in sentence.mentions:
        if mention.label != "PERSON":
            continue
        inside = {t.i for t in sentence.tokens if mention.span.start <= t.start < mention.span.end}
        appos = [t for t in sentence.tokens if t.dep == "appos" and t.head in inside]
        if appos:
            out[mention.span.start] = appos[0]
    return out


def _named_after(
    actor: Actor, people: list[Span], gap: Callable[[int, int], str]
) -> Iterator[tuple[Span, Actor]]:
    """The people named right after an actor ("the envoy Ana Petrova", "a Finnish delegation
    led by Ana Virtanen"); after a plural
    one ("monitors Jan Verhoef and Ana Petrova"), each of the names it coordinates, even
    when the tagger missed one of them (a run of capitalised words before "and")."""
    assert actor.span is not None
    # a plural role word ("observers", "officials"), though the span may hold a first name
    plural = any(w.endswith("s") and w.islower() for w in actor.text.split())
    end, first = actor.span.end, True
    for person in people:
        if person.start < end:
            continue
        between = gap(end, person.start)
        beside = first and (between.strip() in ("", ",") or bool(LED_BY.match(between)))
        joined = plural and (NAME_JOIN.match(between) or UNTAGGED_JOIN.match(between))
        if not (beside or joined):
            break
        yield person, actor
        end, first = person.end, False


def _keys(name: str) -> set[str]:
    """The name and its last word (a surname of three letters or more), lower-case."""
    text = _bare(name)
    words = text.split()
    return {text, words[-1]} if words and len(words[-1]) >= 3 else {text}


def _bare(text: str) -> str:
    """Lower-case text without a possessive ending or surrounding punctuation."""
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip(' ,.;:"“”')).lower()


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
