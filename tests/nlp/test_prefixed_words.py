"""Agency spelling of repeated acts: "re-enter", "re-imposed" stay one word and code as the act."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.nlp.parse import unprefixed_lemma
from newsevents.pipeline import Pipeline


def test_the_re_prefix_is_dropped_from_the_lemma_only() -> None:
    assert unprefixed_lemma("re-impose") == "impose"
    assert unprefixed_lemma("Re-open") == "open"
    assert unprefixed_lemma("pre-empt") == "pre-empt"
    assert unprefixed_lemma("re-") == "re-"
    assert unprefixed_lemma("cease-fire") == "cease-fire"


@pytest.mark.model
def test_re_prefixed_words_stay_whole_and_others_still_split(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Oslo re-imposed curbs on the Russian-backed firm.")
    words = [t.text for t in doc]
    assert "re-imposed" in words, words
    assert "Russian" in words, words  # other hyphenated words split as before
    assert "backed" in words, words


@pytest.mark.model
def test_a_re_prefixed_verb_codes_as_its_act(pipeline: Pipeline) -> None:
    plain = pipeline.code_text("Oslo imposed sanctions on Minsk.", dt.date(2022, 3, 1))
    again = pipeline.code_text("Oslo re-imposed sanctions on Minsk.", dt.date(2022, 3, 1))
    assert [e.cameo.code for e in plain.events] == [e.cameo.code for e in again.events]
    assert again.events, "no event for the re-imposed sanctions"
