"""The event's own place, read from the dependency parse of its sentence.

Why a walk over the trigger's clause rather than a check on the trigger's
direct dependents: the small parser often hangs "in X" on a word inside the
object phrase ("blew up an office set up to help trade in its border town of
X": "in" attaches to "help"). Every locative phrase inside the trigger's own
clause places the event; the walk stops at the trigger's subject ("officials
in X said": X places the officials, not the saying) and at nested clauses
that are events of their own (a finite verb, a verb with its own subject, a
relative clause, a coordinated verb).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.place.names import (
    DURING_PREPS,
    EVENT_PREPS,
    ORIGIN_WORDS,
    PLACE_NOUNS,
    VISIT_OF,
    VISIT_WORDS,
)
from newsevents.coding.syntax import Tree
from newsevents.model import Place, Sentence, Token

OBJECT_DEPS = frozenset({"dobj", "obj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"})
NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a place modifies a noun without a preposition: "Texas police", "Ohio's governor".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Places that say where an actor works: towns, states, districts (a country says no more
# than the actor's own code does: "Israeli troops" act far beyond Israel).
LOCAL_CODES = frozenset({"PPL", "ADM1", "ADM2"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OWN_EVENT_DEPS = frozenset({"relcl", "conj", "ccomp", "parataxis"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
SKIP_DEPS = frozenset({"punct", "cc"})
MAX_HOPS = 12
TOWN_CLASS = "P"  # GeoNames feature class of populated places


def event_place(sentence: Sentence, trigger: Token, places: Sequence[Place]) -> Place | None:
    """The event's own place (role 'event'), or None when the text gives none for it.

    A locative phrase anywhere in the trigger's clause counts; a place taken
    as object counts only when it is a town and the trigger's own object
    ("shelled X"): a country as object is a target actor ("criticised X").
    Nearest to the trigger in the tree wins, then nearest in the text. For
    several events of one sentence use one `SentencePlaces` (same answers).
    """
    return SentencePlaces.of(sentence, places).event_place(Tree.of(sentence), trigger)


@dataclass(frozen=True)
class SentencePlaces:
    """A sentence's places, each filed under the word it attaches to.

    Why: an event's place search used to test every place of the article
    against every event, so a long sentence with a place per clause was
    quadratic. The attachments do not depend on the event: they are found once,
    and an event only looks up the words of its own clause.
    """

    places: tuple[Place, ...]
    # anchor token index -> (order in `places`, place), for each kind of attachment
    locative: dict[int, list[tuple[int, Place]]]
    objects: dict[int, list[tuple[int, Place]]]
    # noun token index -> places modifying it without a preposition ("Texas police")
    modifiers: dict[int, list[tuple[int, Place]]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, sentence: Sentence, places: Sequence[Place]) -> SentencePlaces:
        tokens = {t.i: t for t in sentence.tokens}
        lo, hi = sentence.span.start, sentence.span.end
        inside = tuple(p for p in places if p.span is not None and lo <= p.span.start < hi)
        filed: dict[str, dict[int, list[tuple[int, Place]]]] = {
            "locative": {},
            "object": {},
            "modifier": {},
        }
        for order, place in enumerate(inside):
            found = _anchor(_root(place, sentence), tokens)
            if found is not None:
                filed[found[1]].setdefault(found[0].i, []).append((order, place))
        return cls(inside, filed["locative"], filed["object"], filed["modifier"])

    def event_place(self, tree: Tree, trigger: Token) -> Place | None:
        """`event_place` for a trigger of this sentence (`tree` is the sentence's)."""
        candidates: list[tuple[int, int, int, Place]] = []
        for i in _light_verb(trigger, tree):
            for order, place in self.objects.get(i, ()):
                if place.feature_class == "P":
                    candidates.append((0, abs(i - trigger.i), order, place))
        for i, depth in clause_region(trigger, tree).items():
            for order, place in self.locative.get(i, ()):
                candidates.append((depth, abs(i - trigger.i), order, place))
        if not candidates:
            return None
        depth, _, _, best = min(candidates, key=lambda c: c[:3])
        town = self._town_within(best, trigger) if depth > 0 else None
        if town is not None:
            return dataclasses.replace(town, role="sentence")
        if depth > 0 and best.feature_class != TOWN_CLASS:
            best = self._framing_town(tree, trigger) or best
        return dataclasses.replace(best, role="event")

    def _framing_town(self, tree: Tree, trigger: Token) -> Place | None:
        """For a country or region that only qualifies a noun of the clause ("criticised the
        war in X during a visit to Y"), the town of a phrase framing the act itself ("during a
        visit to Y", "at a summit in Y"): the noun says what the act was about, the frame
        where it was done. A town that qualifies another noun ("homes in Y") frames nothing.
        """
        verbs = _light_verb(trigger, tree)
        towns: list[tuple[int, int, Place]] = []
        for i, filed in self.locative.items():
            noun, prep = tree.tok(i), tree.token(tree.tok(i).head)
            if noun.dep != "pobj" or prep is None or prep.head not in verbs:
                continue
            for order, place in filed:
                if place.feature_class == TOWN_CLASS:
                    towns.append((abs(i - trigger.i), order, place))
        return min(towns, key=lambda t: t[:2])[2] if towns else None

    def subject_place(self, tree: Tree, trigger: Token) -> Place | None:
        """The town, state or district that says where the trigger's subject works ("a judge in
        X", "X police"), nearest the trigger; None when the subject names none.

        Why: a local actor acts where it sits, so "a judge in X suspended the rule" happened
        in X, though the story is datelined in the capital.
        """
        found: list[tuple[int, int, Place]] = []
        for i in _light_verb(trigger, tree):
            for subject in tree.dependents(tree.tok(i), *NOUN_SUBJECT_DEPS):
                for filed in (self.locative, self.modifiers):
                    for order, place in filed.get(subject.i, ()):
                        if place.feature_code in LOCAL_CODES:
                            found.append((abs(subject.i - trigger.i), order, place))
        return min(found, key=lambda f: f[:2])[2] if found else None

    def _town_within(self, area: Place, trigger: Token) -> Place | None:
        """For a country or region that only qualifies a noun of the clause ("talks held in
        the capital on investment in X"), the sentence's town in that country nearest the
        trigger: the noun says what the event was about, the town where it was held. A
        country or region attached to the trigger itself ("arrested in X") stays.
        """
        if area.feature_class == TOWN_CLASS or area.country is None:
            return None
        towns = [
            p
            for p in self.places
            if p.feature_class == TOWN_CLASS and p.country == area.country and p.span is not None
        ]
        return min(
            towns, key=lambda p: abs(p.span.start - trigger.start) if p.span else 0, default=None
        )


def clause_region(trigger: Token, tree: Tree) -> dict[int, int]:
    """Token index -> tree depth below the trigger, for the words of its own clause.

    A nominal trigger ("held talks") brings its light verb's clause along.
    """
    starts = [trigger]
    light = tree.token(trigger.head)
    if trigger.pos in NOMINAL_POS and light is not None and light.pos in CLAUSE_POS:
        starts.append(light)
    region: dict[int, int] = {}
    frontier = [(t, 0) for t in starts]
    while frontier:
        token, depth = frontier.pop()
        if token.i in region and region[token.i] <= depth:
            continue
        region[token.i] = depth
        for child in tree.dependents(token):
            if depth < MAX_HOPS and _inside_clause(child, tree):
                frontier.append((child, depth + 1))
    return region


def _inside_clause(child: Token, tree: Tree) -> bool:
    """Does the walk enter `child`? Not subjects, nor clauses that are events of their own."""
    if child.dep in SUBJECT_DEPS or child.dep in SKIP_DEPS:
        return False
    if child.pos not in CLAUSE_POS:
        return True
    if child.dep in OWN_EVENT_DEPS or child.tag in FINITE_TAGS:
        return False
    return not any(
        c.dep in SUBJECT_DEPS or (c.dep == "aux" and c.tag in FINITE_TAGS)
        for c in tree.dependents(child)
    )


def _light_verb(trigger: Token, tree: Tree) -> set[int]:
    """The trigger, and for a nominal trigger ("held talks") its verb."""
    out = {trigger.i}
    head = tree.token(trigger.head)
    if trigger.pos in NOMINAL_POS and head is not None and head.pos in CLAUSE_POS:
        out.add(head.i)
    return out


def _root(place: Place, sentence: Sentence) -> Token | None:
    """The token of the place span whose head lies outside the span."""
    assert place.span is not None
    inside = _tokens_within(sentence.tokens, place.span.start, place.span.end)
    ids = {t.i for t in inside}
    for token in inside:
        if token.head not in ids or token.head == token.i:
            return token
    return None


def _tokens_within(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    """Tokens starting in [start, end): a binary search, not a scan of the sentence
    (this runs for every place of every event, so a scan made long sentences quadratic)."""
    first = bisect_left(tokens, start, key=lambda t: t.start)
    out: list[Token] = []
    for token in tokens[first:]:
        if token.start >= end:
            break
        out.append(token)
    return out


def _anchor(token: Token | None, tokens: dict[int, Token]) -> tuple[Token, str] | None:
    """The word the place attaches to and how: ('exploded', 'locative') in
    'exploded in X'; ('shelled', 'object') in 'shelled X'.

    'the town of X' and 'X province' climb to the place noun first, so
    'in its border town of X' attaches like 'in X'.
    """
    for _ in range(MAX_HOPS):
        if token is None:
            return None
        head = tokens.get(token.head)
        if head is None or head.i == token.i:
            return None
        if token.dep in OBJECT_DEPS and head.pos in CLAUSE_POS:
            return head, "object"
        local = head.pos in NOMINAL_POS and head.lemma.lower() not in PLACE_NOUNS
        if token.dep in MODIFIER_DEPS and local:
            return head, "modifier"
        if token.dep == "pobj" and _locative_prep(head, tokens):
            governor = tokens.get(head.head)
            return None if governor is None else (governor, "locative")
        if token.dep in ("pobj", "compound", "appos") and (
            head.text.lower() == "of" or head.lemma.lower() in PLACE_NOUNS
        ):
            token = head if head.text.lower() != "of" else tokens.get(head.head)
            if head.text.lower() == "of" and _locative_word(token):
                # "outside of X": the parser hangs "of" on "outside", itself on the verb
                governor = None if token is None else tokens.get(token.head)
                return None if governor is None else (governor, "locative")
            continue
        return None
    return None


def _locative_word(token: Token | None) -> bool:
    """A locative preposition parsed as an adverb before "of" ("outside of the city")."""
    return token is not None and token.dep == "advmod" and token.text.lower() in EVENT_PREPS


def _locative_prep(prep: Token, tokens: dict[int, Token]) -> bool:
    """A preposition saying where its governor happened: a locative one, the "from" of a
    march ("marched from X to Y", "staged a march from X" happened in X), or the "to" of a
    visit that frames the clause ("during a visit to X, she signed ...")."""
    word = prep.text.lower()
    if word in EVENT_PREPS:
        return True
    if word in VISIT_OF:
        return _during_a_visit(tokens.get(prep.head), tokens)
    if word != "from" or prep.head not in tokens:
        return False
    marching = [tokens[prep.head]] + [
        t for t in tokens.values() if t.head == prep.head and t.dep in OBJECT_DEPS
    ]
    return any(t.lemma.lower() in ORIGIN_WORDS for t in marching)


def _during_a_visit(noun: Token | None, tokens: dict[int, Token]) -> bool:
    """Is `noun` a visit, trip or tour that a time preposition hangs on the clause ("during a
    visit to X", "on a tour of X")? What is done on it is done at its destination; a visit
    only announced or planned ("announced a visit to X") has not taken anyone there yet."""
    if noun is None or noun.lemma.lower() not in VISIT_WORDS or noun.dep != "pobj":
        return False
    prep = tokens.get(noun.head)
    return prep is not None and prep.text.lower() in DURING_PREPS
