"""A possessive or abbreviation split off upstream ("Japan ’ s envoy", "Mr . Tusk", as
space-joined wire corpora write them) is read whole, without moving any offset."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.nlp.parse import readable
from newsevents.pipeline import Pipeline


def test_the_parser_copy_joins_the_possessive_and_keeps_the_length() -> None:
    text = "Chile ’ s envoy met Peru 's minister and the Incas ' heirs ’ s."
    copy = readable(text, lambda _word: False)
    assert len(copy) == len(text)
    assert copy.startswith("Chile’s   envoy")
    assert "Peru 's minister" in copy  # already one token for the parser
    assert copy.endswith("’ s.")  # no word follows: left alone


def test_the_parser_copy_closes_up_split_abbreviations() -> None:
    text = "Mr . Tusk met U . S - backed rebels and John R . Kerr of the U . K . today ."
    copy = readable(text, lambda _word: False)
    assert len(copy) == len(text)
    assert copy.startswith("Mr.  Tusk met U.S   - backed")
    assert "John R.  Kerr of the U.K.    today" in copy
    assert copy.endswith("today .")  # a sentence's own full stop is left alone
    dated = readable("It paid $ 1 . 5 billion on Oct . 12 at 5 a . m . today .", lambda _w: False)
    assert "$ 1.5   billion on Oct.  12 at 5 a.m.    today ." in dated


@pytest.mark.model
def test_a_split_abbreviation_does_not_end_the_sentence(pipeline: Pipeline) -> None:
    text = "The court rejected a request by Mr . Okafor to leave the country ."
    parsed = pipeline.code_text(text, dt.date(2023, 6, 1))
    targets = [e.provenance.target_span.text for e in parsed.events if e.provenance.target_span]
    assert "a request by Mr . Okafor" in targets, targets


@pytest.mark.model
def test_a_split_possessive_stays_in_the_actor_phrase(pipeline: Pipeline) -> None:
    text = "Chile ’ s foreign minister met Peru ’ s president in Lima ."
    events = pipeline.code_text(text, dt.date(2023, 6, 1)).events
    sources = {e.provenance.source_span.text for e in events if e.provenance.source_span}
    assert "Chile ’ s foreign minister" in sources, sources
