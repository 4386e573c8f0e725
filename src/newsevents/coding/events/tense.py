"""When an act sits in time relative to the story: background, dated past, announced future.

The selection of events asks three questions of a trigger's clause: is it background (a
relative clause describing something, "the office, which opened in 2018"), is it dated to an
earlier year than the story, and is it announced for the future ("will send", "plans to").
"""

from __future__ import annotations

from collections.abc import Callable

from newsevents.coding.syntax import Tree

CLAUSE_LINKS = frozenset({"advcl", "parataxis"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "poised"})
# Verbs whose infinitive complement is announced, not done ("plans to impose").
INTENT_VERBS = frozenset({"plan", "intend", "prepare", "aim"})
# Subordinators of clauses that set the scene for the main clause rather than report news:
# cause, concession and condition. A clause of time ("after it threatened", "since troops
# entered", "when police fired") is not among them: it reports an earlier happening of its
# own, which careful coders of real articles key as its own event.
SUBORDINATORS = frozenset({"unless", "if", "because", "though", "although", "whereas"})

BACKGROUND_DEPS = frozenset({"relcl", "acl"})

PAST_TAGS = frozenset({"VBD", "VBN"})

YEAR_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})

YEAR_PREPS = frozenset({"in", "since", "during", "under", "by", "after", "before"})

# Prepositions of a time phrase that dates the act it modifies ("over the past week").
TIME_PREPS = frozenset({"on", "in", "over", "during", "since"})

FUTURE_AUX = frozenset({"will", "shall", "'ll", "would"})

AUX_DEPS = frozenset({"aux"})


def is_background(tree: Tree, i: int) -> bool:
    """Background to the sentence's main news, which is dropped only when the sentence has
    a foreground event: inside a relative clause or a participle describing a noun ("the
    helicopter that was captured", "property seized last year"), a clause of cause or
    condition ("because the opposition threatened to storm", "unless their demands are
    met"), or a noun in a prepositional phrase ("holed up since last month's invasion",
    "an ally in the war on terror")."""
    t = tree.tok(i)
    if t.pos in ("NOUN", "PROPN") and t.dep == "pobj":
        return True
    # The nearest word at or above `i` whose relation decides (shared through the memo).
    deciding = BACKGROUND_DEPS | CLAUSE_LINKS
    a = i if t.dep in deciding else tree.nearest_above(i, "background", _labelled(tree, deciding))
    if a is None:
        return False
    if tree.tok(a).dep in BACKGROUND_DEPS:
        return True
    # "... set up, after it threatened": a clause of its own
    marks = {tree.tok(m).lemma.lower() for m in tree.children(a, frozenset({"mark"}))}
    return bool(marks & SUBORDINATORS)


def _labelled(tree: Tree, deps: frozenset[str]) -> Callable[[int], bool]:
    return lambda a: tree.tok(a).dep in deps


def dated_past(tree: Tree, i: int, published_year: int | None) -> bool:
    """A background clause dated by its own past year ("the office, opened in 2018, ...",
    "the 2018 pact, under which both armies pledged ...") is a historical event, not noise
    around the main news: coding it costs no precision because its modality says so. The
    year must be before the publication year; unknown, a past-tense trigger stands in."""
    year = attached_year(tree, i)
    if year is None:
        return False
    if published_year is not None:
        return year < published_year
    return tree.tok(i).tag in PAST_TAGS


def timed_participle(tree: Tree, i: int) -> bool:
    """ "the activists held during the last week", "fishermen seized on Monday": a past
    participle describing a noun but dated by a time phrase of its own tells an act that
    happened, not a description of the noun; it is news beside the main clause."""
    t = tree.tok(i)
    if t.dep != "acl" or t.tag != "VBN":
        return False
    for kid in tree.children(i):
        dep = tree.tok(kid).dep
        timing = dep in YEAR_MODIFIER_DEPS or (
            dep == "prep" and tree.tok(kid).lemma.lower() in TIME_PREPS
        )
        if timing and any(tree.tok(k).ent_type == "DATE" for k in tree.subtree(kid)):
            return True
    return False


def attached_year(tree: Tree, i: int) -> int | None:
    """A year on the trigger's own modifiers ("in 2018", "the 2018 summit") or, inside a
    relative clause, on the noun it describes; a year deeper down dates another phrase.

    The words searched are the trigger and the heads above it while the word below is a
    conjunct, xcomp or acl (then a relative clause's noun). A run-on sentence's chain of
    conjuncts is long, so each word's answer is kept in the tree's memo and shared.
    """
    memo = tree.memo.setdefault("attached year", {}) if tree.acyclic else {}
    walked: list[int] = []
    node, found = i, None
    while node not in memo and node not in walked:
        walked.append(node)
        found = _own_year(tree, node)
        head = tree.head(node)
        if found is not None or head is None:
            break
        dep = tree.tok(node).dep
        if dep == "relcl":
            found = _own_year(tree, head)
            break
        if dep not in ("conj", "xcomp", "acl"):
            break
        node = head
    else:
        found = memo.get(node)
    for n in walked:
        memo[n] = found
    return found


def _own_year(tree: Tree, holder: int) -> int | None:
    """A year among the word's own modifiers or its time prepositions' phrases."""
    for kid in tree.children(holder):
        dep = tree.tok(kid).dep
        if dep in YEAR_MODIFIER_DEPS:
            year = _year(tree, kid)
        elif dep == "prep" and tree.tok(kid).lemma.lower() in YEAR_PREPS:
            year = next((y for k in tree.subtree(kid) if (y := _year(tree, k))), None)
        else:
            continue
        if year is not None:
            return year
    return None


def _year(tree: Tree, i: int) -> int | None:
    text = tree.tok(i).text
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099:
        return int(text)
    return None


def is_future(tree: Tree, i: int, depth: int = 0) -> bool:
    """ "will release", "would boycott", "is ready to contribute": announced, not done; so
    is the purpose of an announced act ("will travel to Lima to meet the president")."""
    if any(tree.tok(a).lemma.lower() in FUTURE_AUX for a in tree.children(i, AUX_DEPS)):
        return True
    head = tree.head(i)
    if head is None:
        return False
    intent = tree.tok(head).lemma.lower() in INTENT_ADJECTIVES | INTENT_VERBS
    if tree.tok(i).dep == "xcomp" and intent:
        return True
    return depth < 2 and _purpose(tree, i) and is_future(tree, head, depth + 1)


def _purpose(tree: Tree, i: int) -> bool:
    """ "to meet" after a verb: an infinitive of purpose."""
    to = any(tree.tok(a).text.lower() == "to" for a in tree.children(i, AUX_DEPS))
    return tree.tok(i).dep == "advcl" and tree.tok(i).tag == "VB" and to
