"""Match lexicon patterns against one trigger token of a parsed sentence.

A pattern's *constraints* (particle, literal object, literal prepositional
object, complement, negation) must all hold; its *target slots* (`$T`,
`prep:$T`) are filled when the parse has them and add to the score, so
"attack $T" still codes "rebels attacked on Monday" (no target) while the
pattern that explains most of the clause wins when several match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.events.agents import noun_agents, subject_heads
from newsevents.coding.events.lexicon import Lexicon, Pattern
from newsevents.coding.syntax import (
    Tree,
    is_time,
)

COMPLEMENT_DEPS = frozenset({"xcomp"})
# Object pronouns that stand for one person: "sacked him" (`$P!`).
PERSON_PRONOUNS = frozenset({"him", "her"})
APPOSITION_DEPS = frozenset({"appos"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NAME_PART_ENTS = frozenset(
    {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"}
)
# Words that say what kind of thing a noun is ("car bomb", "suicide bomber", "armed drones").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
QUANTITY_NOUNS = frozenset(
    {
        "ton",
        "tonne",
        "kg",
        "kilogram",
        "shipment",
        "consignment",
        "batch",
        "cargo",
        "load",
        "million",
        "billion",
        "thousand",
        "hundred",
        "dozen",
        "score",
        "amount",
        "quantity",
        "supply",
        "package",
        "worth",
        "lot",
        "number",
    }
)


MEASURED_PREPS = frozenset({"of", "in"})


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern that fired on `trigger`, with the heads of its source and target phrases."""

    pattern: Pattern
    trigger: int
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    complement: int | None
    score: int
    unfilled: int = 0
    literal: int | None = None  # the `=lem` object ("freed the fishermen"), itself maybe an actor


def find_matches(tree: Tree, lexicon: Lexicon) -> list[Match]:
    """The best match of every trigger token in the sentence (one dict lookup per token)."""
    out = []
    for t in tree.sentence.tokens:
        lemma = t.lemma.lower()
        if t.pos in VERB_POS and t.dep != "amod":  # verbs, not "alleged bombers"
            candidates: Sequence[Pattern] = lexicon.verbs.get(lemma, ())
            if not candidates and t.tag == "VBN":  # "was troubled by": the adjective's patterns
                candidates = lexicon.verbs.get(t.text.lower(), ())
        elif t.pos == "ADJ" and t.dep == "acomp":  # predicative adjectives ("was pessimistic")
            copula = tree.head(t.i)  # "was appropriate"; not "let free six captives"
            after_be = copula is not None and tree.tok(copula).lemma.lower() == "be"
            candidates = [p for p in lexicon.verbs.get(lemma, ()) if not after_be or _adjectival(p)]
        elif t.pos in NOUN_POS and t.ent_type not in NAME_PART_ENTS:  # "Cooperation Council"
            candidates = lexicon.nouns.get(lemma, ())
        else:
            continue
        best = best_match(tree, t.i, candidates)
        if best is not None:
            out.append(best)
    return out


def _adjectival(p: Pattern) -> bool:
    """A pattern an adjective after "be" can fill: none that needs a direct object ("was
    appropriate" is no "appropriate $T", seizing property; "was free" frees nobody)."""
    return not p.target_object and not p.objects


def best_match(tree: Tree, i: int, patterns: Sequence[Pattern]) -> Match | None:
    """Most items matched wins; then the pattern with fewer unfilled target slots (it fits
    the clause exactly), then the more specific (longer) code, then file order."""
    best: Match | None = None
    best_key = (0, 0, 0, 0, 0)
    for pattern in patterns:
        m = match_pattern(tree, i, pattern)
        if m is None:
            continue
        key = (
            m.score,
            _constraints(m.pattern),
            -m.unfilled,
            _named_kind(tree, m),
            len(m.pattern.code),
        )
        if best is None or key > best_key:
            best, best_key = m, key
    return best


def _named_kind(tree: Tree, m: Match) -> int:
    """1 when the literal object matched through a word naming its kind ("hunger strike"
    matches `=hunger`, "food aid" `=food`) rather than its bare head (`=strike`, `=aid`):
    the kind says more about the act than the head noun does."""
    if m.literal is None or m.pattern.kind != "verb":
        return 0
    return int(tree.tok(m.literal).lemma.lower() not in m.pattern.objects)


def match_pattern(tree: Tree, i: int, p: Pattern) -> Match | None:
    """Check the constraints of `p` at token `i`; None when one fails."""
    if p.negated and not tree.is_negated(i):
        return None
    particle = _particle(tree, i, p.particles) if p.particles else None
    if p.particles and particle is None:
        return None
    passive = _passive(tree, i, p)
    if p.subjects and not any(
        modified_by(tree, s, p.subjects, itself=True) for s in _sources(tree, i, p.kind, passive)
    ):
        return None
    obj = _literal(tree, i, p, passive) if p.objects else None
    if p.objects and obj is None:
        return None
    # "pulled out of talks": the preposition may hang under the particle
    anchors = [i, *([particle] if particle is not None and particle != i else [])]
    if obj is not None and p.kind == "verb":
        anchors.append(obj)
    # "accused the rebels of rigging": the `of` hangs under the direct object
    literal_anchors = anchors + _direct_objects(tree, i) if p.kind == "verb" else anchors
    for slot in p.literal_preps:
        if not any(
            literal_lemma(tree, o, slot.literal)
            for a in literal_anchors
            for o in tree.prep_objects(a, slot.preps)
        ):
            return None
    complement = _complement(tree, i, p) if (p.xcomp or p.xcomp_any) else None
    if (p.xcomp or p.xcomp_any) and complement is None:
        return None
    targets, filled = _targets(tree, i, p, passive, anchors, obj, particle, complement)
    sources = _sources(tree, i, p.kind, passive)
    sources, targets, filled = _undergone(tree, i, p, (sources, targets, filled), obj)
    if not _required_targets(tree, p, targets):
        return None
    # `>*` accepts any complement, so it explains less than a named one (`>meet`)
    score = p.size - _target_slots(p) + filled - int(p.xcomp_any)
    unfilled = _target_slots(p) - filled
    return Match(p, i, tuple(sources), tuple(targets), complement, score, unfilled, obj)


def _required_targets(tree: Tree, p: Pattern, targets: list[int]) -> bool:
    """Whether the targets a `$T!` or `$P!` pattern requires are there (`$P!`: a person)."""
    if p.target_person:
        return any(_person(tree, t) for t in targets)
    return bool(targets) or not p.target_required


def _person(tree: Tree, i: int) -> bool:
    """Whether `i` names a person: a name the parser tags PERSON (itself or in apposition,
    "her aide, Ana Reyes") or "him", "her". A verb such as "fire" or "sack" removes someone
    from office only when its object is one."""
    t = tree.tok(i)
    named = [i, *tree.children(i, APPOSITION_DEPS)]
    return t.text.lower() in PERSON_PRONOUNS or any(tree.tok(n).ent_type == "PERSON" for n in named)


def _undergone(
    tree: Tree, i: int, p: Pattern, found: tuple[list[int], list[int], int], obj: int | None
) -> tuple[list[int], list[int], int]:
    """`^$T`: the subject undergoes the act ("the patrol hit a mine", "the convoy ran over a
    landmine") and is the target; the weapon it met (the literal object or literal
    prepositional object) stands where the agent would: it codes no actor, and the event
    keeps it as the phrase that acted. Other patterns keep (sources, targets, filled)."""
    subjects, _, filled = found
    if not p.subject_target:
        return found
    weapon = [obj] if obj is not None else []
    weapon += [
        o
        for slot in p.literal_preps
        for o in tree.prep_objects(i, slot.preps)
        if literal_lemma(tree, o, slot.literal) and o not in subjects
    ]
    return weapon[:1], subjects, filled + bool(subjects)


def _passive(tree: Tree, i: int, p: Pattern) -> bool:
    """Whether the trigger is a passive verb; not when the pattern matched its written form
    as an adjective ("was troubled by the plan": the subject is troubled, feels it)."""
    adjectival = tree.tok(i).lemma.lower() not in p.lemmas
    return p.kind == "verb" and tree.is_passive(i) and not adjectival


def modified_by(tree: Tree, h: int, lemmas: frozenset[str], *, itself: bool) -> bool:
    """Token `h` (when `itself`) or a word modifying it, through chains of compounds and
    adjectives, has one of `lemmas`: "a suicide car bombing" is modified by "suicide" and
    "car", "Israeli warplanes" is itself "warplane"."""
    if itself and tree.tok(h).lemma.lower() in lemmas:
        return True
    return any(modified_by(tree, c, lemmas, itself=True) for c in tree.children(h, MODIFIER_DEPS))


def literal_lemma(tree: Tree, o: int, lemmas: frozenset[str]) -> bool:
    """The object's head lemma, or a noun compounded with it ("food aid"), is listed."""
    if tree.tok(o).lemma.lower() in lemmas:
        return True
    if any(tree.tok(c).lemma.lower() in lemmas for c in tree.children(o, frozenset({"compound"}))):
        return True
    # "25,000 tons of food", "a shipment of arms", "$5 million in aid": the measured noun
    if tree.tok(o).lemma.lower() in QUANTITY_NOUNS or tree.tok(o).pos == "NUM":
        return any(literal_lemma(tree, c, lemmas) for c in tree.prep_objects(o, MEASURED_PREPS))
    return False


def _constraints(p: Pattern) -> int:
    """Literal items say more about the sense than an open target slot does."""
    return (
        int(bool(p.particles))
        + int(bool(p.objects))
        + len(p.literal_preps)
        + int(bool(p.xcomp))
        + int(bool(p.subjects))
    )


def _target_slots(p: Pattern) -> int:
    return int(p.target_object) + int(p.subject_target) + len(p.target_preps)


def _particle(tree: Tree, i: int, particles: frozenset[str]) -> int | None:
    """The particle token ("blew up", "pulled out"), also when parsed as a bare preposition
    or adverb right after the verb."""
    for c in tree.children(i):
        t = tree.tok(c)
        if t.lemma.lower() in particles and (
            t.dep == "prt" or (c == i + 1 and t.pos == "ADP") or (c == i + 1 and t.dep == "advmod")
        ):
            return c
    return None


def _literal(tree: Tree, i: int, p: Pattern, passive: bool) -> int | None:
    """The token satisfying `=lem`: a verb's object; a noun's modifier ("suicide bombing",
    "drone strike", "roadside bomb"), since a noun has no object to name its kind."""
    if p.kind == "noun":
        for c in tree.children(i, MODIFIER_DEPS):
            if modified_by(tree, c, p.objects, itself=True):
                return c
        return None
    return _literal_object(tree, i, p.objects, passive)


def _literal_object(tree: Tree, i: int, lemmas: frozenset[str], passive: bool) -> int | None:
    for o in tree.passive_subjects(i) if passive else tree.children(i, OBJECT_DEPS):
        for c in tree.conjuncts(o):
            if literal_lemma(tree, c, lemmas):
                return c
    if tree.tok(i).dep == "acl" and passive and tree.head(i) is not None:
        h = tree.head(i)
        if h is not None and tree.tok(h).lemma.lower() in lemmas:
            return h
    return None


def _direct_objects(tree: Tree, i: int) -> list[int]:
    """Direct objects and their conjuncts, where a literal prepositional phrase may hang."""
    return [c for o in tree.children(i, frozenset({"dobj"})) for c in tree.conjuncts(o)]


def _complement(tree: Tree, i: int, p: Pattern) -> int | None:
    for c in tree.children(i, COMPLEMENT_DEPS):
        if p.xcomp_any or tree.tok(c).lemma.lower() in p.xcomp:
            return c
    # "appeal to X to ...": the infinitive may hang off the prepositional object
    for c in tree.children(i, frozenset({"advcl"})):
        if tree.tok(c).tag == "VB" and (p.xcomp_any or tree.tok(c).lemma.lower() in p.xcomp):
            return c
    # "allowed UN inspectors to visit", "wants Kenya to release": the parser gives the
    # infinitive its own subject (a ccomp); a named complement (`>visit`) is read there, and
    # `>*` when the pattern's target is that subject (`$T`: "want $T >*")
    for c in tree.children(i, frozenset({"ccomp"})):
        if tree.tok(c).tag == "VB" and (
            tree.tok(c).lemma.lower() in p.xcomp or (p.xcomp_any and _infinitive_object(tree, c, p))
        ):
            return c
    return None


def _infinitive_object(tree: Tree, c: int, p: Pattern) -> bool:
    """Whether ccomp `c` is an infinitive with its own subject that fills the `$T` of `p`."""
    return (
        p.target_object
        and any(tree.tok(a).text.lower() == "to" for a in tree.children(c, frozenset({"aux"})))
        and bool(tree.children(c, frozenset({"nsubj"})))
    )


def _targets(
    tree: Tree,
    i: int,
    p: Pattern,
    passive: bool,
    anchors: list[int],
    obj: int | None,
    particle: int | None = None,
    complement: int | None = None,
) -> tuple[list[int], int]:
    """Target heads (conjuncts expanded) and how many target slots found something."""
    heads: list[int] = []
    filled = 0
    if p.target_object:
        found = _direct_targets(tree, i, passive, obj)
        if not found and complement is not None and tree.tok(complement).dep == "ccomp":
            found = tree.children(complement, frozenset({"nsubj"}))  # "wants Kenya to ..."
        if not found and particle is not None and tree.tok(particle).pos == "ADP":
            # "called on the UN": a particle parsed as a preposition holds the object
            found = tree.children(particle, frozenset({"pobj"}))
        filled += bool(found)
        heads.extend(found)
    for slot in p.target_preps:
        found = [
            o
            for a in anchors
            for o in tree.prep_objects(a, slot.preps)
            if o != obj and not is_time(tree, o)
        ]
        filled += bool(found)
        heads.extend(found)
    return [c for h in dict.fromkeys(heads) for c in tree.conjuncts(h)], filled


def _direct_targets(tree: Tree, i: int, passive: bool, obj: int | None) -> list[int]:
    if passive:
        found = [c for c in tree.passive_subjects(i) if c != obj]
        h = tree.head(i)
        if not found and tree.tok(i).dep == "acl" and h is not None and h != obj:
            found = [h]
        return found
    return [c for c in tree.children(i, frozenset({"dobj", "dative"})) if c != obj]


def _sources(tree: Tree, i: int, kind: str, passive: bool) -> list[int]:
    heads = noun_agents(tree, i) if kind == "noun" else subject_heads(tree, i, passive)
    return [c for h in heads for c in tree.conjuncts(h)]
