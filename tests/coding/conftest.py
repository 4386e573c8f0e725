"""Fixtures shared by the coding tests: one real parser and event coder per session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsevents.model import Article, EventMatch, ParsedArticle

SentenceCoder = Callable[[str], list[EventMatch]]


@pytest.fixture(scope="session")
def sentence_coder() -> SentenceCoder:
    """Code one text with the packaged lexicon and actor dictionaries (no date, no ruler)."""
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.actors.dictionary import ActorDictionary
    from newsevents.coding.cameo import CameoTable
    from newsevents.coding.events.coder import EventCoder
    from newsevents.coding.events.lexicon import Lexicon
    from newsevents.nlp import load_language, parse_text

    nlp: Any = load_language()
    coder = EventCoder(Lexicon.load(CameoTable.load()), ActorCoder(ActorDictionary.load()))

    def code(text: str) -> list[EventMatch]:
        parsed = ParsedArticle(Article("t", text), parse_text(nlp, text))
        return coder.code_article(parsed, None)

    return code
