"""Parsing in worker processes must give the same events, in the same order, as one process."""

from __future__ import annotations

import datetime as dt

from newsevents.config import Settings
from newsevents.ids import article_id
from newsevents.model import Article
from newsevents.pipeline import Pipeline

TEXTS = (
    "Rebels shelled an army base near the northern border on Sunday, the defence ministry said.",
    "The two foreign ministers met in Vienna yesterday and agreed to resume trade talks.",
    "Police arrested twelve opposition activists in the capital on Friday, their party said.",
    "The prime minister urged parliament to approve the ceasefire deal before the weekend.",
)


def _articles() -> list[Article]:
    published = dt.date(2022, 3, 14)
    return [Article(article_id(t), t, published, origin=f"own:{i}") for i, t in enumerate(TEXTS)]


def _summary(pipeline: Pipeline) -> list[list[tuple[str, str]]]:
    return [
        [(e.event_id, e.cameo.code) for e in coded.events]
        for coded in pipeline.code_many(_articles(), batch_size=2)
    ]


def test_two_processes_code_like_one(pipeline: Pipeline) -> None:
    single = _summary(pipeline)
    parallel = Pipeline.load(Settings(n_process=2))
    assert _summary(parallel) == single
    assert any(single), "the sentences should yield events at all"
