"""Removing a named person from office: "fired Ana Reyes" is 172 like "fired the army chief",
while "fired rockets" or "fired at Ana Reyes" stays a use of force. The lexicon's `$P!` object
must be a person (a PERSON name, "him", "her"), so the verbs of firing take no other object."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import codes_of, dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_a_named_person_fired_is_removed_from_office(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Bolivian president fired Tomas Quiroga on Monday.")
    assert dyads_of(found, "172") == [("BOLGOV", "BOL")]


def test_a_named_person_sacked_in_apposition_is_removed_from_office(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Bolivian President Lucia Arce sacked her adviser, Tomas Quiroga, on Monday."
    )
    assert [s for s, _ in dyads_of(found, "172")] == ["BOLGOV"]


def test_rockets_fired_are_no_removal(pipeline: Pipeline) -> None:
    codes = codes_of(pipeline, "The rebels fired rockets at the Bolivian town of Oruro.")
    assert any(c.startswith("19") for c in codes)
    assert not any(c.startswith("172") for c in codes)


def test_shots_fired_at_a_named_person_are_no_removal(pipeline: Pipeline) -> None:
    codes = codes_of(pipeline, "Gunmen fired at Tomas Quiroga near his home in La Paz.")
    assert any(c.startswith("19") for c in codes)
    assert not any(c.startswith("172") for c in codes)
