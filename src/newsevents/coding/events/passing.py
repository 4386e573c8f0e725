"""Acts told in passing inside a sentence about something else: what was done in the
course of an act another clause names, the attack another act of force answered, and a
comment on how an undertaking of force stands.

All decide which matches of a sentence are news (`events.select`): "two men were arrested
over a shooting during which shots were fired at a guard" holds the shots as well as the
arrests, and "said the operation to clear the valley is almost done" is the speaker's comment
on the operation, not the operation told again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from newsevents.coding.events.match import Match
from newsevents.coding.events.tense import AUX_DEPS
from newsevents.coding.syntax import AUXPASS_DEPS, RELATIVE_PRONOUNS, Tree

# Acts of conflict and coercion: what a claim turns into an accusation (events.select), and
# what a comment on how an undertaking stands may be about.
HOSTILE_ACT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
PREP_DEPS = frozenset({"prep"})
REPORTED_DEPS = frozenset({"ccomp"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
COPULA = "be"
AGENT_DEPS = frozenset({"agent"})
PURPOSE_CLAUSES = frozenset({"acl", "relcl"})
OBJECT_OF_PREP = frozenset({"pobj"})
# Roots of force: an attack told about the victims of another one is the act it answered.
FORCE_ROOTS = ("18", "19", "20")


def tells_act(tree: Tree, m: Match, act_nouns: Collection[str]) -> bool:
    """ "arrested over a shooting during which shots were fired at a guard", "clashes in which
    troops shelled a village": a relative clause set in the course of an act ('during which',
    'in which') tells who did what in it, which is the news itself. One whose subject is the
    act ("the attack that killed a guard") only describes it, and has no agent of its own."""
    head = tree.head(m.trigger)
    if head is None or m.pattern.kind != "verb" or tree.tok(m.trigger).dep != "relcl":
        return False
    noun = tree.tok(head)  # the tagger lemmatises "shooting" to "shoot"
    if noun.text.lower() not in act_nouns and noun.lemma.lower() not in act_nouns:
        return False
    return any(
        tree.tok(w).text.lower() in RELATIVE_PRONOUNS
        for p in tree.children(m.trigger, PREP_DEPS)
        for w in tree.children(p, OBJECT_OF_PREP)
    )


def operation_commented(tree: Tree, said: int, by_trigger: Mapping[int, Match]) -> Match | None:
    """ "said the operation to clear the valley is almost done": a statement that goes on to
    say how an undertaking of force stands (its clause a copula or an agentless passive whose
    subject is a noun with an infinitive naming the force) comments on that force, a 010
    aimed at whom the force is aimed at; the force is not news told there. An act noun as
    subject ("the offensive was nearly over") is left alone: some are also words of judgement
    ("offensive"), which would make the comment a criticism."""
    clause = tree.child(said, REPORTED_DEPS)
    if clause is None or clause < said or clause in by_trigger:
        return None
    stative = tree.tok(clause).lemma.lower() == COPULA or tree.children(clause, AUXPASS_DEPS)
    if not stative or tree.children(clause, AGENT_DEPS):
        return None
    for subject in tree.children(clause, CLAUSE_SUBJECTS):
        acts = [by_trigger[t] for t in _purposes(tree, subject) if t in by_trigger]
        if acts and acts[0].pattern.code[:2] in HOSTILE_ACT_ROOTS:
            return acts[0]
    return None


def _purposes(tree: Tree, noun: int) -> list[int]:
    """The infinitives that say what a noun is for ("the operation to clear the valley")."""
    return [
        v
        for v in tree.children(noun, PURPOSE_CLAUSES)
        if any(tree.tok(a).text.lower() == "to" for a in tree.children(v, AUX_DEPS))
    ]


def answered_attack(tree: Tree, m: Match, live: list[Match]) -> bool:
    """ "police shot dead three men who had opened fire on officers": an attack told in a
    relative clause about the victims of another act of force is the attack that act
    answered, a happening of its own rather than a description of the victims."""
    if not m.pattern.code.startswith(FORCE_ROOTS):
        return False
    clause: int | None = m.trigger
    while clause is not None and tree.tok(clause).dep in ("xcomp", "conj"):
        clause = tree.head(clause)  # "who refused to stop and began shooting at officers"
    victims = tree.head(clause) if clause is not None else None
    if clause is None or victims is None or tree.tok(clause).dep != "relcl":
        return False
    answers = [o for o in live if o is not m and o.pattern.code.startswith(FORCE_ROOTS)]
    return any(victims in o.targets or tree.head(victims) == o.trigger for o in answers)
