"""Acts told in passing: a meeting as the time of another act ("spoke after talks with X")
or as the purpose of a journey ("flew to Y to meet X"), an inquiry as the purpose of people
sent ("deployed teams to look into it"), what was done in an act another clause names ("a
raid during which shots were fired at a guard"), and a comment on how an undertaking of force
stands ("said the operation to rout the rebels is nearly finished")."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import events_of

from newsevents.model import Event
from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def consultations(found: list[Event]) -> list[tuple[str, str, str]]:
    """(code, source, target) of the root-04 and root-03 events, in order."""
    return [
        (e.cameo.code, e.source.code if e.source else "", e.target.code if e.target else "")
        for e in found
        if e.cameo.root in ("03", "04")
    ]


def test_whoever_speaks_after_talks_took_part_in_them(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Bolivian foreign minister spoke to reporters after a week of talks with"
        " Paraguayan officials.",
    )
    assert ("046", "BOLGOV", "PRYGOV") in consultations(found), consultations(found)


def test_a_meeting_as_the_time_of_an_act_needs_a_meeting_noun(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The Bolivian foreign minister spoke to reporters after the attack on Paraguay."
    )
    attacks = [e for e in found if e.cameo.root in ("18", "19")]
    assert attacks, "the attack is coded"
    assert all(e.source is None or e.source.country != "BOL" for e in attacks), [
        (e.cameo.code, e.source) for e in attacks
    ]


def test_the_meeting_a_journey_is_made_for_is_coded(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The Bolivian minister flew to Asuncion on Saturday to meet Paraguayan officials."
    )
    assert ("040", "BOLGOV", "PRYGOV") in consultations(found), consultations(found)


def test_the_purpose_of_an_announced_journey_is_announced_too(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Bolivian president will travel to Asuncion next week to meet the Paraguayan"
        " president.",
    )
    meetings = [e for e in found if e.cameo.root in ("03", "04")]
    assert meetings, "the trip is coded"
    assert all(e.cameo.root == "03" for e in meetings), consultations(found)
    assert all(e.modality == "planned" for e in meetings), [e.modality for e in meetings]


def test_a_team_sent_to_investigate_investigates_for_its_sender(pipeline: Pipeline) -> None:
    """The parser often reads "teams to look into" as a relative clause of "teams"; the
    people sent act for whoever sent them."""
    found = events_of(
        pipeline,
        "The Bolivian Army and the Andean Border Mission (ABM) deployed teams to look into the"
        " matter.",
    )
    investigators = [e.source.code[:3] for e in found if e.cameo.root == "09" and e.source]
    assert "BOL" in investigators, [(e.cameo.code, e.source) for e in found]


def test_a_relative_clause_set_in_an_act_tells_news_of_its_own(pipeline: Pipeline) -> None:
    """The arrests are the main news; the shots fired in the course of the raid are news too."""
    text = (
        "Police in Ohio arrested three men after a raid during which a dozen shots were fired"
        " at a police officer."
    )
    shots = [e for e in events_of(pipeline, text) if e.cameo.root in ("18", "19")]
    assert [e.target.code if e.target else "" for e in shots] == ["USACOP"], shots


def test_a_relative_clause_whose_subject_is_the_act_only_describes_it(
    pipeline: Pipeline,
) -> None:
    """ "the raid that wounded a guard" has no agent of its own: the arrests stay the news."""
    text = "Police in Ohio arrested three men after a raid that wounded a police officer."
    assert [e.cameo.root for e in events_of(pipeline, text)] == ["17"]


def test_saying_how_an_operation_stands_comments_on_it(pipeline: Pipeline) -> None:
    """The routing is what the operation is for, not news told here: the comment is the act,
    aimed where the operation is."""
    text = (
        "A Kenyan army spokeswoman said that the operation to rout the rebels in Kismayo is"
        " nearly finished."
    )
    found = [(e.cameo.code, e.target and e.target.country) for e in events_of(pipeline, text)]
    assert found == [("010", "SOM")], found


def test_an_operation_told_with_its_agent_stays_news(pipeline: Pipeline) -> None:
    text = (
        "Officials said the operation to rout the rebels in Kismayo was launched by Kenyan troops."
    )
    assert "19" in [e.cameo.root for e in events_of(pipeline, text)]
