"""According to whom: the `reported_by` chain of an event.

Most events reach a reader second- or third-hand: an outlet prints what a
state news agency said a ministry announced. A user weighing an event needs
that chain (whose claim is it, who confirmed it), so every event carries it:
the outlet first, then each source cited above the event's trigger, nearest
first, each followed by the medium it spoke to (`via`) when the text names one.

Sources are found on the dependency parse by walking up from the trigger
through speech verbs ("said", "told", "reported", "quoted ... as saying",
"accused") to their subjects, and by looking at the words attached to that
path ("according to X", "cited by X", "citing X", ", X said"). The verbs and
media words are in `data/cues/speech.yaml`. Rules are documented in
docs/attribution.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from newsevents.coding.attribution.citations import (
    NAME_DROP,
    Citation,
    attached,
    climb_step,
    find_citations,
    is_media,
)
from newsevents.coding.attribution.cues import SpeechCues
from newsevents.coding.attribution.quotes import QuoteIndex
from newsevents.coding.syntax import Tree
from newsevents.model import Actor, Article, Attribution, Sentence, Span, Token

PRONOUN_WINDOW = 400  # characters before the sentence searched for a pronoun's antecedent


class PhraseCoder(Protocol):
    """What `reported_by` needs from the actor coder (`coding.actors.coder.ActorCoder`)."""

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None: ...

    def find_actors(
        self, text: str, when: dt.date | None = None, *, offset: int = 0, specific: bool = False
    ) -> list[Actor]: ...


def reported_by(
    sentence: Sentence,
    trigger: Token,
    article: Article,
    actors: PhraseCoder,
    when: dt.date | None,
    *,
    cues: SpeechCues,
) -> tuple[Attribution, ...]:
    """The chain for an event whose trigger token is `trigger`.

    First the outlet (kind 'outlet', name=article.outlet) when known; then each cited source,
    nearest to the event first: kind 'source' with `actor` coded by `actors.code_phrase` when
    the source is an actor ("North Korea's KCNA state news" -> PRKMED), followed by a kind
    'via' link when it spoke to a news medium ("a South Korean military source told Reuters").
    `quote` (on the nearest source) is the quoted text when the trigger lies inside quotation
    marks. "according to X", "X quoted Y as saying", "X reported that", "cited by X" and
    "citing X" all count. Spans are document-level character offsets. For many events of
    one article, use one `Reporter` (same answers, work shared).
    """
    reporter = Reporter(article, actors, when, cues)
    return reporter.chain(Tree.of(sentence), trigger)


@dataclass
class Reporter:
    """`reported_by` for the events of one article, sharing the work between them.

    Why: in a long sentence every event climbs the same chain of heads and
    meets the same speakers; climbing and coding them per event made coding
    quadratic in sentence length. Here the citations found above each token
    are kept as a linked list per token (each step computed once), and each
    speaker's link is coded once. Use one `Tree` per sentence with it.
    """

    article: Article
    actors: PhraseCoder
    when: dt.date | None
    cues: SpeechCues
    quotes: QuoteIndex = field(init=False)
    above: dict[int, _Above | None] = field(default_factory=dict)
    links: dict[tuple[str, int], Attribution] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.quotes = QuoteIndex(self.article.text)

    def chain(self, tree: Tree, trigger: Token) -> tuple[Attribution, ...]:
        """The `reported_by` chain of the event whose trigger is `trigger` (see there)."""
        trig = tree.token(trigger.i) or trigger
        chain: list[Attribution] = []
        if self.article.outlet:
            chain.append(Attribution(name=self.article.outlet, kind="outlet"))
        quote = self.quotes.around(trigger.start, trigger.end)
        sourced = False
        for citation in self.citations(tree, trig):
            link = self._link("source", tree, citation.speaker)
            if quote is not None and not sourced:
                link = dataclasses.replace(link, quote=quote)
            sourced = True
            chain.append(link)
            if citation.via is not None:
                chain.append(self._link("via", tree, citation.via))
        return _unique(chain)

    def citations(self, tree: Tree, trig: Token) -> list[Citation]:
        """Exactly `find_citations(tree, trig, cues)`, the climb shared between events."""
        if not tree.acyclic or trig.i not in tree:
            return find_citations(tree, trig, self.cues)
        found = attached(tree, trig, self.cues, path_child=None)
        node = self._above(tree, trig)
        while node is not None:
            found.extend(node.here)
            node = node.rest
        return found

    def _above(self, tree: Tree, trig: Token) -> _Above | None:
        """The citations met climbing from `trig`, as a list shared with its ancestors."""
        walked: list[tuple[Token, tuple[Citation, ...]]] = []
        child: Token = trig
        rest: _Above | None = None
        while child.i not in self.above:
            h = tree.head(child.i)
            head = None if h is None else tree.tok(h)
            step = None if head is None else climb_step(tree, child, head, self.cues)
            if head is None or step is None:
                self.above[child.i] = None
                break
            walked.append((child, step))
            child = head
        else:
            rest = self.above[child.i]
        for token, here in reversed(walked):
            rest = _Above(here, rest)
            self.above[token.i] = rest
        return self.above[trig.i]

    def _link(self, kind: str, tree: Tree, speaker: Token) -> Attribution:
        key = (kind, speaker.i)
        if key not in self.links:
            if kind == "source":
                link = _source_link(tree, speaker, self.article, self.actors, self.when, self.cues)
            else:
                link = _via_link(tree, speaker, self.actors, self.when)
            self.links[key] = link
        return self.links[key]


@dataclass(frozen=True, slots=True)
class _Above:
    """One step of the climb: the citations found there, then those further up."""

    here: tuple[Citation, ...]
    rest: _Above | None


def _source_link(
    tree: Tree,
    speaker: Token,
    article: Article,
    actors: PhraseCoder,
    when: dt.date | None,
    c: SpeechCues,
) -> Attribution:
    span = tree.trimmed_phrase(speaker, drop=NAME_DROP)
    actor = actors.code_phrase(span.text, when, offset=span.start)
    if (actor is None or actor.country is None) and _starts_with_pronoun(tree, speaker, c):
        actor = _resolve_pronoun(tree, speaker, span, article, actors, when) or actor
    if actor is not None and actor.sector != "MED" and actor.country is not None:
        head_is_media = is_media(speaker.text, [speaker], c)
        if head_is_media or (actor.sector is None and is_media(span.text, [speaker], c)):
            actor = as_media(actor)
    return Attribution(name=span.text, kind="source", actor=actor, span=span)


def as_media(actor: Actor) -> Actor:
    """The actor's country as a news medium (country + MED).

    Used when the phrase itself names a medium: "Pyongyang's KCNA state news" is PRKMED,
    even where the dictionary lacks "KCNA" and a capital alone would read as the government.
    """
    if actor.country is None:
        return actor
    return dataclasses.replace(actor, code=actor.country + "MED", sector="MED")


def _via_link(tree: Tree, hearer: Token, actors: PhraseCoder, when: dt.date | None) -> Attribution:
    span = tree.trimmed_phrase(hearer, drop=NAME_DROP)
    actor = actors.code_phrase(span.text, when, offset=span.start)
    return Attribution(name=span.text, kind="via", actor=actor, span=span)


def _starts_with_pronoun(tree: Tree, speaker: Token, c: SpeechCues) -> bool:
    first = tree.subtree_tokens(speaker)[0]
    return first.text.lower() in c.pronouns


def _resolve_pronoun(
    tree: Tree,
    speaker: Token,
    span: Span,
    article: Article,
    actors: PhraseCoder,
    when: dt.date | None,
) -> Actor | None:
    """ "Its media reported": code "<last actor named before>'s media" instead.

    A deliberately small heuristic (no coreference model runs offline here): the antecedent
    is the last actor the actor coder finds in the few hundred characters before the
    sentence. The returned actor keeps the written span so evidence still highlights "Its".
    """
    start = max(0, tree.sentence.span.start - PRONOUN_WINDOW)
    before = article.text[start : tree.sentence.span.start]
    # Only mentions that single out an actor can be antecedents ("reporters" cannot).
    found = actors.find_actors(before, when, offset=start, specific=True)
    if not found:
        return None
    antecedent = max(found, key=lambda a: a.span.start if a.span else -1)
    first = tree.subtree_tokens(speaker)[0]
    rest = span.text[first.end - span.start :]
    possessive = first.tag == "PRP$"
    if not rest.strip():
        return dataclasses.replace(antecedent, span=span)
    text = f"{antecedent.text}'s{rest}" if possessive else f"{antecedent.text}{rest}"
    actor = actors.code_phrase(text, when)
    return None if actor is None else dataclasses.replace(actor, span=span)


def _unique(chain: list[Attribution]) -> tuple[Attribution, ...]:
    """Drop repeats (coordinated verbs can reach one speaker twice); keep the first."""
    seen: set[tuple[str, str, int | None]] = set()
    out: list[Attribution] = []
    for link in chain:
        key = (link.kind, link.name, link.span.start if link.span else None)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return tuple(out)


__all__ = [
    "Citation",
    "PhraseCoder",
    "Reporter",
    "as_media",
    "find_citations",
    "is_media",
    "reported_by",
]
