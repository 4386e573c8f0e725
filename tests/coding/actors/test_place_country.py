"""A city name the dictionary puts in one country takes the country the geoparser found for
that mention in the article (a small town sharing a large foreign city's name)."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.context import with_place_country
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.model import Actor, Place, Span


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


def _place(name: str, country: str, start: int) -> Place:
    return Place(name, None, 0.0, 0.0, country, "P", span=Span(start, start + len(name), name))


def _coded(coder: ActorCoder, text: str, phrase: str) -> Actor:
    actor = coder.code_phrase(phrase, offset=text.index(phrase))
    assert actor is not None
    return actor


def test_a_city_resolved_elsewhere_takes_the_geoparsers_country(coder: ActorCoder) -> None:
    text = "Deputies said the fire started in Leicester, a small town in Massachusetts."
    city = _coded(coder, text, "Leicester")
    assert city.country == "GBR"
    moved = with_place_country(city, [_place("Leicester", "USA", text.index("Leicester"))])
    assert moved is not None
    assert (moved.code, moved.country) == ("USA", "USA")
    assert moved.entry.endswith("+place-of-article")


def test_the_role_in_the_phrase_is_kept(coder: ActorCoder) -> None:
    text = "Leicester police arrested two men."
    police = _coded(coder, text, "Leicester police")
    moved = with_place_country(police, [_place("Leicester", "USA", 0)])
    assert moved is not None
    assert (moved.code, moved.sector) == ("USACOP", "COP")


def test_names_that_carry_their_own_country_are_kept(coder: ActorCoder) -> None:
    """A country, capital or named organisation is not a city the geoparser can move."""
    text = "British police in Leicester arrested two men."
    phrase = "British police in Leicester"
    police = _coded(coder, text, phrase)
    places = [_place("Leicester", "USA", text.index("Leicester"))]
    assert with_place_country(police, places) == police
    london = _coded(coder, "London said no.", "London")
    assert with_place_country(london, [_place("London", "CAN", 0)]) == london


def test_an_unresolved_or_agreeing_mention_changes_nothing(coder: ActorCoder) -> None:
    text = "Leicester police arrested two men."
    police = _coded(coder, text, "Leicester police")
    assert with_place_country(police, []) == police
    assert with_place_country(police, [_place("Leicester", "GBR", 0)]) == police
    assert with_place_country(None, []) is None
