"""Acronyms with a number ("G-7", "MS-13", "F-16"): the digits have no letter case, so they
must not stop an all-capitals name from matching; lower-case text still does not match."""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the G-20", "IGOGTW"), ("MS-13 members", "SLVCRMMSS"), ("Polish F-16s", "POLMIL")],
)
def test_numbered_acronyms_match(coder: ActorCoder, phrase: str, code: str) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code


def test_a_lower_case_lookalike_is_no_acronym(coder: ActorCoder) -> None:
    assert coder.code_phrase("ms-13") is None
