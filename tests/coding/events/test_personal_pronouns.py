""" "He", "his", "she", "her" refer to a person, not to a state or organisation before them."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.events.discourse import Discourse
from newsevents.model import Span


@pytest.fixture(scope="module")
def actors() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


@pytest.fixture(scope="module")
def nlp() -> Any:
    from newsevents.nlp import load_language

    return load_language()


def _discourse(nlp: Any, actors: ActorCoder, text: str, subject: str) -> Discourse:
    """A discourse that has read `text`, with `subject` noted as an earlier event source."""
    from newsevents.nlp import parse_text

    discourse = Discourse(actors, None)
    named = actors.code_phrase(subject, offset=text.index(subject))
    assert named is not None
    discourse.note_source(named)
    for sentence in parse_text(nlp, text):
        discourse.read_sentence(sentence)
    return discourse


def _at(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def test_his_ministry_is_the_ministers_not_the_earlier_organisation(
    nlp: Any, actors: ActorCoder
) -> None:
    text = (
        "NATO offered a grant. Moldova's interior minister, Ivan Petrov, told "
        "lawmakers on Tuesday that his ministry had turned the grant down."
    )
    discourse = _discourse(nlp, actors, text, "NATO")
    phrase = _at(text, "his ministry")
    actor = discourse.resolve(phrase, phrase, pronoun="his")
    assert actor is not None
    assert actor.code == "MDAGOV"


def test_it_still_takes_the_salient_state(nlp: Any, actors: ActorCoder) -> None:
    text = "Moldova hosted a fair. Its ministry said the Romanian minister attended."
    discourse = _discourse(nlp, actors, text, "Moldova")
    phrase = _at(text, "Its ministry")
    actor = discourse.resolve(phrase, phrase, pronoun="its")
    assert actor is not None
    assert actor.code == "MDAGOV"


def test_he_without_a_named_person_falls_back_to_the_salient_actor(
    nlp: Any, actors: ActorCoder
) -> None:
    """An unlisted name is no mention; "he" then still takes the salient state."""
    text = "Moldova protested. Then he flew to Kyiv."
    discourse = _discourse(nlp, actors, text, "Moldova")
    actor = discourse.resolve(_at(text, "he"), _at(text, "he"), pronoun="he")
    assert actor is not None
    assert actor.country == "MDA"


def test_a_possessive_of_an_unplaced_owner_is_the_owner(nlp: Any, actors: ActorCoder) -> None:
    """ "The governor said his patience ...": the owner has a sector but no country yet (the
    article's country is added later), and the phrase "his patience" names no actor of its
    own, so the phrase stands for the governor rather than for nobody."""
    from newsevents.nlp import parse_text

    text = "The governor said his patience had run out."
    discourse = Discourse(actors, None)
    for sentence in parse_text(nlp, text):
        discourse.read_sentence(sentence)
    phrase = _at(text, "his patience")
    actor = discourse.resolve(phrase, phrase, pronoun="his")
    assert actor is not None
    assert (actor.country, actor.sector) == (None, "GOV")
    assert actor.span == phrase


def test_he_after_an_unlisted_person_is_not_an_earlier_actor(nlp: Any, actors: ActorCoder) -> None:
    """A person the dictionaries lack is no mention, but is named after the state: "he" is
    that person (the article's context places him), not Moldova."""
    text = "Moldova protested on Monday. Later John Miller told reporters he had lost his land."
    discourse = _discourse(nlp, actors, text, "Moldova")
    assert discourse.resolve(_at(text, "he"), _at(text, "he"), pronoun="he") is None


def test_a_name_in_apposition_is_the_actor_before_it(nlp: Any, actors: ActorCoder) -> None:
    """ "the OSCE envoy, Peter Hansen": the name is the envoy's, so "he" is still the envoy."""
    text = "Moldova protested. The OSCE envoy, Peter Hansen, arrived. Later he met officials."
    discourse = _discourse(nlp, actors, text, "Moldova")
    envoy = actors.code_phrase("The OSCE envoy", offset=text.index("The OSCE envoy"))
    assert envoy is not None
    discourse.note_source(envoy)
    start = text.index(" he ") + 1
    he = Span(start, start + 2, "he")
    actor = discourse.resolve(he, he, pronoun="he")
    assert actor is not None
    assert actor.code == envoy.code
