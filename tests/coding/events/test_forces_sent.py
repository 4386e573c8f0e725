"""Forces shown with no one named sending them: "riot police were deployed", "the roads were
shut and hundreds of riot police brought in". A show of force (root 15) whose target is a
state's own police or army and whose agent is not told is that state's government's act
(`actors.implied.forces_sender`); a bare participle with a subject of its own, coordinated
with a passive ("... and hundreds of police brought in"), is passive too (`Tree.gapped_passive`):
the police are brought, they do not bring."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_police_deployed_by_no_one_named_are_sent_by_their_government(
    pipeline: Pipeline,
) -> None:
    found = events_of(pipeline, "Riot police were deployed across La Paz on Monday.")
    assert dyads_of(found, "15") == [("BOLGOV", "BOLCOP")]


def test_foreign_troops_deployed_are_sent_by_their_own_government(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Paraguayan troops were deployed to the border with Bolivia.")
    assert [s for s, _ in dyads_of(found, "15")] == ["PRYGOV"]


def test_police_brought_in_beside_a_passive_are_brought_not_bringing(
    pipeline: Pipeline,
) -> None:
    found = events_of(
        pipeline,
        "Roads into Sucre were shut on Sunday and hundreds of riot police brought in "
        "before the vote.",
    )
    assert dyads_of(found, "15") == [("BOLGOV", "BOLCOP")]


def test_an_active_verb_beside_a_passive_keeps_its_own_subject(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Two protesters were arrested in La Paz and the police fired tear gas."
    )
    assert [s for s, _ in dyads_of(found, "175")] == ["BOLCOP"]
