"""The shared walks that keep long sentences linear: memoised climbs, deep trees, quotes.

Model-free: hand-built parses (random trees from hypothesis), each answer
checked against the plain walk it replaces.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.coding.attribution import modality
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.attribution.quotes import QuoteIndex, quotation_around
from newsevents.coding.events import tense
from newsevents.coding.syntax import Tree
from newsevents.model import Sentence, Span, Token

CUES = Cues.load()


def sentence_of(heads: list[int], deps: list[str] | None = None, base: int = 0) -> Sentence:
    """A sentence of one-letter words whose token k has head `heads[k]` (sentence-relative)."""
    labels = deps or ["dep"] * len(heads)
    tokens = tuple(
        Token(base + k, "w", "w", "VERB", "VBD", labels[k], base + h, 2 * k, 2 * k + 1)
        for k, h in enumerate(heads)
    )
    text = "w " * len(heads)
    return Sentence(0, Span(0, len(text), text), tokens)


def random_heads(size: int, seed: int) -> list[int]:
    """A random tree over `size` tokens (token 0 is the root)."""
    rng = random.Random(seed)
    return [0] + [rng.randrange(k) for k in range(1, size)]


@settings(max_examples=60, deadline=None)
@given(size=st.integers(1, 60), seed=st.integers(0, 10**6), marked=st.sets(st.integers(0, 59)))
def test_nearest_above_is_the_first_ancestor_that_passes(
    size: int, seed: int, marked: set[int]
) -> None:
    tree = Tree.of(sentence_of(random_heads(size, seed), base=7))
    passes = {7 + m for m in marked}
    for i in random.Random(seed).sample(range(7, 7 + size), size):  # memo filled in any order
        expected = next((h for h in tree.ancestors(i) if h in passes), None)
        assert tree.nearest_above(i, "marked", passes.__contains__) == expected


def test_a_parse_with_a_cycle_is_walked_without_memo() -> None:
    tree = Tree.of(sentence_of([1, 2, 1, 2]))  # 1 -> 2 -> 1: no root above them
    assert not tree.acyclic
    assert tree.nearest_above(0, "two", lambda h: h == 2) == 2
    assert tree.nearest_above(3, "none", lambda _h: False) is None
    assert tree.memo == {}


def test_a_chain_thousands_deep_has_a_subtree() -> None:
    """A run-on sentence's conjuncts hang one below the other: no recursion limit."""
    depth = 5000
    tree = Tree.of(sentence_of([0, *range(depth - 1)]))
    assert tree.acyclic
    assert tree.subtree(0) == list(range(depth))
    assert tree.subtree(depth - 2) == [depth - 2, depth - 1]
    assert len(list(tree.ancestors(depth - 1))) == depth - 1


def test_subtree_drops_the_labelled_dependents() -> None:
    tree = Tree.of(sentence_of([0, 0, 1, 0, 3], ["ROOT", "conj", "dobj", "punct", "dobj"]))
    assert tree.subtree(0) == [0, 1, 2, 3, 4]
    assert tree.subtree(0, frozenset({"conj"})) == [0, 3, 4]


QUOTE_TEXT = st.text(alphabet='ab "“”«»„\n', max_size=80)


@settings(max_examples=200, deadline=None)
@given(text=QUOTE_TEXT, data=st.data())
def test_quote_index_answers_as_quotation_around(text: str, data: st.DataObject) -> None:
    index = QuoteIndex(text)
    for _ in range(10):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text) + 2))
        assert index.around(start, end) == quotation_around(text, start, end)


def test_quote_index_finds_the_enclosing_quote_in_its_paragraph() -> None:
    text = 'He said "we will talk" and left.\nThen “no deal” was heard, "unclosed\nnext "one".'
    index = QuoteIndex(text)
    assert index.around(text.index("talk"), text.index("talk") + 4) == "we will talk"
    assert index.around(text.index("deal"), text.index("deal") + 4) == "no deal"
    assert index.around(text.index("unclosed"), text.index("unclosed") + 3) is None
    assert index.around(text.index("one"), text.index("one") + 3) == "one"
    assert index.around(text.index("left"), text.index("left") + 4) is None


# The plain walks that the memoised ones replace, as they were: the oracle below.
def plain_is_background(tree: Tree, i: int) -> bool:
    t = tree.tok(i)
    if t.pos in ("NOUN", "PROPN") and t.dep == "pobj":
        return True
    for a in (i, *tree.ancestors(i)):
        dep = tree.tok(a).dep
        if dep in tense.BACKGROUND_DEPS:
            return True
        if dep in tense.CLAUSE_LINKS:
            marks = {tree.tok(m).lemma.lower() for m in tree.children(a, frozenset({"mark"}))}
            return bool(marks & tense.SUBORDINATORS)
    return False


def plain_attached_year(tree: Tree, i: int) -> int | None:
    holders = [i]
    for a in tree.ancestors(i):
        child_dep = tree.tok(holders[-1]).dep
        if child_dep == "relcl":
            holders.append(a)
            break
        if child_dep not in ("conj", "xcomp", "acl"):
            break
        holders.append(a)
    return next((y for h in holders if (y := tense._own_year(tree, h)) is not None), None)


def plain_modality_year(tree: Tree, trig: Token, cues: Cues) -> int | None:
    holders = [trig]
    for child, head in tree.climb(trig):
        if child.dep == "relcl":
            holders.append(head)
            break
        if child.dep not in ("conj", "xcomp", "acl"):
            break
    for holder in holders:
        for kid in tree.dependents(holder):
            if kid.dep in ("nummod", "compound", "amod", "npadvmod", "nmod"):
                year = modality._year(kid)
            elif kid.dep == "prep" and kid.lemma in cues.modality.background_preps:
                year = modality._first_year(tree, kid)
            else:
                continue
            if year is not None:
                return year
    return None


DEPS = ["conj", "xcomp", "acl", "relcl", "advcl", "parataxis", "nummod", "prep", "mark", "dobj"]
WORDS = ["2018", "2015", "after", "in", "said", "w"]


def labelled_tree(size: int, seed: int) -> Tree:
    rng = random.Random(seed)
    tokens = []
    for k in range(size):
        word = rng.choice(WORDS)
        head = rng.randrange(k) if k else 0
        dep = "ROOT" if k == 0 else rng.choice(DEPS)
        pos = rng.choice(["VERB", "NOUN", "ADP"])
        tokens.append(Token(k, word, word, pos, "VBD", dep, head, 5 * k, 5 * k + len(word)))
    return Tree(Sentence(0, Span(0, 5 * size, "x" * 5 * size), tuple(tokens)), 0, ())


@settings(max_examples=80, deadline=None)
@given(size=st.integers(1, 40), seed=st.integers(0, 10**6))
def test_memoised_year_and_background_walks_answer_as_the_plain_ones(size: int, seed: int) -> None:
    tree = Tree.of(labelled_tree(size, seed).sentence)
    cues = CUES
    for i in random.Random(seed).sample(range(size), size):
        token = tree.tok(i)
        assert tense.is_background(tree, i) == plain_is_background(tree, i)
        assert tense.attached_year(tree, i) == plain_attached_year(tree, i)
        assert modality.attached_year(tree, token, cues) == plain_modality_year(tree, token, cues)
