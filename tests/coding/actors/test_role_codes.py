"""Role words whose code is a country-slot code: NGOs take NGO as their sector (as named
NGOs do), international bodies and foreign states give IGO / UIS as the country."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("aid groups", None, "NGO"),
        ("a Chilean charity", "CHL", "NGO"),
        ("the international community", "IGO", None),
        ("foreign governments", "UIS", None),
    ],
)
def test_ngo_igo_and_foreign_state_roles_are_coded(
    coder: ActorCoder, phrase: str, country: str | None, sector: str | None
) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert (actor.country, actor.sector) == (country, sector)


def test_a_place_still_gives_the_country_of_an_ngo(coder: ActorCoder) -> None:
    actor = coder.code_phrase("Kenyan rights groups")
    assert actor is not None
    assert actor.country == "KEN"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the Duma", "RUSLEG"), ("Duma deputies", "RUSLEG"), ("Frontex", "IGOEUREECCOP")],
)
def test_institutions_of_one_state_or_union_carry_it(
    coder: ActorCoder, phrase: str, code: str
) -> None:
    """The Duma is only ever Russia's; the EU's police and border agencies are the EU's."""
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code
