"""Event phrase spans beyond the parse's noun phrase: joint coordinations, closed brackets.

Kept apart from events.py (which picks the heads and actors) because these rules only
decide which characters an event's source or target phrase shows as evidence.
"""

from __future__ import annotations

from newsevents.coding.syntax import OF, Tree
from newsevents.model import Actor, Span

# Sectors of people, not institutions: an adjective of theirs still names people.
PEOPLE_SECTORS = frozenset({"CVL"})
# Where an object pronoun hangs, and the subjects of the clause it is bound in.
_BOUND_PRONOUNS = frozenset({"him", "her", "them", "it"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def joint_span(
    tree: Tree, h: int | None, heads: list[int], span: Span | None, preps: frozenset[str]
) -> Span | None:
    """ "Hungary and Romania agreed": in a joint act each conjunct codes its own actor and
    event, but the phrase the act was read from is the whole coordination, so that is the
    span shown (the actor keeps its own name span). Not for separate acts ("Russia and
    China vetoed it" / "accused Libya and Sudan"), where each conjunct is its own phrase."""
    if h is None or span is None or span != tree.phrase(h, preps):
        return span
    first = h
    while tree.tok(first).dep == "conj" and tree.head(first) in heads:
        parent = tree.head(first)
        if parent is None:
            break
        first = parent
    group = [c for c in tree.conjuncts(first) if c in heads]
    if len(group) < 2:
        return span
    phrases = [tree.phrase(c, preps) for c in group]
    lo = min(phrases, key=lambda p: p.start)
    hi = max(phrases, key=lambda p: p.end)
    ids = [t.i for t in tree.sentence.tokens if lo.start <= t.start and t.end <= hi.end]
    return tree.span_of(ids) if ids else span


def closed_span(tree: Tree, span: Span) -> Span:
    """A name span cut before its closing bracket ("the force in Lebanon (UNIFIL") ends
    at the bracket."""
    if span.text.count("(") <= span.text.count(")"):
        return span
    inside = [t.i for t in tree.sentence.tokens if span.start <= t.start and t.end <= span.end]
    after = [t.i for t in tree.sentence.tokens if t.start >= span.end and t.text == ")"]
    return tree.span_of([inside[0], after[0]]) if inside and after else span


def nominal_extent(tree: Tree, head: int, found: Span) -> Span:
    """The phrase to report when the actor is named deeper than the object it was read
    from ("a truce in all Libyan territories", "charges by many European countries",
    "imports from farms in Ghana"): the people or things acted upon are the nearest noun
    phrase holding the name, not the bare adjective or place, so that noun's phrase is
    shown, running on to the name's end when the name follows it. A verb on the way
    ("a plan drafted by France") ends the climb: the name is then that verb's agent.
    Either way the name keeps its own determiner and modifiers ("aid to the Kurds"),
    which the actor dictionary's name span leaves out."""
    inside = [t.i for t in tree.sentence.tokens if found.start <= t.start and t.end <= found.end]
    if not inside:
        return found
    root = next((i for i in inside if tree.head(i) not in inside), inside[0])
    node = tree.head(root)
    while node is not None and node != head and tree.tok(node).pos not in ("VERB", "AUX"):
        if tree.tok(node).pos in ("NOUN", "PROPN"):
            noun = tree.phrase(node)
            return _between(tree, min(noun.start, found.start), max(noun.end, found.end))
        node = tree.head(node)
    if tree.tok(root).pos in ("NOUN", "PROPN"):  # only what precedes: "the", "rival"
        return _between(tree, min(tree.phrase(root).start, found.start), found.end)
    return found


def descriptor_only(tree: Tree, head: int, actor: Actor) -> bool:
    """Whether the actor was read from a plain adjective describing a thing ("official maps",
    "military aid"): a one-word modifier of a common noun, tagged no entity, names no one
    acted upon ("Israeli strikes", whose adjective is a nationality, still does; so do the
    words that describe people, "her unemployed sister", civilians either way)."""
    found = actor.span
    if found is None or actor.sector in PEOPLE_SECTORS:
        return False
    inside = [t for t in tree.sentence.tokens if found.start <= t.start and t.end <= found.end]
    if len(inside) != 1 or tree.tok(head).pos != "NOUN":
        return False
    word = inside[0]
    return word.dep == "amod" and word.pos == "ADJ" and not word.ent_type and word.head == head


def shared_owner(tree: Tree, head: int) -> Span | None:
    """ "The Party, State, Government and people of Vietnam": the "of" phrase after the last
    conjunct is every conjunct's, so the phrase of Vietnam for "The Party" (a conjunct with
    an "of" phrase of its own keeps it)."""
    first = head
    parent = tree.head(first)
    while tree.tok(first).dep == "conj" and parent is not None and parent != first:
        first, parent = parent, tree.head(parent)
    chain = tree.conjuncts(first)
    if head not in chain or head == chain[-1] or tree.prep_objects(head, OF):
        return None
    owners = tree.prep_objects(chain[-1], OF)
    return tree.phrase(owners[0]) if owners else None


def _between(tree: Tree, start: int, end: int) -> Span:
    """The span of the sentence's tokens lying within characters [start, end)."""
    return tree.span_of([t.i for t in tree.sentence.tokens if start <= t.start and t.end <= end])


def bound_subject(tree: Tree, head: int) -> Span | None:
    """The subject phrase an object pronoun ("him", "them") cannot mean:
    in "the envoy praised him" or "sanctions were imposed on them by Chad" the pronoun is
    someone other than its own clause's subject (only "himself" could be the envoy). None
    for any other phrase, or when the clause shows no subject of its own."""
    tok = tree.tok(head)
    if tok.text.lower() not in _BOUND_PRONOUNS or tok.dep not in _OBJECT_DEPS:
        return None
    for a in tree.ancestors(head):
        if tree.tok(a).pos in ("VERB", "AUX"):
            subjects = tree.children(a, _CLAUSE_SUBJECTS)
            return tree.phrase(subjects[0]) if subjects else None
    return None
