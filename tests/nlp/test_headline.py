"""Title Case headlines are read in sentence case; the text the reader sees is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.nlp.headline import headline_span, is_title_case, sentence_cased
from newsevents.pipeline import Pipeline

NAMES = frozenset({"Quito", "Lima", "Andean", "Pact"})


def known(word: str) -> bool:
    return word in NAMES


def test_a_title_case_headline_is_lower_cased_but_names_and_acronyms() -> None:
    text = "Car Bomb Kills Nine In Quito As U.S. Envoy Visits Andean Pact\n\nBody text follows."
    cased = sentence_cased(text, known)
    assert cased.startswith("Car bomb kills nine in Quito as U.S. envoy visits Andean Pact\n")
    assert len(cased) == len(text)
    assert cased.endswith("Body text follows.")


def test_a_sentence_case_headline_and_body_text_stay_as_they_are() -> None:
    text = "Peru recalls its envoy from Lima talks\n\nThe Foreign Ministry Said So On Monday."
    assert sentence_cased(text, known) == text


def test_a_run_on_first_line_has_its_first_sentence_as_headline() -> None:
    body = " ".join(["word"] * 30)
    text = f"Rebels Seize Border Town. QUITO -- {body}"
    assert headline_span(text) == (0, len("Rebels Seize Border Town"))
    assert sentence_cased(text, known).startswith("Rebels seize border town. QUITO")


def test_title_case_needs_most_longer_words_capitalised() -> None:
    assert is_title_case("Rebels Seize the Border Town")
    assert is_title_case("Envoy Greater Threat than Quito")  # short words may stay lower
    assert not is_title_case("Rebels seize the border town")
    assert not is_title_case("Quito")


@pytest.mark.model
def test_a_title_case_headline_codes_its_event_with_the_original_text(
    pipeline: Pipeline,
) -> None:
    text = "Ecuador Expels Colombian Diplomats\n\nThe expulsions followed a row over the border."
    coded = pipeline.code_text(text, dt.date(2021, 5, 3))
    headline = [e for e in coded.events if e.provenance.sentence_index == 0]
    assert [e.cameo.code for e in headline] == ["161"], coded.events  # expelling diplomats
    verb = headline[0].provenance.verb_span
    assert verb is not None
    assert verb.text == "Expels"  # the reader sees the article's own spelling


def test_a_sentence_full_of_names_is_not_a_title() -> None:
    text = "Fans of Whitney Houston gathered in Dallas on Sunday."
    assert not is_title_case(text)
    assert sentence_cased(text, known) == text
