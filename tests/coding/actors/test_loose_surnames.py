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
