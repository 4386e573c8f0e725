"""Whom a cooperative act told to someone is aimed at: the one it is told to.

"The president assured Uganda that Kenya stands ready to reach agreements", "President
Ruto: if you wish to talk, we stand ready to engage in dialogue" are offers made to the one
addressed: the hearer of a telling verb, or a name set before a colon at the head of a
sentence that speaks to "you". When the offered act names no target of its own, CAMEO
coders key it toward that hearer, where the act alone gives none.
"""

from __future__ import annotations

from newsevents.coding.events.select import Selected
from newsevents.coding.syntax import Tree

# Verbs whose object is the one spoken to ("told Uganda that ...", "assured his counterpart").
TELLING_LEMMAS = frozenset({"tell", "assure", "reassure", "inform", "promise", "notify"})
HEARER_DEPS = frozenset({"dobj", "dative"})
# Links from an act up to the clause it is said in: "(was) ready to hold", "willing to engage"
# (and the clause the parser hangs on a name opening the sentence).
CLIMB_DEPS = frozenset({"xcomp", "acomp", "ccomp", "conj", "advcl", "acl"})
REPORTED_DEPS = frozenset({"ccomp"})
VOCATIVE_DEPS = frozenset({"npadvmod", "nsubj", "dep", "appos"})
SECOND_PERSON = frozenset({"you", "your"})
NAME_POS = frozenset({"PROPN", "NOUN"})
# Cooperative and verbal acts (roots 01-08): what is offered to someone addressed.
OFFERED_ROOTS = frozenset(f"{root:02d}" for root in range(1, 9))
MAX_CLIMB = 6


def addressee(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """The one a cooperative act with no target of its own is told or offered to."""
    if item.code[:2] not in OFFERED_ROOTS:
        return []
    node = item.match.trigger
    for _ in range(MAX_CLIMB):
        head = tree.head(node)
        if head is None:
            return [v for v in _vocative(tree, node) if v not in sources]
        if tree.tok(node).dep not in CLIMB_DEPS:
            return []
        if tree.tok(node).dep in REPORTED_DEPS:
            # the clause a telling verb reports; a clause of another speech verb ends the walk
            if tree.tok(head).lemma.lower() not in TELLING_LEMMAS:
                return []
            return [h for h in tree.children(head, HEARER_DEPS) if h not in sources][:1]
        node = head
    return []


def _vocative(tree: Tree, root: int) -> list[int]:
    """ "President Ruto: if you wish ...": a name opening the sentence, set off by a colon,
    in a sentence that speaks to "you", is the one spoken to. The parser makes it the root
    (the clause after the colon hanging on it) or a modifier of the root."""
    tokens = tree.sentence.tokens
    if not any(t.text.lower() in SECOND_PERSON for t in tokens):
        return []
    colon = next((t.i for t in tokens if t.text == ":"), None)
    if colon is None:
        return []
    name = set(range(tokens[0].i, colon))
    for kid in [root, *tree.children(root, VOCATIVE_DEPS)]:
        if kid in name and tree.tok(kid).pos in NAME_POS and name <= set(tree.subtree(kid)):
            return [kid]
    return []
