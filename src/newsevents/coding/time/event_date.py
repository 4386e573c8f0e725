"""Give each event its own date: the temporal expression that governs its trigger.

A news sentence often holds two times: "Officials said on Monday that rebels
attacked the town yesterday" reports Monday's statement about yesterday's
attack. Taking the sentence's first date (or the publication date) for every
event mis-dates one of them, so we follow the dependency parse: from the
trigger up through its heads to the root, the first word that a date hangs
from decides ("yesterday" hangs from "attacked", "on Monday" from "said").
Only when no expression governs the trigger do we fall back, in order, to the
sentence's single date (if it has exactly one), the story's day (the first recent
day named earlier in the article, as a lead's "said on Wednesday"), the publication
date, or none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.syntax import Tree
from newsevents.model import DateFrom, EventDate, Sentence, Timex, Token

_DATED_TYPES = ("DATE", "TIME")
STORY_WINDOW_DAYS = 14  # how far before publication the lead's day may lie


def event_date(
    sentence: Sentence, trigger: Token, timexes: Sequence[Timex], published: dt.date | None
) -> EventDate:
    """The event's own date: the expression that governs its trigger (same clause or its
    modifier, found by walking the dependency heads from the trigger up to the root and
    taking the nearest timex attached on that path), else the sentence's (only if
    unambiguous), else the story's day (date_from='article'), else the publication date
    (date_from='publication'), else unknown (value None, date_from='none'). Keeps
    precision and date_from ('text' when the expression governs the trigger, 'sentence'
    when taken from elsewhere in the sentence).
    For several events of one sentence use one `SentenceTimes` (same answers)."""
    return SentenceTimes.of(sentence, timexes).event_date(Tree.of(sentence), trigger, published)


@dataclass(frozen=True)
class SentenceTimes:
    """A sentence's datable expressions with the word each attaches to, found once.

    Why: finding the sentence's expressions and their attachments per event,
    and walking every event's path of heads to the root, made a long sentence
    quadratic; the attachments do not depend on the event, and the walk up to
    the nearest word with an expression is shared through the tree's memo.
    """

    by_index: dict[int, Token]
    dated: tuple[Timex, ...]
    attached: tuple[int | None, ...]  # per expression of `dated`
    labels: tuple[bool, ...]  # per expression: it only labels a noun (`names_a_thing`)
    governing: dict[int, list[Timex]]  # token index -> expressions attached to it
    earlier: tuple[Timex, ...] = ()  # the article's days named before the sentence, in order

    @classmethod
    def of(cls, sentence: Sentence, timexes: Sequence[Timex]) -> SentenceTimes:
        by_index = {token.i: token for token in sentence.tokens}
        dated = tuple(sentence_timexes(sentence, timexes))
        attached = tuple(attachment(t, by_index) for t in dated)
        governing: dict[int, list[Timex]] = {}
        for timex, node in zip(dated, attached, strict=True):
            if node is not None:
                governing.setdefault(node, []).append(timex)
        labels = tuple(names_a_thing(t, by_index) for t in dated)
        earlier = tuple(
            t
            for t in timexes
            if t.span.end <= sentence.span.start
            and t.type in _DATED_TYPES
            and t.precision == "day"
            and t.anchor is not None
        )
        return cls(by_index, dated, attached, labels, governing, earlier)

    def event_date(self, tree: Tree, trigger: Token, published: dt.date | None) -> EventDate:
        """`event_date` for a trigger of this sentence (`tree` is the sentence's)."""
        node = self._governor(tree, trigger)
        if node is not None:
            governing = self.governing[node]
            nearest = min(governing, key=lambda t: abs(t.span.start - trigger.start))
            return _from_timex(nearest, "text")
        if self.dated:
            path = set(head_path(trigger, self.by_index))
            free = [
                t
                for t, at, label in zip(self.dated, self.attached, self.labels, strict=True)
                if not label and not _in_embedded_clause(at, path, self.by_index)
            ]
            if len({t.value for t in free}) == 1:
                return _from_timex(free[0], "sentence")
        if published is not None:
            story = self._story_day(published)
            if story is not None:
                return _from_timex(story, "article")
            return EventDate(published, "day", "publication", published.isoformat())
        return EventDate(None, "unknown", "none")

    def _story_day(self, published: dt.date) -> Timex | None:
        """The day the story is about: the first day the article names before this sentence
        that lies in the fortnight up to publication ("said Wednesday" in the lead, where
        a Sunday paper reports the week's events; later undated sentences go on telling
        that day's news, not the publication day's)."""
        oldest = published - dt.timedelta(days=STORY_WINDOW_DAYS)
        return next(
            (t for t in self.earlier if t.anchor is not None and oldest <= t.anchor <= published),
            None,
        )

    def _governor(self, tree: Tree, trigger: Token) -> int | None:
        """The nearest word on the trigger's path of heads that an expression hangs from."""
        if not self.governing:
            return None
        if trigger.i in self.governing:
            return trigger.i
        if trigger.i not in tree or not tree.acyclic:
            path = head_path(trigger, self.by_index)
            return next((n for n in path if n in self.governing), None)
        return tree.nearest_above(trigger.i, f"dated {id(self)}", self.governing.__contains__)


def sentence_timexes(sentence: Sentence, timexes: Sequence[Timex]) -> list[Timex]:
    """The article's timexes that lie inside the sentence and name a datable period."""
    lo, hi = sentence.span.start, sentence.span.end
    return [
        t
        for t in timexes
        if lo <= t.span.start
        and t.span.end <= hi
        and t.type in _DATED_TYPES
        and t.anchor is not None
    ]


def head_path(trigger: Token, by_index: dict[int, Token]) -> list[int]:
    """Token indexes from the trigger up to the sentence root (cycle-safe)."""
    path = [trigger.i]
    seen = {trigger.i}
    node = trigger
    while node.head != node.i and node.head in by_index and node.head not in seen:
        node = by_index[node.head]
        path.append(node.i)
        seen.add(node.i)
    return path


def timex_tokens(timex: Timex, by_index: dict[int, Token]) -> list[Token]:
    """Tokens overlapping the expression's character span, in text order."""
    return sorted(
        (t for t in by_index.values() if t.start < timex.span.end and t.end > timex.span.start),
        key=lambda t: t.i,
    )


def attachment(timex: Timex, by_index: dict[int, Token]) -> int | None:
    """The word the expression modifies: the head of its own root, passing through
    prepositions ("on Monday" -> "said"); None if it is the sentence root itself."""
    inside = timex_tokens(timex, by_index)
    members = {t.i for t in inside}
    roots = [t for t in inside if t.head not in members]
    if not roots:
        return None
    node = roots[0]
    seen: set[int] = set()
    while node.head != node.i and node.head in by_index and node.i not in seen:
        seen.add(node.i)
        node = by_index[node.head]
        if node.i not in members and node.pos != "ADP":
            return node.i
    return None


# Only finite relative clauses: the parser often hangs a sentence-final "yesterday"
# on a participle or infinitive inside the object ("an office set up to foster
# ties ... yesterday"), where it still dates the main event.
_EMBEDDED_DEPS = frozenset({"relcl"})


def _in_embedded_clause(node: int | None, path: set[int], by_index: dict[int, Token]) -> bool:
    """True when the date sits in a relative clause off the trigger's path.

    Such a date belongs to that clause's own event ("the office, which had been closed
    since January, ..."), not to the sentence; a date in a coordinated clause ("X
    attacked and talks ended yesterday") still counts as the sentence's.
    """
    seen: set[int] = set()
    while node is not None and node not in path and node not in seen:
        seen.add(node)
        word = by_index.get(node)
        if word is None:
            return False
        if word.dep in _EMBEDDED_DEPS:
            return True
        node = word.head if word.head != word.i else None
    return False


_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "poss"})


def names_a_thing(timex: Timex, by_index: dict[int, Token]) -> bool:
    """True for a date that only labels a noun ("the 2018 agreement", "June's vote").

    Such a date says when that thing was made, not when the sentence's other
    events happened, so it must not date them by the sentence fallback.
    """
    inside = timex_tokens(timex, by_index)
    members = {t.i for t in inside}
    for token in inside:
        head = by_index.get(token.head)
        if token.head not in members and head is not None:
            return token.dep in _NOUN_MODIFIER_DEPS and head.pos in {"NOUN", "PROPN"}
    return False


def _from_timex(timex: Timex, date_from: DateFrom) -> EventDate:
    return EventDate(timex.anchor, timex.precision, date_from, timex.value, timex.span)
