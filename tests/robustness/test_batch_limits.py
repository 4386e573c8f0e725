"""Per-article limits in the batch runner: the watchdog and the size limit reject, never crash."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from newsevents.batch.local import code_batch
from newsevents.ids import article_id
from newsevents.model import Article, CodedArticle


class StallingCoder:
    """A coder that never finishes an article whose text contains 'stall' (a runaway case)."""

    def code_many(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = None,  # noqa: ARG002 (the Coder protocol)
    ) -> Iterator[CodedArticle]:
        for article in articles:
            while "stall" in article.text:
                time.sleep(0.01)
            yield CodedArticle(article, ())


def _article(text: str, origin: str) -> Article:
    return Article(article_id(text), text, origin=origin)


def test_watchdog_rejects_the_runaway_article_and_codes_the_rest() -> None:
    batch = [_article("fine one", "a"), _article("stall here", "b"), _article("fine two", "c")]
    coded, failed = code_batch(StallingCoder(), batch, 8, seconds=0.3)
    assert [c.article.origin for c in coded] == ["a", "c"]
    assert [f.origin for f in failed] == ["b"]
    assert "article_seconds" in failed[0].reason


def test_articles_over_the_size_limit_are_rejected_before_coding() -> None:
    batch = [_article("short text", "a"), _article("x" * 500, "b")]
    coded, failed = code_batch(StallingCoder(), batch, 8, max_chars=100)
    assert [c.article.origin for c in coded] == ["a"]
    assert "max_article_chars" in failed[0].reason
