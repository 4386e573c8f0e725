"""Navigate one sentence's dependency tree: heads, children, ancestors, subtrees.

`Token.head` and `Token.i` are document-level indexes, so every rule that
walks the parse needs the same small index arithmetic. Keeping it here lets
attribution and modality say what they look for ("the subject of the speech
verb above the trigger") instead of how to find it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from newsevents.model import Sentence, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


@dataclass(frozen=True)
class TokenTree:
    """Index over a sentence's tokens; build once per sentence with `TokenTree.of`."""

    sentence: Sentence
    _children: dict[int, tuple[Token, ...]] = field(repr=False)

    @classmethod
    def of(cls, sentence: Sentence) -> TokenTree:
        kids: dict[int, list[Token]] = {}
        for t in sentence.tokens:
            if t.head != t.i:
                kids.setdefault(t.head, []).append(t)
        return cls(sentence, {k: tuple(v) for k, v in kids.items()})

    def token(self, i: int) -> Token | None:
        """The token with document index `i`, if it lies in this sentence."""
        tokens = self.sentence.tokens
        if not tokens:
            return None
        k = i - tokens[0].i
        return tokens[k] if 0 <= k < len(tokens) else None

    def head(self, t: Token) -> Token | None:
        """The syntactic head, or None at the root (or if it lies outside the sentence)."""
        return None if t.head == t.i else self.token(t.head)

    def children(self, t: Token, *deps: str) -> tuple[Token, ...]:
        """Dependents of `t`, optionally only those with one of `deps`."""
        kids = self._children.get(t.i, ())
        return tuple(k for k in kids if k.dep in deps) if deps else kids

    def ancestors(self, t: Token) -> Iterator[tuple[Token, Token]]:
        """Yield (child, head) pairs walking up from `t` to the root."""
        seen = {t.i}
        child = t
        head = self.head(t)
        while head is not None and head.i not in seen:
            yield child, head
            seen.add(head.i)
            child, head = head, self.head(head)

    def subtree(self, t: Token, *, stop: frozenset[str] = frozenset()) -> list[Token]:
        """`t` and its descendants in sentence order, not entering dependents labelled `stop`."""
        out: list[Token] = []
        stack = [t]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(k for k in self._children.get(node.i, ()) if k.dep not in stop)
        return sorted(out, key=lambda x: x.i)

    def subject(self, verb: Token) -> Token | None:
        """The nominal subject of `verb`, borrowed from the first conjunct when it has none."""
        for kid in self.children(verb, "nsubj", "nsubjpass"):
            return kid
        if verb.dep == "conj":
            head = self.head(verb)
            if head is not None:
                return self.subject(head)
        return None

    def phrase(self, t: Token, *, drop: frozenset[str] = frozenset()) -> Span:
        """The text of `t`'s subtree, minus dependents labelled `drop` and edge punctuation."""
        kept = [t]
        for kid in self.children(t):
            if kid.dep not in drop:
                kept.extend(self.subtree(kid))
        return span_of(self.sentence, sorted(kept, key=lambda x: x.i))


def span_of(sentence: Sentence, tokens: list[Token]) -> Span:
    """The text span from the first to the last token, trimmed of punctuation at the edges."""
    while len(tokens) > 1 and tokens[0].pos == "PUNCT":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].pos == "PUNCT":
        tokens = tokens[:-1]
    start, end = tokens[0].start, tokens[-1].end
    offset = sentence.span.start
    text = sentence.span.text[start - offset : end - offset]
    return Span(start, end, text)
