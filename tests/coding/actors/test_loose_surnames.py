"""The spelling-tolerant match is for transliterated names; one word of it right after an
unmatched capitalised word is a piece of a name the dictionary lacks, not that entry."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


def test_a_surname_like_a_company_is_not_the_company(coder: ActorCoder) -> None:
    actor = coder.code_phrase("Judge Maren Ericksen")  # cf. Ericsson, loosely alike
    assert actor is not None
    assert actor.code == "JUD"


def test_a_word_of_an_unknown_name_is_not_a_lookalike_party(coder: ActorCoder) -> None:
    actor = coder.code_phrase("the Serious Crimes Tribunal")  # cf. Creemos, loosely alike
    assert actor is not None
    assert actor.code == "JUD"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("President Zelenskiy", "UKRGOV"), ("said Kadhafi", "LBYGOV"), ("Ericksen", "SWEBUS")],
)
def test_transliterations_still_match_loosely(coder: ActorCoder, phrase: str, code: str) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Muammar Kadhafi", "LBY"),
        ("President Zelenskiy", "UKR"),
        ("Recep Tayip Erdogan", "TUR"),
    ],
)
def test_a_transliteration_still_meets_its_name(coder: ActorCoder, phrase: str, code: str) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code.startswith(code)


@pytest.mark.parametrize("phrase", ["the Committee", "the Garden", "Policy", "Refuge"])
def test_a_common_word_is_no_lookalike_name_or_role(coder: ActorCoder, phrase: str) -> None:
    """ "Committee" and the party Komeito, "Garden" and the senator Cardin, "Policy" and
    police share a loose key; their spellings are too far apart to be one name."""
    assert coder.code_phrase(phrase) is None
