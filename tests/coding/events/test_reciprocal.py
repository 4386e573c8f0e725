"""Reciprocal acts: "A and B accused each other" is A's act toward B and B's toward A."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.coding.events.reciprocal import RECIPROCAL_WORDS
from newsevents.model import Event
from newsevents.pipeline import Pipeline


def dyads(found: list[Event], prefix: str) -> set[tuple[str, str]]:
    """The (source, target) codes of the events of one code prefix, in any order."""
    return set(dyads_of(found, prefix))


def test_reciprocal_phrases_are_recognised() -> None:
    assert RECIPROCAL_WORDS.names_each_other("each other")
    assert RECIPROCAL_WORDS.names_each_other("twelve of each other’s envoys")
    assert RECIPROCAL_WORDS.names_each_other("one another")
    assert RECIPROCAL_WORDS.names_each_other("ten of the other's envoys")
    assert not RECIPROCAL_WORDS.names_each_other("the other members")
    assert not RECIPROCAL_WORDS.names_each_other("their envoys")


@pytest.mark.model
def test_accusing_each_other_is_an_accusation_each_way(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia and Paraguay accused each other of moving troops.")
    assert dyads(found, "112") == {("BOL", "PRY"), ("PRY", "BOL")}
    assert all("+reciprocal" in e.provenance.rule for e in found)


@pytest.mark.model
def test_each_others_envoys_keeps_the_role_the_possessive_names(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia and Paraguay have expelled each other's envoys.")
    assert dyads(found, "16") == {("BOL", "PRYGOV"), ("PRY", "BOLGOV")}


@pytest.mark.model
def test_a_verb_of_exchange_is_reciprocal_without_a_pronoun(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia and Paraguay traded accusations over the raid.")
    assert dyads(found, "112") == {("BOL", "PRY"), ("PRY", "BOL")}
    found = events_of(pipeline, "Bolivian and Paraguayan troops exchanged fire on Monday.")
    assert dyads(found, "19") == {("BOLMIL", "PRYMIL"), ("PRYMIL", "BOLMIL")}


@pytest.mark.model
def test_an_exchange_with_a_third_party_is_no_reciprocal_act(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia and Paraguay exchanged views with the European Union.")
    assert ("BOL", "PRY") not in dyads(found, "04")
    assert all("+reciprocal" not in e.provenance.rule for e in found)


@pytest.mark.model
def test_a_distributive_subject_stands_for_the_articles_two_sides(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "Bolivia blamed Paraguay for the border raid. Paraguay denied it and accused Bolivia"
        " of staging the attack. Each government has since expelled ten of the other's"
        " envoys.",
    )
    expulsions = dyads(found, "16")
    assert {(s[:3], t[:3]) for s, t in expulsions} == {("BOL", "PRY"), ("PRY", "BOL")}


@pytest.mark.model
def test_a_distributive_subject_in_a_one_sided_story_codes_no_pair(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Each country has expelled ten of the other's envoys.")
    assert found, "the expulsion is still coded"
    assert all(e.source is None or e.source.country is None for e in found)
