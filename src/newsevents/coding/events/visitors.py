"""A guest called "visiting" is the visitor, not the one visited.

"a reception for visiting Chilean Defence Minister Ana Reyes in Lima", "a dinner for visiting
Chinese officials": the parser reads "visiting" as a gerund taking the guest as its object,
so the visit (042) would have no visitor and the guest as the one visited. A subjectless
"visiting" whose object is a person or body, not a place ("arrested for visiting Taiwan"
is a trip to Taiwan by whoever was arrested), makes the guest the visitor and the place
they are in (an "in" phrase) the one visited; with no place named the host stays to the
article's context.
"""

from __future__ import annotations

from newsevents.coding.events.select import Selected
from newsevents.coding.syntax import Tree

VISIT_CODE = "042"
PLACE_ENTS = frozenset({"GPE", "LOC"})
IN = frozenset({"in"})


def visiting_guest(
    tree: Tree, item: Selected, sources: list[int], targets: list[int]
) -> tuple[list[int], list[int]]:
    """(sources, targets), with the guest as visitor for the reading above."""
    m = item.match
    trigger = tree.tok(m.trigger)
    if item.code != VISIT_CODE or sources or trigger.tag != "VBG" or trigger.dep != "pcomp":
        return sources, targets
    guests = tree.children(m.trigger, frozenset({"dobj"}))
    if not guests or tree.tok(guests[0]).ent_type in PLACE_ENTS:
        return sources, targets
    return tree.conjuncts(guests[0]), _hosts(tree, m.trigger)[:1]


def _hosts(tree: Tree, visit: int) -> list[int]:
    """Places in an "in" phrase anywhere below the visit ("Defence Minister Ivo Marek of
    Ruritania in Lima", where the parser may hang the phrase on any word of the guest's name)."""
    out = []
    for t in tree.sentence.tokens:
        head = tree.head(t.i)
        if t.ent_type not in PLACE_ENTS or t.dep != "pobj" or head is None:
            continue
        if tree.tok(head).lemma.lower() in IN and visit in tree.ancestors(t.i):
            out.append(t.i)
    return out
