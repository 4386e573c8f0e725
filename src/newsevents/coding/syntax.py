"""Walking one sentence's dependency parse: children, voice, subjects, objects, phrases.

The one parse-tree helper of the coding stages. `Token.head` and `Token.i` are
document-level indexes, so every rule that walks the parse needs the same small
index arithmetic; keeping it here lets events, attribution and modality say
what they look for ("the subject of the speech verb above the trigger") rather
than how to find it. The event rules work on token indexes (`children`,
`ancestors`, `subtree`, `phrase`); attribution and modality on tokens
(`token`, `head_token`, `dependents`, `climb`, `subtree_tokens`, `subject`,
`trimmed_phrase`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from newsevents.model import Sentence, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Any subject, active, passive or expletive (a speaker may be any of them).
ANY_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
ANY_AUX_DEPS = frozenset({"aux", "auxpass"})
AUXPASS_DEPS = frozenset({"auxpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Children left out of an actor phrase: they describe, they do not name, the actor.
PHRASE_DROP = frozenset(
    {"relcl", "acl", "punct", "advmod", "cc", "conj", "prep", "parataxis", "advcl", "dep", "case"}
)
OBJECT_CONTROL_DEPS = frozenset({"dobj"})
OF = frozenset({"of"})
SOURCE_PREPS = frozenset({"of", "in", "from"})
# Punctuation a phrase may span when words of the phrase lie on both sides.
BRIDGE_PUNCT = frozenset({",", "(", ")", "-", "–", "—", "’", "'"})


@dataclass(frozen=True, slots=True)
class Tree:
    """A sentence with a children index; token indexes are document-level.

    Build one per sentence (`Tree.of` is linear in its length) and share it
    between the events of that sentence: `memo` holds per-token answers of
    walks up the tree (`nearest_above`), so that a long sentence's events do
    not each climb the same chain of heads again (quadratic in its length).
    """

    sentence: Sentence
    base: int
    kids: tuple[tuple[int, ...], ...]
    acyclic: bool = True
    memo: dict[str, dict[int, int | None]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, sentence: Sentence) -> Tree:
        base = sentence.tokens[0].i if sentence.tokens else 0
        kids: list[list[int]] = [[] for _ in sentence.tokens]
        for t in sentence.tokens:
            if t.head != t.i and 0 <= t.head - base < len(kids):
                kids[t.head - base].append(t.i)
        frozen = tuple(tuple(k) for k in kids)
        return cls(sentence, base, frozen, _reaches_all(frozen, base, sentence))

    def tok(self, i: int) -> Token:
        return self.sentence.tokens[i - self.base]

    def token(self, i: int) -> Token | None:
        """The token with document index `i`, if it lies in this sentence."""
        return self.tok(i) if i in self else None

    def __contains__(self, i: int) -> bool:
        return 0 <= i - self.base < len(self.sentence.tokens)

    def children(self, i: int, deps: frozenset[str] | None = None) -> list[int]:
        return [c for c in self.kids[i - self.base] if deps is None or self.tok(c).dep in deps]

    def child(self, i: int, deps: frozenset[str]) -> int | None:
        found = self.children(i, deps)
        return found[0] if found else None

    def head(self, i: int) -> int | None:
        h = self.tok(i).head
        return h if h != i and h in self else None

    def nearest_above(self, i: int, name: str, test: Callable[[int], bool]) -> int | None:
        """The nearest strict ancestor of `i` that passes `test`, or None.

        Answers are kept in `memo[name]` for every token on the walk, so a
        sentence's events together climb each head once: `name` must always be
        used with the same `test`. A parse with a cycle is walked without memo.
        """
        if not self.acyclic:
            return next((h for h in self.ancestors(i) if test(h)), None)
        memo = self.memo.setdefault(name, {})
        walked: list[int] = []
        node, found = i, None
        while node not in memo:
            walked.append(node)
            h = self.head(node)
            if h is None:
                break
            if test(h):
                found = h
                break
            node = h
        else:
            found = memo[node]
        for n in walked:
            memo[n] = found
        return found

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        h = self.head(i)
        while h is not None and h not in seen:
            yield h
            seen.add(h)
            h = self.head(h)

    def is_passive(self, v: int) -> bool:
        """Passive voice: a passive subject or auxiliary, a past-participle modifier, or a
        gapped passive (`gapped_passive`)."""
        if self.children(v, frozenset({"nsubjpass", "auxpass", "csubjpass"})):
            return True
        t = self.tok(v)
        return (t.dep == "acl" and t.tag == "VBN") or self.gapped_passive(v)

    def gapped_passive(self, v: int) -> bool:
        """ "The road was closed and extra police brought in": a bare participle with a
        subject of its own, coordinated with a passive whose auxiliary it shares. The
        parser calls its subject active (`nsubj`), but the police undergo the bringing."""
        t, head = self.tok(v), self.head(v)
        return (
            t.dep == "conj"
            and t.tag == "VBN"
            and head is not None
            and bool(self.children(head, AUXPASS_DEPS))
            and not self.children(v, ANY_AUX_DEPS)
            and bool(self.children(v, frozenset({"nsubj"})))
        )

    def passive_subjects(self, v: int) -> list[int]:
        """Who undergoes passive `v`: its passive subject, or a gapped passive's subject."""
        found = self.children(v, PASSIVE_SUBJECT_DEPS)
        if found or not self.gapped_passive(v):
            return found
        return self.children(v, frozenset({"nsubj"}))

    def is_negated(self, v: int) -> bool:
        """Whether `v` carries a negation; a predicative adjective takes its copula's ("is
        not happy with": the "not" hangs on "is"); "no longer" negates the verb it modifies
        (the parser hangs its "no" on "longer")."""
        if self.children(v, frozenset({"neg"})):
            return True
        if any(
            self.tok(a).text.lower() == "longer" and self.children(a, frozenset({"neg"}))
            for a in self.children(v, frozenset({"advmod"}))
        ):
            return True
        head = self.head(v)
        return (
            self.tok(v).dep == "acomp"
            and head is not None
            and bool(self.children(head, frozenset({"neg"})))
        )

    def conjuncts(self, i: int) -> list[int]:
        """`i` and the heads coordinated with it ("Hungary and Romania" -> both)."""
        out = [i]
        for c in self.children(i, frozenset({"conj"})):
            if self.tok(c).pos in ("PROPN", "NOUN", "PRON", "ADJ") or self.tok(i).pos == "VERB":
                out.extend(self.conjuncts(c))
        return out

    def prep_objects(self, i: int, preps: frozenset[str]) -> list[int]:
        """Objects of the prepositions `preps` attached to token `i`."""
        out = []
        for p in self.children(i, frozenset({"prep", "agent", "dative"})):
            if self.tok(p).lemma.lower() in preps or self.tok(p).text.lower() in preps:
                out.extend(self.children(p, frozenset({"pobj", "pcomp"})))
        return out

    def subtree(self, i: int, drop: frozenset[str] = frozenset()) -> list[int]:
        """`i` and its descendants (not entering dependents labelled `drop`), in order.

        A loop, not recursion: a run-on sentence's chain of conjuncts is thousands deep.
        """
        out = [i]
        stack = [i]
        while stack:
            for c in self.kids[stack.pop() - self.base]:
                if self.tok(c).dep not in drop:
                    out.append(c)
                    stack.append(c)
            if len(out) > len(self.kids):
                raise ValueError(f"the parse of sentence {self.sentence.index} has a cycle")
        return sorted(out)

    def span_of(self, indexes: Sequence[int]) -> Span:
        first, last = self.tok(min(indexes)), self.tok(max(indexes))
        text = self.sentence.span.text
        offset = self.sentence.span.start
        return Span(first.start, last.end, text[first.start - offset : last.end - offset])

    def phrase(self, i: int, preps: frozenset[str] = OF) -> Span:
        """The actor phrase headed by `i`: determiners, modifiers, appositions ("Russia's
        president, Vladimir Putin"), bracketed acronyms and the prepositional phrases `preps`
        with a noun object ("of"; for a source also "in", "from": "workers in Brazil"), never
        clauses nor "of" + gerund ("accused the rebels of shelling")."""
        keep = [i]
        for c in self.kids[i - self.base]:
            t = self.tok(c)
            if t.dep == "prep" and t.lemma.lower() in preps:
                if self.children(c, frozenset({"pobj"})):
                    keep.extend(self.subtree(c, frozenset({"relcl", "acl", "conj", "cc"})))
            elif t.dep not in PHRASE_DROP:
                keep.extend(self.subtree(c, frozenset({"relcl", "acl"})))
        return self.span_of(self._contiguous(sorted(keep), i))

    def full_phrase(self, i: int) -> Span:
        """The whole subtree of `i`, used as a fallback when the short phrase codes no actor."""
        drop = frozenset({"punct", "conj", "cc"})
        return self.span_of(self._contiguous(self.subtree(i, drop), i))

    def _contiguous(self, indexes: list[int], head: int) -> list[int]:
        """The run of consecutive indexes around `head`: a phrase has no holes and never
        crosses a line break (a headline's date is not part of the subject below it). A hole
        of punctuation between kept words is bridged: the comma before an apposition, the
        bracket before an acronym."""
        chosen = {i for i in indexes if self.tok(i).pos != "SPACE"}
        lo = self._extend(chosen, head, -1)
        hi = self._extend(chosen, head, 1)
        while lo < head and self.tok(lo).pos == "PUNCT":  # no dangling brackets or commas
            lo += 1
        while hi > head and self.tok(hi).pos == "PUNCT":
            hi -= 1
        if self._unbalanced(lo, hi) and hi + 1 in self and self.tok(hi + 1).text == ")":
            hi += 1  # "Front ( ONLF )": the closing bracket belongs to the phrase
        if self._unbalanced(lo, hi):
            hi = max(head, min(k for k in range(lo, hi + 1) if self.tok(k).text == "(") - 1)
        return [lo, hi]

    def _extend(self, chosen: set[int], edge: int, step: int) -> int:
        """Walk from `edge` in direction `step` over chosen tokens and punctuation gaps."""
        while True:
            nxt = edge + step
            while nxt in self and nxt not in chosen and self._bridge(nxt):
                nxt += step
            if nxt not in chosen:
                return edge
            edge = nxt

    def _bridge(self, k: int) -> bool:
        """A gap a phrase may span: joining punctuation, or spaces within one line (the
        parser's copy of "Japan ’ s" holds extra spaces after the possessive)."""
        t = self.tok(k)
        if t.pos == "SPACE":
            return "\n" not in t.text
        return t.pos == "PUNCT" and t.text in BRIDGE_PUNCT

    def _unbalanced(self, lo: int, hi: int) -> bool:
        texts = [self.tok(k).text for k in range(lo, hi + 1)]
        return texts.count("(") > texts.count(")")

    # Token-level walking, for the attribution and modality rules.

    def head_token(self, t: Token) -> Token | None:
        """The syntactic head, or None at the root (or if it lies outside the sentence)."""
        return None if t.head == t.i else self.token(t.head)

    def dependents(self, t: Token, *deps: str) -> tuple[Token, ...]:
        """Dependents of `t` in sentence order, optionally only those with one of `deps`."""
        if t.i not in self:
            return ()
        kids = (self.tok(c) for c in self.kids[t.i - self.base])
        return tuple(k for k in kids if not deps or k.dep in deps)

    def climb(self, t: Token) -> Iterator[tuple[Token, Token]]:
        """Yield (child, head) pairs walking up from `t` to the root."""
        child = t
        for h in self.ancestors(t.i) if t.i in self else ():
            head = self.tok(h)
            yield child, head
            child = head

    def subtree_tokens(self, t: Token, *, stop: frozenset[str] = frozenset()) -> list[Token]:
        """`t` and its descendants in sentence order, not entering dependents labelled `stop`."""
        if t.i not in self:
            return [t]
        return [self.tok(i) for i in self.subtree(t.i, stop)]

    def subject(self, verb: Token) -> Token | None:
        """The nominal subject of `verb`, borrowed from the first conjunct when it has none."""
        for kid in self.dependents(verb, "nsubj", "nsubjpass"):
            return kid
        if verb.dep == "conj":
            head = self.head_token(verb)
            if head is not None:
                return self.subject(head)
        return None

    def trimmed_phrase(self, t: Token, *, drop: frozenset[str] = frozenset()) -> Span:
        """The text of `t`'s subtree, minus dependents labelled `drop` and edge punctuation."""
        kept = [t]
        for kid in self.dependents(t):
            if kid.dep not in drop:
                kept.extend(self.subtree_tokens(kid))
        return trimmed_span(self.sentence, sorted(kept, key=lambda x: x.i))


def _reaches_all(kids: tuple[tuple[int, ...], ...], base: int, sentence: Sentence) -> bool:
    """True when every token's chain of heads ends at a root (the parse has no cycle)."""
    roots = [t.i for t in sentence.tokens if t.head == t.i or not 0 <= t.head - base < len(kids)]
    seen = 0
    stack = roots
    while stack:
        seen += 1
        stack.extend(kids[stack.pop() - base])
        if seen > len(kids):
            return False
    return seen == len(kids)


def trimmed_span(sentence: Sentence, tokens: list[Token]) -> Span:
    """The text span from the first to the last token, trimmed of punctuation at the edges."""
    while len(tokens) > 1 and tokens[0].pos == "PUNCT":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].pos == "PUNCT":
        tokens = tokens[:-1]
    start, end = tokens[0].start, tokens[-1].end
    offset = sentence.span.start
    text = sentence.span.text[start - offset : end - offset]
    return Span(start, end, text)


# Words and entity labels of time: a date or a stretch of time is never an actor, and it
# fills no target slot ("on Monday", "for a fourth day").
TIME_ENTS = frozenset({"DATE", "TIME"})

TIME_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "month",
        "year",
        "day",
        "night",
        "morning",
        "evening",
        "weekend",
        "hour",
        "minute",
        "decade",
        "dec",
        "jan",
        "feb",
    }
)


def is_time(tree: Tree, i: int) -> bool:
    """ "on Monday", "in 2018", "for a fourth day": a date or a duration is never an actor."""
    t = tree.tok(i)
    return t.ent_type in TIME_ENTS or t.lemma.lower() in TIME_WORDS
