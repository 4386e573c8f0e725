"""Protests told as nouns with no one named doing them ("the ruling sparked protests",
"the country was hit by protests") are still events, by the public of the story's country
and aimed at its state: careful coders of real news key them so."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import events_of

from newsevents.model import Event
from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def _protests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.cameo.root == "14"]


def _countries(event: Event) -> tuple[str | None, str | None]:
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


def test_protests_an_act_set_off_are_the_publics_even_in_a_participle(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Kenyan president sacked the chief judge in 2015, sparking a string of protests "
        "that helped drive him from power."
    )
    protests = _protests(events_of(pipeline, text))
    assert [_countries(e) for e in protests] == [("KEN", "KEN")], protests


def test_weeks_of_protests_an_arrest_triggered(pipeline: Pipeline) -> None:
    text = "The arrest of a Kenyan activist in Nairobi sparked three days of protests in Mombasa."
    protests = _protests(events_of(pipeline, text))
    assert protests, "no protest coded"
    assert _countries(protests[0]) == ("KEN", "KEN")


def test_a_country_hit_by_protests_suffers_no_attack(pipeline: Pipeline) -> None:
    text = "Over the past year, Kenya has been hit by repeated protests by clan groups."
    events = events_of(pipeline, text)
    assert not [e for e in events if e.cameo.root in ("18", "19")], events
    assert [_countries(e) for e in _protests(events)] == [("KEN", "KEN")], events


def test_the_by_phrase_of_a_protest_noun_is_who_protests(pipeline: Pipeline) -> None:
    text = "Kenya saw protests by farmers in Nairobi on Monday."
    protests = _protests(events_of(pipeline, text))
    assert protests, "no protest coded"
    assert protests[0].source is not None
    assert protests[0].source.sector == "AGR"
    assert protests[0].provenance.source_span is not None
    assert protests[0].provenance.source_span.text.startswith("farmers")
    assert protests[0].provenance.target_span is None  # the farmers do not protest themselves


def test_violence_and_unrest_are_no_ones_protest(pipeline: Pipeline) -> None:
    text = (
        "Kenyan police said there was no unrest after the vote. "
        "The Kenyan town has seen a decline in violence since the vote."
    )
    assert not _protests(events_of(pipeline, text))


def test_setting_off_on_a_march_is_a_protest(pipeline: Pipeline) -> None:
    text = (
        "A Kenyan activist and a few supporters set off on Friday on a march from Nairobi "
        "to the prison in Mombasa."
    )
    protests = _protests(events_of(pipeline, text))
    assert protests, "no protest coded"
    assert _countries(protests[0]) == ("KEN", "KEN")


def test_beginning_a_protest_walk_is_a_protest(pipeline: Pipeline) -> None:
    text = "The wife of a jailed Kenyan lawyer began a protest walk on Monday."
    protests = _protests(events_of(pipeline, text))
    assert protests, "no protest coded"
    assert protests[0].provenance.rule.startswith("14_protest:141:p"), protests[0].provenance.rule
