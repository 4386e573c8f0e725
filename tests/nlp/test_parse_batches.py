"""Batches end at a count or a character budget, and the parse does not depend on them."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.nlp import load_language
from newsevents.nlp.parse import batches, parse_articles


def _articles(*lengths: int) -> list[Article]:
    return [Article(f"a{i}", "x" * n) for i, n in enumerate(lengths)]


def test_batches_end_at_the_count_or_the_character_budget() -> None:
    sizes = [[len(a.text) for a in b] for b in batches(_articles(4, 4, 4, 4, 4), 2, 100)]
    assert sizes == [[4, 4], [4, 4], [4]]
    sizes = [[len(a.text) for a in b] for b in batches(_articles(40, 50, 20, 90, 5), 10, 100)]
    assert sizes == [[40, 50], [20], [90, 5]]
    sizes = [[len(a.text) for a in b] for b in batches(_articles(300, 10, 300), 10, 100)]
    assert sizes == [[300], [10], [300]]  # a long article alone, never dropped
    assert list(batches([], 5, 100)) == []


@pytest.mark.model
def test_the_parse_is_the_same_whatever_the_batches() -> None:
    nlp = load_language([])
    texts = [
        "Rebels shelled an army base near Kaesong on Sunday, the defence ministry said.",
        "SEOUL — North Korea blew up a liaison office. Moon Jae-in called it regrettable.",
        "Police in Mobile, Alabama, arrested two men after a protest on Monday.",
    ]
    articles = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    whole = list(parse_articles(nlp, articles, batch_size=32))
    one_by_one = list(parse_articles(nlp, articles, batch_size=32, max_batch_chars=1))
    assert [p.article.article_id for p in one_by_one] == ["t0", "t1", "t2"]
    assert one_by_one == whole
    assert all(p.sentences for p in whole)
