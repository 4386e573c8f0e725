"""A demand that the asker's own people get something is aimed at whoever grants it.

"The UN demanded that its inspectors get access to Kenya's depots": the complement's subject
("its inspectors") is the one an appeal or demand usually addresses ("demanded that the
government end the blockade"), but here they are the asker's own people, who are to have,
get or gain something; the demand is on whoever owns what they are to get (Kenya), and with
no owner named it is left to the article's other side (`actors.counterpart`).
"""

from __future__ import annotations

from newsevents.coding.events.discourse import PRONOUNS
from newsevents.coding.syntax import Tree

# What the asker's own people are to get from someone else ("its inspectors get access to").
RECEIVING_LEMMAS = frozenset({"have", "get", "gain", "receive", "obtain", "enjoy"})
POSSESSOR_DEPS = frozenset({"poss"})


def own_people_receive(tree: Tree, clause: int, subjects: list[int]) -> bool:
    """ "demanded its inspectors get access to the depots": the asker's own people ("its",
    "their") are to get something, so they are not the ones asked; whoever grants it is."""
    if tree.tok(clause).lemma.lower() not in RECEIVING_LEMMAS:
        return False
    return all(
        any(tree.tok(p).text.lower() in PRONOUNS for p in tree.children(h, POSSESSOR_DEPS))
        for h in subjects
    )


def granter(tree: Tree, clause: int) -> list[int]:
    """Whose thing the asker's people are to get: "access to Kenya's depots" -> the depots
    (read as Kenya's); none named leaves the demand to the article's other side."""
    granted = tree.children(clause, frozenset({"dobj"}))
    found = [o for g in granted for o in tree.prep_objects(g, frozenset({"to"}))]
    return [c for h in found[:1] for c in tree.conjuncts(h)]
