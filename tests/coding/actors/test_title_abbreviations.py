"""Titles written the way local and wire news write them ("Gov.", "Maj.", "Det.",
"Trooper") give the person's sector; a state name before the title gives the country."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Gov. Jane Doe", "GOV"),
        ("Vermont Gov. Jane Doe", "USAGOV"),
        ("Maj. Omar Said", "MIL"),
        ("Cmdr. Lisa Wong", "MIL"),
        ("Det. Paul Grant", "COP"),
        ("Trooper Ann Lee", "COP"),
        ("two state troopers", "COP"),
        ("a deputy sheriff", "COP"),
    ],
)
def test_abbreviated_and_local_titles_give_the_sector(
    coder: ActorCoder, phrase: str, code: str
) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code


def test_longer_military_words_still_win(coder: ActorCoder) -> None:
    """ "paratroopers" is a military word, not "troopers" (police)."""
    actor = coder.code_phrase("Indian paratroopers")
    assert actor is not None
    assert actor.code == "INDMIL"


def test_candidates_are_party_politicians_of_the_country_named(coder: ActorCoder) -> None:
    """An election candidate acts for a party; with a country word, of that country."""
    bare = coder.code_phrase("the candidates")
    named = coder.code_phrase("a Peruvian presidential candidate")
    assert bare is not None
    assert bare.code == "PTY"
    assert named is not None
    assert named.code == "PERPTY"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Chadian forces", "TCDMIL"), ("the forces", "MIL"), ("opposition forces", "OPP")],
)
def test_forces_are_the_military_of_the_country_named(
    coder: ActorCoder, phrase: str, code: str
) -> None:
    """ "Iraqi forces" were a bare country; opposition forces stay the opposition."""
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code
