"""Acts done again by others: "Chile recalled its envoy. Peru followed suit."

News tells an act once and then lists who did it too: "X followed suit", "Y did the same",
"Z took a similar step", "such a step was taken as well by A, B and C". The repeating clause
has no verb of its own that the lexicon knows, so each of those actors' acts went uncoded,
or the one act told was matched to their keys with the wrong source. Here a clause that
says "did it too" (words from `coding/data/context/repeats.yaml`, injected by
`Pipeline.load`) repeats the act told just before it, in the same sentence or the one
before, once for each actor it names as doer, toward the same target. Only actors the
dictionaries name are taken ("they did the same" is left alone: the pronoun may mean the
first doer as well). The rule id ends in `+repeat`, so `explain` shows the reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsevents.coding.events.discourse import PRONOUNS, PhraseCoder
from newsevents.coding.syntax import Tree
from newsevents.errors import DictionaryError
from newsevents.model import EventMatch, ParsedArticle, Span

REPEATS_FILE = "repeats.yaml"
KEYS = ("idioms", "acts", "likeness", "doing", "elliptic_markers", "elliptic_verbs")
IDIOM_DEPS = frozenset({"dobj", "advmod", "npadvmod", "attr", "acomp"})
ACT_DEPS = frozenset({"dobj", "nsubjpass"})
LIKENESS_DEPS = frozenset({"amod", "det", "predet"})
SUBJECTS = frozenset({"nsubj"})
MARKER_DEPS = frozenset({"mark", "advmod"})
# Edges by which a clause is what a verb above it says or reports.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# What a bare auxiliary may not have for it to stand for the act before it ("as is the case").
CONTENT_DEPS = frozenset({"dobj", "acomp", "attr", "xcomp", "ccomp", "oprd", "neg"})
BY = frozenset({"by"})
# How many sentences back the act repeated may be told.
LOOKBACK = 1


@dataclass(frozen=True, slots=True)
class RepeatWords:
    """The words of "did it too" (lower-case lemmas): `idioms` verb -> objects or adverbs
    ("follow" -> "suit"); `acts` nouns that a `likeness` word and a verb of `doing` make
    the act told before ("took the same step")."""

    idioms: dict[str, frozenset[str]]
    acts: frozenset[str]
    likeness: frozenset[str]
    doing: frozenset[str]
    elliptic_markers: frozenset[str] = frozenset()
    elliptic_verbs: frozenset[str] = frozenset()
    version: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> RepeatWords:
        """The packaged lists, or a user's file of the same shape."""
        if path is None:
            source = resources.files("newsevents.coding").joinpath("data", "context", REPEATS_FILE)
            text, name = source.read_text("utf-8"), REPEATS_FILE
        else:
            text, name = path.read_text("utf-8"), str(path)
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or any(not isinstance(data.get(k), list) for k in KEYS):
            raise DictionaryError(f"{name}: expected lists {', '.join(KEYS)}")
        idioms: dict[str, set[str]] = {}
        for idiom in data["idioms"]:
            verb, _, word = str(idiom).lower().partition(" ")
            idioms.setdefault(verb, set()).add(word.strip())
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        return cls(
            idioms={verb: frozenset(words) for verb, words in idioms.items()},
            acts=_words(data["acts"]),
            likeness=_words(data["likeness"]),
            doing=_words(data["doing"]),
            elliptic_markers=_words(data["elliptic_markers"]),
            elliptic_verbs=_words(data["elliptic_verbs"]),
            version=f"repeats-{digest}",
        )

    def says_again(self, tree: Tree, v: int) -> bool:
        """Whether verb `v` says "did it too": an idiom ("followed suit", "did likewise") or
        a verb of doing whose object is a like act ("took the same step", "such a measure
        was taken")."""
        verb = tree.tok(v).lemma.lower()
        if self._elliptic(tree, v):
            return True
        idiom = self.idioms.get(verb, frozenset())
        if any(tree.tok(c).lemma.lower() in idiom for c in tree.children(v, IDIOM_DEPS)):
            return True
        if verb not in self.doing:
            return False
        return any(
            tree.tok(n).lemma.lower() in self.acts
            and any(
                tree.tok(d).lemma.lower() in self.likeness for d in tree.children(n, LIKENESS_DEPS)
            )
            for n in tree.children(v, ACT_DEPS)
        )

    def _elliptic(self, tree: Tree, v: int) -> bool:
        """ "as did Peru", "so are Andean leaders": a bare auxiliary after a marker, its
        subject after it, with no content of its own."""
        if tree.tok(v).lemma.lower() not in self.elliptic_verbs:
            return False
        if tree.children(v, CONTENT_DEPS):
            return False
        marked = any(
            tree.tok(c).lemma.lower() in self.elliptic_markers and c < v
            for c in tree.children(v, MARKER_DEPS)
        )
        return marked and any(s > v for s in tree.children(v, SUBJECTS))


def _words(items: Sequence[object]) -> frozenset[str]:
    return frozenset(str(item).lower() for item in items)


def with_repeated_acts(
    parsed: ParsedArticle,
    matches: list[EventMatch],
    actors: PhraseCoder,
    when: dt.date | None,
    words: RepeatWords,
) -> list[EventMatch]:
    """The matches, each act that a later clause says others did too followed by theirs."""
    repeats: list[EventMatch] = []
    for sentence in parsed.sentences:
        if not sentence.tokens:
            continue
        tree = Tree.of(sentence)
        for t in sentence.tokens:
            if t.pos in ("VERB", "AUX") and words.says_again(tree, t.i):
                act = _act_before(matches, tree, t.i)
                if act is not None:
                    repeats.extend(_repeat(tree, t.i, act, actors, when))
    return sorted([*matches, *repeats], key=lambda m: m.sentence_index)


def _act_before(matches: list[EventMatch], tree: Tree, cue: int) -> EventMatch | None:
    """The last act with a doer told before the cue: earlier in its sentence, else in the
    sentence before. A verb the cue's clause hangs on is not the act repeated ("the
    minister noted that such a measure was taken by Peru")."""
    index, above = tree.sentence.index, _governors(tree, cue)
    for back in range(LOOKBACK + 1):
        told = [
            m
            for m in matches
            if m.sentence_index == index - back
            and m.source is not None
            and (back or (m.trigger.i < cue and m.trigger.i not in above))
            and not m.rule.endswith("+mutual")
        ]
        if told:
            return max(told, key=lambda m: m.trigger.i)
    return None


def _governors(tree: Tree, cue: int) -> set[int]:
    """The verbs the cue's clause is the content of ("the minister noted that such a
    measure was taken"); not a clause it is coordinated with or compared to ("Chile
    expelled envoys and Peru did the same", "Chile protested, as did Peru")."""
    out: set[int] = set()
    i: int | None = cue
    while i is not None and tree.tok(i).dep in REPORTED_DEPS:
        i = tree.head(i)
        if i is None or i in out:  # the top, or a parse with a cycle
            break
        out.add(i)
    return out


def _repeat(
    tree: Tree, cue: int, act: EventMatch, actors: PhraseCoder, when: dt.date | None
) -> list[EventMatch]:
    """The act again, once for each actor named as the cue's doer."""
    out: list[EventMatch] = []
    verb = tree.tok(cue)
    for doer in _doers(tree, cue):
        span = tree.phrase(doer)
        actor = actors.code_phrase(span.text, when, offset=span.start)
        if actor is None or act.source is None or actor.code == act.source.code:
            continue
        if act.target is not None and actor.code == act.target.code:
            continue
        out.append(
            dataclasses.replace(
                act,
                sentence_index=tree.sentence.index,
                trigger=verb,
                source=actor,
                source_span=span,
                verb_span=Span(verb.start, verb.end, verb.text),
                rule=f"{act.rule}+repeat",
                negated=tree.is_negated(cue),
            )
        )
    return out


def _doers(tree: Tree, v: int) -> list[int]:
    """The doers the clause names: the agent of a passive ("taken by A and B"), else the
    subject, with their conjuncts; never a pronoun."""
    heads = tree.prep_objects(v, BY) if tree.is_passive(v) else tree.children(v, SUBJECTS)
    doers = [c for h in heads for c in tree.conjuncts(h)]
    return [d for d in doers if tree.tok(d).text.lower() not in PRONOUNS]
