"""Who reports an event: the speakers found on the dependency parse above its trigger.

Walking up from the trigger through speech verbs ("said", "told", "reported",
"quoted ... as saying", "accused") to their subjects, and looking at the
words attached to that path ("according to X", "cited by X", "citing X",
", X said"). `reported_by` turns these speakers into the event's chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.coding.attribution.cues import SpeechCues
from newsevents.coding.syntax import ANY_SUBJECT_DEPS, Tree
from newsevents.model import Token

# Dependents left out of a source's name: "the ministry, which runs the camps," is "the ministry".
NAME_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
# Relations from a clause up to the speech verb that reports it (not its subject).
REPORTED_DEPS = frozenset(
    {"ccomp", "xcomp", "parataxis", "advcl", "dobj", "pcomp", "prep", "pobj", "conj", "acomp"}
)
# Nouns that stand for a speaker's words: "according to a statement by the governor".
STATEMENT_NOUNS = frozenset({"statement", "report", "reports", "announcement", "communique"})


@dataclass(frozen=True, slots=True)
class Citation:
    """A speaker found in the parse, the hearer it spoke to (if a medium), and the cue."""

    speaker: Token
    via: Token | None
    cue: str


def find_citations(tree: Tree, trig: Token, c: SpeechCues) -> list[Citation]:
    """Every speaker that reports the trigger's clause, nearest first."""
    found: list[Citation] = list(attached(tree, trig, c, path_child=None))
    for child, head in tree.climb(trig):
        if (child.dep in ANY_SUBJECT_DEPS or child.dep == "agent") and _is_speech_verb(head, c):
            break  # the event sits in a speaker's name, not in what it said
        if child.dep in REPORTED_DEPS and _is_speech_verb(head, c):
            found.extend(_verb_citations(tree, head, child, c))
        found.extend(attached(tree, head, c, path_child=child))
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


def attached(tree: Tree, node: Token, c: SpeechCues, *, path_child: Token | None) -> list[Citation]:
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
                out.extend(attached(tree, kid, c, path_child=None))
    return out


def _reporting_clause(tree: Tree, kid: Token, c: SpeechCues) -> bool:
    """ ", police said" / "as officials said" attached below the event's own verb."""
    if not _is_speech_verb(kid, c) or kid.tag == "VBG":
        return False
    if kid.dep in ("parataxis", "ccomp"):
        return True
    return kid.dep == "advcl" and any(m.lemma == "as" for m in tree.dependents(kid, "mark"))


def climb_step(tree: Tree, child: Token, head: Token, c: SpeechCues) -> tuple[Citation, ...] | None:
    """The citations met at one step up (child -> head); None where the climb stops."""
    if (child.dep in ANY_SUBJECT_DEPS or child.dep == "agent") and _is_speech_verb(head, c):
        return None  # the event sits in a speaker's name, not in what it said
    found: list[Citation] = []
    if child.dep in REPORTED_DEPS and _is_speech_verb(head, c):
        found.extend(_verb_citations(tree, head, child, c))
    found.extend(attached(tree, head, c, path_child=child))
    return tuple(found)
