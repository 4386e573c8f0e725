"""Who an event's source and target spans refer to, as far as the parse tells.

The within-article merge compares actors by their codes (a country and a sector),
which cannot tell two speakers of one country apart ("Ana Ruiz declined to comment";
"Tomas Berg also declined"), nor a second blast from the first ("a second mine blew
up the rescue car"). This index tells which proper names a span holds and whether an
act is marked as a repeat of its kind.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.model import Event, ParsedArticle, Span, Token


@dataclass(frozen=True, slots=True)
class Referents:
    """The tokens of an article, in text order, for questions about spans of it."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]
    repeat_marks: frozenset[str] = frozenset()

    @classmethod
    def of(cls, parsed: ParsedArticle, repeat_marks: frozenset[str] = frozenset()) -> Referents:
        """Index a parsed article's tokens (sentences left blank contribute none);
        `repeat_marks` are the cue words of a repeated act (data/cues/modality.yaml)."""
        tokens = sorted((t for s in parsed.sentences for t in s.tokens), key=lambda t: t.start)
        return cls(tuple(tokens), tuple(t.start for t in tokens), repeat_marks)

    def inside(self, span: Span | None) -> Sequence[Token]:
        """The tokens lying wholly within `span`."""
        if span is None:
            return ()
        first = bisect_left(self.starts, span.start)
        found: list[Token] = []
        for token in self.tokens[first:]:
            if token.end > span.end:
                break
            found.append(token)
        return found

    def names(self, span: Span | None) -> tuple[str, ...]:
        """The proper-noun words of `span` as written ("Governor Ana Ruiz" -> Ana, Ruiz)."""
        return tuple(t.text for t in self.inside(span) if t.pos == "PROPN")

    def repeated(self, event: Event) -> bool:
        """Whether the act's parties or the words on its trigger mark it as one more of its
        kind: "another mine", "a second attack"."""
        p = event.provenance
        trigger = {t.i for t in self.inside(p.verb_span)}
        words = [*self.inside(p.source_span), *self.inside(p.target_span)]
        words += [t for t in self.inside(p.sentence) if t.head in trigger and t.i not in trigger]
        return any(t.lemma.lower() in self.repeat_marks for t in words)


def other_names(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two spans' proper nouns name different people or bodies: both give some,
    they share no word, and neither is an abbreviation of a run of the other's words
    ("NY" of "New York")."""
    if not first or not second:
        return False
    if {w.lower() for w in first} & {w.lower() for w in second}:
        return False
    return not (_abbreviates(first, second) or _abbreviates(second, first))


def _abbreviates(short: Sequence[str], full: Sequence[str]) -> bool:
    initials = "".join(w[0] for w in full).upper()
    return any(w.isupper() and 1 < len(w) <= 4 and w in initials for w in short)
