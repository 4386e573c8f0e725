"""Material acts phrased around another word: a shootout that "left" people dead is a
fight, and support "with refuelling" or "with funds" is material help, not words."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import codes_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_a_shootout_that_left_people_dead_is_a_fight(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "A long shootout near the Zambian border left five smugglers dead.")
    assert [c for c in found if c.startswith("19")], found
    left = codes_of(pipeline, "The Zambian delegation left the talks in Lusaka early.")
    assert not [c for c in left if c.startswith("19")], left


def test_support_with_material_means_is_material_help(pipeline: Pipeline) -> None:
    military = codes_of(
        pipeline, "Norway supported the Chilean navy with refuelling and logistics."
    )
    assert "062" in military, military
    money = codes_of(pipeline, "Norway supported Chile with loans and grants after the floods.")
    assert [c for c in money if c.startswith("07")], money
    words = codes_of(pipeline, "Norway supported Chile in the dispute over fishing rights.")
    assert not [c for c in words if c[:2] in ("06", "07")], words


def test_working_needs_a_partner_to_be_cooperation(pipeline: Pipeline) -> None:
    alone = codes_of(pipeline, "The Zambian agents were working under cover in Lusaka.")
    assert not [c for c in alone if c.startswith("06")], alone
    together = codes_of(pipeline, "Zambian police are working with Chile on the smuggling case.")
    assert [c for c in together if c.startswith("06")], together


def test_a_predicative_adjective_takes_no_verbs_object_pattern(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Two Zambian ministers said Chile's reaction was appropriate.")
    assert not [c for c in found if c.startswith("17")], found
    seized = codes_of(pipeline, "Zambian police appropriated the farm of a Chilean investor.")
    assert [c for c in seized if c.startswith("17")], seized
