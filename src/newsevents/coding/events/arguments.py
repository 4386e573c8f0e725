"""Where an event's source and target come from when its pattern did not name them.

The pattern's own subject and object come first; failing a target, `TARGET_RULES` are tried
in order (the addressed subject of a complement, the one who asked, the content's target, an
object inside the complement, what a protest protests, whom it helps, who undergoes a noun
act, an actor after a preposition) and the first that finds one decides. Kept apart from the
event coder so the order reads at a glance.
"""

from __future__ import annotations

from collections.abc import Callable

from newsevents.coding.events.addressee import addressee
from newsevents.coding.events.agents import judged_acts, undergoer
from newsevents.coding.events.discourse import PRONOUNS
from newsevents.coding.events.granting import granter, own_people_receive
from newsevents.coding.events.select import Selected
from newsevents.coding.events.visitors import visiting_guest
from newsevents.coding.syntax import OF, Tree, is_time

ACTOR_PREPS = frozenset({"against", "on", "with", "toward", "towards", "by"})
CLAUSE_DEPS = frozenset({"ccomp"})
COMPLEMENT_TARGET_PREPS = frozenset({"with", "on", "against", "to", "at", "into"})
NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Statements of the speaker's own stance: a denial answers its accuser ("denied charges by
# Chad"), a "no comment" acts on no one; what they are about ("denied shelling the town",
# "declined to comment on the new law") is no target.
OWN_STANCE_CODES = frozenset({"011", "016"})
NAMING_DEPS = frozenset({"compound", "amod", "nmod"})
PLACE_PREPS = frozenset({"in", "into", "from"})
RECIPROCAL_PREPS = frozenset({"between", "among"})

FALLBACK_PREPS = frozenset({"against", "with", "on", "to", "toward", "towards", "at"})

ASKER_PREPS = frozenset({"by", "from"})
FROM = frozenset({"from"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})

PROTEST_ROOT = "14"

PROTEST_WORDS = frozenset(
    {
        "protest",
        "denounce",
        "oppose",
        "condemn",
        "demand",
        "decry",
        "challenge",
        "reject",
        "express",
        "show",
    }
)

PROTESTED_PREPS = frozenset({"against", "at", "over", "of", "to", "for"})

ASKER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})

PLACE_ENTS = frozenset({"GPE", "LOC"})
HELPING_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# "sent aid to help Fiji rebuild", "troops to assist the Afghan army": whom aid is for
HELPING_LEMMAS = frozenset({"help", "assist", "support", "aid", "feed", "rebuild"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})

# Expulsion words: whence someone is expelled names who expels them ("diplomats were
# expelled from Peru", "expulsions of envoys from Chile"), unlike a recall's "from" (the host).
EXPELLING_LEMMAS = frozenset({"expel", "expulsion", "deport", "deportation", "oust", "eject"})
EXPELLING_CODES = ("161", "174")

TargetRule = Callable[[Tree, Selected, list[int]], list[int]]


def _addressed_subject(tree: Tree, item: Selected, _sources: list[int]) -> list[int]:
    """ "called for North Korea to abide", "demanded that the government end": the
    complement's own subject is the one addressed; so is the doer of an act a statement
    weighs ("said it was wrong for the police to arrest them")."""
    m = item.match
    judged = judged_acts(tree, m.trigger)[:1] if m.complement is None else []
    clause = m.complement if m.complement is not None else tree.child(m.trigger, CLAUSE_DEPS)
    clause = judged[0] if judged else clause
    if clause is None:
        return []
    own = [
        h
        for h in tree.children(clause, frozenset({"nsubj"}))
        if tree.tok(h).text.lower() not in PRONOUNS
    ]
    if own and own_people_receive(tree, clause, own):
        return granter(tree, clause)
    return [c for h in own for c in tree.conjuncts(h)]


def _asker(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """ "rejected a request from Berlin to extradite": the one who asked is the target."""
    if item.asker is None:
        return []
    heads = asker_heads(tree, item.asker.trigger)
    return [c for h in heads if h not in sources for c in tree.conjuncts(h)]


def accusers(tree: Tree, item: Selected) -> list[int]:
    """Who made the charge a denial answers ("denied charges by Chad"), if named; the
    parser often hangs that "by" on the active verb instead of the charge."""
    m = item.match
    if m.literal is None:
        return []
    found = tree.prep_objects(m.literal, ASKER_PREPS)
    if not found and not tree.is_passive(m.trigger):
        found = tree.prep_objects(m.trigger, frozenset({"by"}))
    return found


def _named_literal(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """A literal object that names whose it is ("summoned the Egyptian ambassador", "freed
    Indian fishermen") is the one acted upon, before anyone the act's content names ("to
    protest over an arrest of a German crew")."""
    lit = item.match.literal
    if lit is None or lit in sources:
        return []
    # a modifier, not a possessor: "lifted Japan's ban" is the lifter's own ban
    named = any(tree.tok(c).ent_type in NAME_ENTS for c in tree.children(lit, NAMING_DEPS))
    return [lit] if named else []


def _content_target(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """The target of the act the statement or demand is about."""
    if item.content is None:
        return []
    return [_named_target(tree, t) for t in item.content.targets if t not in sources]


def _complement_object(tree: Tree, item: Selected, _sources: list[int]) -> list[int]:
    """The object inside the verb's complement ("agreed to help Kenya")."""
    complement = item.match.complement
    return [] if complement is None else _complement_objects(tree, complement)


def _protest_object(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """What a protest protests ("a hunger strike against X", "in protest at X")."""
    if item.code[:2] != PROTEST_ROOT:
        return []
    return [t for t in _protested(tree, item.match.trigger) if t not in sources]


def _helped(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """Whom a cooperative act is meant to help: the object of a purpose clause of the
    trigger, of its object or of its complement ("pledged funds to help Fiji rebuild",
    "weighing whether to ship food to help Tonga", "sent doctors to assist Nepal")."""
    if item.code[:2] not in HELPING_ROOTS:
        return []
    trigger = item.match.trigger
    anchors = [trigger, *tree.children(trigger, frozenset({"dobj", "xcomp"}))]
    anchors += [o for a in anchors[1:] for o in tree.children(a, frozenset({"dobj"}))]
    for anchor in anchors:
        for clause in tree.children(anchor, PURPOSE_DEPS):
            if tree.tok(clause).lemma.lower() in HELPING_LEMMAS:
                found = [o for o in _helped_heads(tree, clause) if o not in sources]
                if found:
                    return tree.conjuncts(found[0])
    return []


def _helped_heads(tree: Tree, helping: int) -> list[int]:
    """The object of "help", or the subject of its bare infinitive ("help Haiti cope")."""
    heads = tree.children(helping, frozenset({"dobj"}))
    for clause in tree.children(helping, frozenset({"ccomp", "xcomp"})):
        heads += tree.children(clause, frozenset({"nsubj"}))
    return heads


def _undergoer(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """The subject of "faced", "drew", "received" a noun act: the one acted upon."""
    if item.match.pattern.kind != "noun":
        return []
    return [t for t in undergoer(tree, item.match.trigger) if t not in sources]


def _fallback(tree: Tree, item: Selected, sources: list[int]) -> list[int]:
    """A named actor after a preposition of the trigger ("talks with X")."""
    return [t for t in fallback_targets(tree, item.match.trigger) if t not in sources]


# Where a target comes from when the pattern named none, in order; the first rule that
# finds one decides.
TARGET_RULES: tuple[TargetRule, ...] = (
    _addressed_subject,
    _asker,
    _named_literal,
    _content_target,
    _complement_object,
    _protest_object,
    _helped,
    _undergoer,
    _fallback,
    addressee,
)


def arguments(tree: Tree, item: Selected) -> tuple[list[int], list[int]]:
    """Source and target heads: the pattern's own, else the first of `TARGET_RULES` that
    finds a target; then 'between A and B' is split and a passive's place acts."""
    m = item.match
    sources = list(m.sources) or _stranded_subject(tree, item)
    targets = [_named_target(tree, t) for t in m.targets if not _holds(tree, t, sources)]
    targets = [t for t in targets if not is_time(tree, t)]
    if item.code in OWN_STANCE_CODES and not targets:
        targets = accusers(tree, item)
    for rule in () if item.code in OWN_STANCE_CODES else TARGET_RULES:
        if targets:
            break
        targets = rule(tree, item, sources)
    targets = [t for t in targets if not is_time(tree, t)]
    sources, targets = visiting_guest(tree, item, *_expeller(tree, item, sources, targets))
    if not sources and len(targets) >= 2 and tree.prep_objects(m.trigger, RECIPROCAL_PREPS):
        sources, targets = targets[:1], targets[1:]
    if not sources and m.pattern.kind == "verb" and tree.is_passive(m.trigger):
        # "was arrested in Rwanda": with no agent named, the place acts (coders of news do so)
        sources = [
            p for p in places_near(tree, [m.trigger], frozenset({"in"})) if p not in targets
        ][:1]
    return sources, targets


def _holds(tree: Tree, t: int, sources: list[int]) -> bool:
    """Whether the phrase of `t` holds a source, which cannot act upon it: "criticism on the
    part of Chile" ("the part" is the agent's phrase), "a centre financed by Tunisian
    institutions" (the financing is the institutions' own, told inside the object). A noun's
    `by` phrase that is both its agent and its slot ("protests by farmers") is the agent."""
    return any(t == s or t in tree.ancestors(s) for s in sources)


def _stranded_subject(tree: Tree, item: Selected) -> list[int]:
    """ "On 2 March Petrova resigned", "In a speech in Riga on Monday Kallas warned": the
    parser often files the name right before a subjectless verb under the fronted phrase
    (as the date's object); a name ending there, inside a phrase the verb governs from its
    left, is the verb's subject."""
    m = item.match
    if m.pattern.kind != "verb" or tree.is_passive(m.trigger) or m.trigger - 1 not in tree:
        return []
    if tree.children(m.trigger, SUBJECT_DEPS):
        return []
    name = m.trigger - 1
    if tree.tok(name).ent_type not in NAME_ENTS or tree.tok(name).pos != "PROPN":
        return []
    fronted = [a for a in tree.ancestors(name) if tree.head(a) == m.trigger]
    if not fronted or tree.tok(fronted[0]).dep != "prep" or fronted[0] > name:
        return []
    return [name]


def _expeller(
    tree: Tree, item: Selected, sources: list[int], targets: list[int]
) -> tuple[list[int], list[int]]:
    """An expulsion told without its agent ("were expelled from Peru") or as a noun ("the
    expulsions of envoys from Chile", where the parser gives the noun the clause's subject)
    is the act of the state the expelled leave: the `from` place is the source, and the
    expelled (the literal object) the target. A named agent of a verb stays the source."""
    m = item.match
    if not item.code.startswith(EXPELLING_CODES):
        return sources, targets
    if tree.tok(m.trigger).lemma.lower() not in EXPELLING_LEMMAS:
        return sources, targets
    if sources and m.pattern.kind == "verb" and not tree.is_passive(m.trigger):
        return sources, targets
    # the expelled: the verb's object or the noun's "of" phrase ("expulsions of envoys")
    objects = [m.literal] if m.literal is not None else tree.prep_objects(m.trigger, OF)
    anchors = [m.trigger, *objects, *targets]
    whence = [o for a in anchors for o in tree.prep_objects(a, FROM) if _is_expeller(tree, o)]
    if not whence:
        return sources, targets
    expellers = tree.conjuncts(whence[0])
    expelled = [t for t in targets if t not in expellers]
    expelled = expelled or [c for o in objects[:1] for c in tree.conjuncts(o)]
    if len(expellers) >= 2 and not any(_names_nationality(tree, e) for e in expelled):
        return expellers, expellers  # each expels the other's: coded A->B and B->A
    return expellers, expelled


def _names_nationality(tree: Tree, n: int) -> bool:
    """Whether the expelled are named with their state ("Russian diplomats", "Britain's
    envoys"); "diplomats expelled from both Chile and Peru" are not, so with two
    expelling sides each expels the other's."""
    t = tree.tok(n)
    if t.ent_type in NAME_ENTS or t.pos == "PROPN":
        return True
    return any(
        tree.tok(c).ent_type in NAME_ENTS or tree.tok(c).pos == "PROPN"
        for c in tree.children(n, NAMING_DEPS | frozenset({"poss"}))
    )


def asker_heads(tree: Tree, n: int) -> list[int]:
    """Who made a request, demand or offer named by noun `n`: its possessor, a name or
    nationality modifying it ("a U.S. request"), or a `by` / `from` phrase."""
    out = [
        c
        for c in tree.children(n)
        if tree.tok(c).pos != "PRON"
        and (
            tree.tok(c).dep == "poss"
            or (tree.tok(c).dep in ASKER_MODIFIER_DEPS and tree.tok(c).ent_type in NAME_ENTS)
        )
    ]
    return out + tree.prep_objects(n, ASKER_PREPS)


def is_common(tree: Tree, i: int) -> bool:
    t = tree.tok(i)
    return t.pos == "NOUN" and not t.ent_type


def _protested(tree: Tree, i: int) -> list[int]:
    """What a strike or sit-in protests, named by its purpose rather than its object:
    "began a hunger strike to protest (against) the new law", "staged a sit-in in protest
    at the decision"."""
    clauses = [
        c
        for c in tree.children(i, frozenset({"advcl", "xcomp"}))
        if tree.tok(c).lemma.lower() in PROTEST_WORDS
    ]
    clauses += [
        o
        for o in tree.prep_objects(i, frozenset({"in", "as"}))
        if tree.tok(o).lemma.lower() in PROTEST_WORDS
    ]
    found = [o for c in clauses for o in tree.children(c, frozenset({"dobj"}))]
    found += [o for c in clauses for o in tree.prep_objects(c, PROTESTED_PREPS)]
    return [c for h in found[:1] for c in tree.conjuncts(h)]


def fallback_targets(tree: Tree, i: int) -> list[int]:
    """With no target slot filled: an indirect object ("gave Tanzania a grant"), else a name
    in an against/with/on/to phrase of the trigger or its object ("links with Serbia")."""
    dative = tree.children(i, frozenset({"dative"}))
    if dative:
        return [c for h in dative for c in tree.conjuncts(h)]
    anchors = [i, *tree.children(i, frozenset({"dobj"}))]
    names = [
        o
        for a in anchors
        for o in tree.prep_objects(a, FALLBACK_PREPS)
        if (tree.tok(o).ent_type in NAME_ENTS or tree.tok(o).pos == "PROPN")
        and not is_time(tree, o)
    ]
    if not names:  # last resort, as coders of this data do: the place acted in or from
        names = [o for o in tree.prep_objects(i, PLACE_PREPS) if tree.tok(o).ent_type in PLACE_ENTS]
    return [c for h in names[:1] for c in tree.conjuncts(h)]


def places_near(tree: Tree, anchors: list[int], preps: frozenset[str], depth: int = 2) -> list[int]:
    """Objects of `preps` naming a place ("in Somalia", "the province of Kunar"), looking
    through one nested phrase ("troops to a force in Liberia")."""
    out: list[int] = []
    for a in anchors:
        for o in tree.prep_objects(a, preps):
            if _is_place(tree, o):
                out.append(o)
            elif depth > 1 and not is_time(tree, o):
                out.extend(places_near(tree, [o], preps, depth - 1))
    return out


def _is_expeller(tree: Tree, i: int) -> bool:
    """A place, or a bloc named like one ("the West")."""
    return _is_place(tree, i) or tree.tok(i).ent_type in NAME_ENTS - {"PERSON"}


def _is_place(tree: Tree, i: int) -> bool:
    if tree.tok(i).ent_type in PLACE_ENTS:
        return True
    return any(tree.tok(o).ent_type in PLACE_ENTS for o in tree.prep_objects(i, OF))


def _named_target(tree: Tree, head: int) -> int:
    """A common-noun target that names its actor in a prepositional phrase is that actor:
    "sanctions against China" -> China, "restrictions on Palestinian workers" -> workers."""
    t = tree.tok(head)
    if t.ent_type or t.pos == "PROPN":
        return head
    for o in tree.prep_objects(head, ACTOR_PREPS):
        if tree.tok(o).ent_type or tree.tok(o).pos == "PROPN":
            return o
    return head


def _complement_objects(tree: Tree, v: int) -> list[int]:
    heads = tree.children(v, frozenset({"dobj"}))
    heads += tree.prep_objects(v, COMPLEMENT_TARGET_PREPS)
    for o in tree.children(v, frozenset({"dobj"})):
        heads += tree.prep_objects(o, COMPLEMENT_TARGET_PREPS)
    return [c for h in heads for c in tree.conjuncts(h)]
