"""A country's name opening the name of one of its public bodies gives the body's country."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


def test_a_country_opening_a_body_name_is_the_body_s_country(coder: ActorCoder) -> None:
    """ "Namibia Tourism Authority": unknown capitalised words, then a role word the
    dictionary knows; the body is Namibia's."""
    actor = coder.code_phrase("Namibia Tourism Authority chief executive")
    assert actor is not None
    assert actor.code == "NAMGOV"


@pytest.mark.parametrize("phrase", ["the Paris Agreement", "Jordan Peterson"])
def test_a_place_inside_another_name_is_still_no_actor(coder: ActorCoder, phrase: str) -> None:
    assert coder.code_phrase(phrase) is None
