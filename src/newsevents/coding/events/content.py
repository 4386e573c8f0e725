"""Which hostile acts below an appeal are what the appeal asks for.

"called for sanctions against X" asks others to act against X (CAMEO 113, rallying
opposition); "appealed to bring an end to the embargo" or "urged donors to help save
villagers threatened with hunger" name a hostile act only to undo it or to shield people
from it, and the appeal stays cooperative. Kept apart from events_select so the word
lists can be read and grown on their own.
"""

from __future__ import annotations

from newsevents.coding.events.match import Match
from newsevents.coding.syntax import Tree

HOSTILE_ROOTS = frozenset({"11", "13", "14", "15", "16", "17", "18", "19", "20"})
# Words between an appeal and a hostile act that turn the ask against the act: to end it,
# lift it, or protect people from it ("to bring an end to the embargo", "to help save").
UNDOING_WORDS = frozenset(
    {
        "end",
        "lift",
        "stop",
        "halt",
        "cease",
        "ease",
        "remove",
        "suspend",
        "abandon",
        "drop",
        "scrap",
        "relax",
        "lifting",
        "ending",
        "removal",
        "halting",
        "easing",
        "cessation",
        "save",
        "protect",
        "help",
        "rescue",
        "shield",
        "spare",
        "prevent",
        "avoid",
        "avert",
        "defuse",
        "protection",
        "relief",
        "forgiveness",
        "apology",
        "pardon",
        "compensation",
        "reparation",
        "investigate",
        "investigation",
        "probe",
        "condemn",
        "punish",
        "victim",
        "survivor",
    }
)
# A noun after these prepositions is the setting of the asked act, not the act asked for.
CIRCUMSTANCE_PREPS = frozenset(
    {"in", "during", "amid", "despite", "after", "since", "over", "with", "following", "throughout"}
)


def not_asked(tree: Tree, i: int, c: int, content: Match) -> bool:
    """A hostile act below an appeal that the appeal does not ask for: one it asks to end or
    to shield people from ("to bring an end to the embargo", "to help save civilians
    threatened with starvation", "for forgiveness for atrocities"), or the circumstance
    of what is asked ("to rally behind the assembly in its standoff with")."""
    if content.pattern.code[:2] not in HOSTILE_ROOTS:
        return False
    path = []
    for a in tree.ancestors(c):
        if a == i:
            break
        path.append(a)
    else:
        return False
    # "bring an end to the embargo": the undoing word may be the object of a path verb
    words = path + [o for a in path for o in tree.children(a, frozenset({"dobj"}))]
    if any(tree.tok(a).lemma.lower() in UNDOING_WORDS for a in words):
        return True
    t = tree.tok(c)
    h = tree.head(c)
    return t.dep == "pobj" and h is not None and tree.tok(h).lemma.lower() in CIRCUMSTANCE_PREPS
