"""Whom an act is aimed at, in error classes seen on real news, each in sentences of our own:
a demand that the asker's own people get something is aimed at whoever grants it, and a
condemnation of remarks at whoever made them, not at whom they were about; one end of a
hyphenated link ("the Nairobi-Kampala route") acts upon the other end; two states that expel
diplomats named with no state of their own expel each other's; a guest called "visiting"
visits the place named, not the other way round; an offer told to someone ("assured Uganda
that Kenya stands ready to talk", "President X: if you wish, we stand ready") is aimed at
the one it is told to."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import events_of

from newsevents.model import Event
from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def _target(event: Event) -> str | None:
    return None if event.target is None else event.target.country or event.target.code[:3]


def _targets(pipeline: Pipeline, text: str, root: str) -> list[str | None]:
    """The target countries of the events of `root` coded in `text`."""
    return [_target(e) for e in events_of(pipeline, text) if e.cameo.root == root]


def test_a_demand_for_access_for_the_askers_staff_targets_the_owner(pipeline: Pipeline) -> None:
    """ "its inspectors" are the asker's own people, who are to get the access."""
    text = "The United Nations demanded that its inspectors get access to Kenya's depots."
    assert _targets(pipeline, text, "10") == ["KEN"]


def test_a_demand_that_another_state_acts_still_targets_that_state(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Russia demanded that Ukraine end the blockade.", "10") == ["UKR"]


def test_condemning_remarks_about_a_people_targets_the_speaker_named_before(
    pipeline: Pipeline,
) -> None:
    """The Argentines are only what the remarks were about; the president made them."""
    text = (
        "The Brazilian president spoke in Lisbon on Monday. "
        "The Argentine senate condemned the offensive remarks about Argentines."
    )
    assert _targets(pipeline, text, "11") == ["BRA"]


def test_remarks_that_name_their_maker_target_that_maker(pipeline: Pipeline) -> None:
    text = (
        "The Brazilian president spoke in Lisbon on Monday. The Argentine senate condemned "
        "the remarks of the Uruguayan minister about Argentines."
    )
    assert _targets(pipeline, text, "11") == ["URY"]


def test_remarks_with_no_maker_named_keep_their_topic(pipeline: Pipeline) -> None:
    assert _targets(pipeline, "Chile condemned the remarks about Bolivia.", "11") == ["BOL"]


def test_a_side_at_one_end_of_a_hyphenated_route_acts_on_the_other_end(
    pipeline: Pipeline,
) -> None:
    text = "Kenya Airways rejected a plea for a Nairobi-Kampala route."
    assert _targets(pipeline, text, "12") == ["UGA"]


def test_a_title_case_headline_route_acts_on_the_other_end(pipeline: Pipeline) -> None:
    """Every word of a headline is capitalised: "Route" is the noun the pair modifies, not
    the rest of an unknown name "Kampala Route"."""
    text = "Kenya Airways Rejects Plea for Nairobi-Kampala Route"
    assert _targets(pipeline, text, "12") == ["UGA"]


def test_a_hyphenated_pair_names_both_of_its_states(pipeline: Pipeline) -> None:
    """Neither end is the host's own: the talks are with both."""
    found = _targets(pipeline, "Egypt hosted Israeli-Palestinian talks on Monday.", "04")
    assert {"ISR", "PSE"} <= set(found), found


def test_a_hyphenated_adjective_joins_no_states(pipeline: Pipeline) -> None:
    """ "Turkish-backed Somali militias" are Somali, not Turkish and Somali."""
    text = "The Kenyan army attacked Turkish-backed Somali militias."
    assert _targets(pipeline, text, "19") == ["SOM"]


def _dyads(pipeline: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in events_of(pipeline, text) if e.cameo.root == root]
    return {(None if e.source is None else e.source.country, _target(e)) for e in events}


def test_two_states_expelling_unnamed_diplomats_expel_each_others(pipeline: Pipeline) -> None:
    text = "Dozens of diplomats were expelled from both Chile and Peru in the row."
    assert _dyads(pipeline, text, "16") == {("CHL", "PER"), ("PER", "CHL")}


def test_diplomats_named_by_their_state_stay_the_target_of_each_expeller(
    pipeline: Pipeline,
) -> None:
    text = "Russian diplomats were expelled from both Chile and Peru."
    assert _dyads(pipeline, text, "16") == {("CHL", "RUS"), ("PER", "RUS")}


def test_a_visiting_guest_visits_the_place_they_are_received_in(pipeline: Pipeline) -> None:
    text = (
        "The party chief spoke at a dinner for visiting Chilean Defence Minister "
        "Ana Reyes in Lima on Monday."
    )
    assert ("CHL", "PER") in _dyads(pipeline, text, "04")


def test_visiting_a_place_is_still_a_trip_there(pipeline: Pipeline) -> None:
    """The object of "visiting" is a place here: it is the one visited, not a guest."""
    text = "The Chilean minister announced a schedule for visiting Peru."
    found = _dyads(pipeline, text, "04")
    assert found
    assert all(target == "PER" and source != "PER" for source, target in found), found


def test_an_offer_told_to_a_hearer_is_aimed_at_the_hearer(pipeline: Pipeline) -> None:
    text = "The Kenyan president told Uganda that Kenya was ready to hold talks."
    assert _targets(pipeline, text, "03") == ["UGA"]


def test_an_offer_made_to_a_name_set_before_a_colon_is_aimed_at_that_name(
    pipeline: Pipeline,
) -> None:
    """The name opening the sentence is the one the sentence speaks to ("you")."""
    text = (
        "President Kagame: if you want a deal with Kenya, we are prepared to negotiate"
        " in good faith."
    )
    assert "RWA" in _targets(pipeline, text, "03")


def test_an_offer_after_a_speakers_name_and_colon_keeps_no_hearer(pipeline: Pipeline) -> None:
    """A headline's "Name: ..." gives who speaks, not to whom: no "you" is spoken to."""
    assert _targets(pipeline, "Ruto: Kenya is ready to hold talks.", "03") == [None]


def test_an_act_told_to_a_hearer_keeps_its_own_target(pipeline: Pipeline) -> None:
    text = "The Kenyan president told Uganda that Kenya was ready to hold talks with Somalia."
    assert _targets(pipeline, text, "03") == ["SOM"]
