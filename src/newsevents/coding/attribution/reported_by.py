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
from dataclasses import dataclass
from typing import Protocol

from newsevents.coding.attribution.cues import SpeechCues
from newsevents.coding.attribution.quotes import quotation_around
from newsevents.coding.syntax import ANY_SUBJECT_DEPS, Tree
from newsevents.model import Actor, Article, Attribution, Sentence, Span, Token

# Dependents left out of a source's name: "the ministry, which runs the camps," is "the ministry".
NAME_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
# Relations from a clause up to the speech verb that reports it (not its subject).
REPORTED_DEPS = frozenset(
    {"ccomp", "xcomp", "parataxis", "advcl", "dobj", "pcomp", "prep", "pobj", "conj", "acomp"}
)
# Nouns that stand for a speaker's words: "according to a statement by the governor".
STATEMENT_NOUNS = frozenset({"statement", "report", "reports", "announcement", "communique"})
PRONOUN_WINDOW = 400  # characters before the sentence searched for a pronoun's antecedent


class PhraseCoder(Protocol):
    """What `reported_by` needs from the actor coder (`coding.actors.coder.ActorCoder`)."""

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None: ...

    def find_actors(
        self, text: str, when: dt.date | None = None, *, offset: int = 0, specific: bool = False
    ) -> list[Actor]: ...


@dataclass(frozen=True, slots=True)
class Citation:
    """A speaker found in the parse, the hearer it spoke to (if a medium), and the cue."""

    speaker: Token
    via: Token | None
    cue: str


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
    "citing X" all count. Spans are document-level character offsets.
    """
    tree = Tree.of(sentence)
    trig = tree.token(trigger.i) or trigger
    chain: list[Attribution] = []
    if article.outlet:
        chain.append(Attribution(name=article.outlet, kind="outlet"))
    quote = quotation_around(article.text, trigger.start, trigger.end)
    for citation in find_citations(tree, trig, cues):
        link = _source_link(tree, citation.speaker, article, actors, when, cues)
        if quote is not None and not any(a.kind == "source" for a in chain):
            link = dataclasses.replace(link, quote=quote)
        chain.append(link)
        if citation.via is not None:
            chain.append(_via_link(tree, citation.via, actors, when))
    return _unique(chain)


def find_citations(tree: Tree, trig: Token, c: SpeechCues) -> list[Citation]:
    """Every speaker that reports the trigger's clause, nearest first."""
    found: list[Citation] = list(_attached(tree, trig, c, path_child=None))
    for child, head in tree.climb(trig):
        if (child.dep in ANY_SUBJECT_DEPS or child.dep == "agent") and _is_speech_verb(head, c):
            break  # the event sits in a speaker's name, not in what it said
        if child.dep in REPORTED_DEPS and _is_speech_verb(head, c):
            found.extend(_verb_citations(tree, head, child, c))
        found.extend(_attached(tree, head, c, path_child=child))
    return found


def is_media(phrase: str, tokens: list[Token], c: SpeechCues) -> bool:
    """A news medium: a media word ("agency", "television") or a known outlet name."""
    if any(t.lemma.lower() in c.media_words or t.text.lower() in c.media_words for t in tokens):
        return True
    padded = f" {phrase} "
    return any(f" {name} " in padded or f" {name}'" in padded for name in c.media_names)


def _is_speech_verb(t: Token, c: SpeechCues) -> bool:
    return t.pos in ("VERB", "AUX") and t.lemma in c.speech_verbs


def _verb_citations(tree: Tree, verb: Token, child: Token, c: SpeechCues) -> list[Citation]:
    """The speaker of a speech verb above the event, its hearer if a medium, who it cites."""
    speaker = _speaker(tree, verb, c)
    if speaker is None:
        return []
    cue = "quoted as saying" if child.dep == "prep" and child.lemma == "as" else verb.lemma
    relayed = [  # "the figures, cited by Yonhap, show ...": Yonhap stands behind the figures
        Citation(pobj, None, f"{kid.lemma} by")
        for kid in tree.dependents(speaker, "acl")
        if kid.lemma in c.speech_verbs
        for agent in tree.dependents(kid, "agent")
        for pobj in tree.dependents(agent, "pobj")
    ]
    return [Citation(speaker, _hearer(tree, verb, c), cue), *relayed]


def _speaker(tree: Tree, verb: Token, c: SpeechCues) -> Token | None:
    """The subject; the `by` agent of a passive; Y in "quoted Y as saying"."""
    subj = tree.subject(verb)
    if subj is not None:
        return _statement_author(tree, subj)
    for agent in tree.dependents(verb, "agent"):
        for pobj in tree.dependents(agent, "pobj"):
            return _statement_author(tree, pobj)
    head = tree.head_token(verb)
    if head is not None and head.dep == "prep" and head.lemma == "as":
        governor = tree.head_token(head)
        if governor is not None and governor.lemma in c.quoting_verbs:
            return next(iter(tree.dependents(governor, "dobj")), None)
    return None


def _statement_author(tree: Tree, noun: Token) -> Token:
    """ "a statement by the governor" speaks for the governor."""
    if noun.lemma.lower() not in STATEMENT_NOUNS:
        return noun
    for prep in tree.dependents(noun, "prep"):
        if prep.lemma in ("by", "from", "of"):
            for pobj in tree.dependents(prep, "pobj"):
                return pobj
    for poss in tree.dependents(noun, "poss"):
        return poss
    return noun


def _hearer(tree: Tree, verb: Token, c: SpeechCues) -> Token | None:
    """The medium spoken to: "told Reuters", "said to the agency", "in an interview with X"."""
    if verb.lemma not in c.hearer_verbs:
        return None
    candidates = list(tree.dependents(verb, "dobj", "dative"))
    for prep in tree.dependents(verb, "prep"):
        for pobj in tree.dependents(prep, "pobj"):
            if prep.lemma == "to":
                candidates.append(pobj)
            elif pobj.lemma in c.interview_nouns:
                candidates.extend(
                    o for p in tree.dependents(pobj, "prep") for o in tree.dependents(p, "pobj")
                )
    for cand in candidates:
        span = tree.trimmed_phrase(cand, drop=NAME_DROP)
        if is_media(span.text, tree.subtree_tokens(cand), c):
            return cand
    return None


def _attached(
    tree: Tree, node: Token, c: SpeechCues, *, path_child: Token | None
) -> list[Citation]:
    """Sources hanging off a word on the path: according to X, cited by X, citing X, X said."""
    out: list[Citation] = []
    for kid in tree.dependents(node):
        if path_child is not None and kid.i == path_child.i:
            continue
        if kid.lemma == "accord" or kid.text.lower() == "according":
            out.extend(
                Citation(_statement_author(tree, pobj), None, "according to")
                for to in tree.dependents(kid, "prep")
                if to.lemma == "to"
                for pobj in tree.dependents(to, "pobj")
            )
        elif kid.dep == "acl" and kid.lemma in c.speech_verbs:
            out.extend(
                Citation(pobj, None, f"{kid.lemma} by")
                for agent in tree.dependents(kid, "agent")
                for pobj in tree.dependents(agent, "pobj")
            )
        elif kid.lemma == "cite" and kid.tag == "VBG":
            out.extend(Citation(o, None, "citing") for o in tree.dependents(kid, "dobj"))
        elif _reporting_clause(tree, kid, c):
            speaker = _speaker(tree, kid, c)
            if speaker is not None:
                out.append(Citation(speaker, _hearer(tree, kid, c), kid.lemma))
                out.extend(_attached(tree, kid, c, path_child=None))
    return out


def _reporting_clause(tree: Tree, kid: Token, c: SpeechCues) -> bool:
    """ ", police said" / "as officials said" attached below the event's own verb."""
    if not _is_speech_verb(kid, c) or kid.tag == "VBG":
        return False
    if kid.dep in ("parataxis", "ccomp"):
        return True
    return kid.dep == "advcl" and any(m.lemma == "as" for m in tree.dependents(kid, "mark"))


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


__all__ = ["Citation", "PhraseCoder", "as_media", "find_citations", "is_media", "reported_by"]
