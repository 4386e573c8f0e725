"""Local people named by role ("civilians", "rebels") are of the state the towns and regions
of their own sentence lie in, before the article's or their reporters' country."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.context import with_sentence_country
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.model import Actor, Place, PlaceRole, Sentence, Span

TEXT = "Gunmen from Tavira shelled civilians near Orlen on Monday."


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


def _place(name: str, country: str, code: str = "PPL", role: PlaceRole = "mentioned") -> Place:
    start = TEXT.index(name)
    span = Span(start, start + len(name), name)
    return Place(name, None, 0.0, 0.0, country, "P", role=role, span=span, feature_code=code)


def _civilians(coder: ActorCoder) -> Actor:
    actor = coder.code_phrase("civilians", offset=TEXT.index("civilians"))
    assert actor is not None
    assert actor.country is None
    return actor


SENTENCE = Sentence(0, Span(0, len(TEXT), TEXT), ())


def test_civilians_take_the_one_state_of_their_sentence_s_towns(coder: ActorCoder) -> None:
    places = [_place("Tavira", "SYR"), _place("Orlen", "SYR")]
    actor = with_sentence_country(_civilians(coder), SENTENCE, places)
    assert actor is not None
    assert actor.code == "SYRCVL"


@pytest.mark.parametrize(
    "places",
    [
        [_place("Tavira", "SYR"), _place("Orlen", "TUR")],  # two states: no telling
        [_place("Orlen", "SYR", code="PCLI")],  # a state's own name tells who acts
        [_place("Orlen", "SYR", role="dateline")],  # where the story is told from
    ],
)
def test_otherwise_the_role_is_left_to_the_article(coder: ActorCoder, places: list[Place]) -> None:
    assert with_sentence_country(_civilians(coder), SENTENCE, places) == _civilians(coder)


def test_roles_of_the_state_are_not_local_people(coder: ActorCoder) -> None:
    ministry = coder.code_phrase("the ministry")
    places = [_place("Orlen", "SYR")]
    assert with_sentence_country(ministry, SENTENCE, places) == ministry
