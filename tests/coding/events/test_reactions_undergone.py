"""Reactions told from the side of whoever undergoes them: "Peru faced criticism from
Chile", "the plan drew protests from farmers", "received aid from Japan". The subject of
"face", "draw", "receive" is acted upon; the `from` phrase acts, also when the reaction is told in a
relative clause about what drew it ("the march, which drew criticism from X, ...")."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_criticism_faced_is_aimed_at_the_subject(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia faced sharp criticism from Paraguay over the dam.")
    assert dyads_of(found, "11") == [("PRY", "BOL")]


def test_protests_drawn_are_the_from_phrases(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The new tax drew angry protests from Bolivian farmers.")
    sources = [s for s, _ in dyads_of(found, "14")]
    assert sources, [e.cameo.code for e in found]
    assert all(s.startswith("BOL") for s in sources)


def test_aid_received_is_given_by_the_from_phrase(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia received emergency aid from Paraguay after the floods.")
    assert dyads_of(found, "07") == [("PRY", "BOL")]


def test_a_withdrawal_from_a_place_is_not_done_by_the_place(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The withdrawal from Bolivia was completed in December.")
    assert all(e.source is None for e in found if e.cameo.root == "08")


def test_criticism_drawn_in_a_relative_clause_is_news_beside_the_main_clause(
    pipeline: Pipeline,
) -> None:
    """The reaction is told about the march, whose dispersal is the main clause's news."""
    found = events_of(
        pipeline,
        "The march of Honduran farmers, which drew criticism from the Guatemalan president,"
        " has begun to disperse.",
    )
    assert dyads_of(found, "11") == [("GTMGOV", "HNDAGR")], [e.cameo.code for e in found]
    assert dyads_of(found, "08"), [e.cameo.code for e in found]


def test_a_reaction_drawn_from_no_one_named_is_no_event(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The march of Honduran farmers, which drew criticism, has begun to disperse."
    )
    assert not dyads_of(found, "11"), [e.cameo.code for e in found]


def test_backing_received_is_given_by_the_from_phrase(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia got firm backing from Paraguay over the dam.")
    assert dyads_of(found, "051") == [("PRY", "BOL")]


def test_backing_of_a_plan_is_not_aimed_at_its_backer(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The dam plan has the backing of Paraguay.")
    assert all(t != "PRY" for _, t in dyads_of(found, "05"))
