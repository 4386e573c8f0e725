"""What the place tests share: the offline gazetteer, a spaCy pipeline whose entity ruler
knows its names (both loaded once per session), and reading an article's places and the place
of one act in it."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.place.find import event_place, find_places
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.model import Article, ParsedArticle, Place
from newsevents.nlp import load_language, parse_text


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def nlp(gazetteer: Gazetteer) -> Any:
    return load_language(gazetteer.entity_patterns())


def places_of(nlp: Any, gazetteer: Gazetteer, text: str) -> tuple[Place, ...]:
    """Every place found in `text`, parsed as a one-article story."""
    parsed = ParsedArticle(Article("t", text), parse_text(nlp, text))
    return find_places(parsed, gazetteer)


def by_text(places: tuple[Place, ...], text: str) -> Place:
    """The place whose mention reads `text`; fails the test, listing them, when none does."""
    found = [p for p in places if p.span is not None and p.span.text == text]
    assert found, f"{text!r} not among {[p.span.text for p in places if p.span]}"
    return found[0]


def place_of(nlp: Any, gazetteer: Gazetteer, text: str, verb: str) -> Place | None:
    """The place of the act whose trigger is the word `verb` in the first sentence of `text`."""
    sentences = parse_text(nlp, text)
    places = find_places(ParsedArticle(Article("t", text), sentences), gazetteer)
    trigger = next(t for t in sentences[0].tokens if t.text == verb)
    return event_place(sentences[0], trigger, places)
