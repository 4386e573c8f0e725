"""Negation told as "no longer": the parser hangs its "no" on "longer", not on the verb, yet
"no longer recognises" rejects (12x) as "does not recognise" does, and a warning that a
group "would no longer fold its arms" announces action (13x), as "would not" does."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_no_longer_recognising_is_a_rejection(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Kenya no longer recognises the government of Somalia.")
    assert dyads_of(found, "12") == [("KEN", "SOMGOV")], [e.cameo.code for e in found]
    assert not dyads_of(found, "05"), [e.cameo.code for e in found]


def test_warning_of_no_longer_folding_arms_is_a_threat(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Kenyan opposition warned that it would no longer fold its arms while its members"
        " were arrested.",
    )
    assert [s for s, _ in dyads_of(found, "13")] == ["KENOPP"], [e.cameo.code for e in found]


def test_folded_arms_are_no_threat(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Kenyan teachers folded their arms and waited for the vote.")
    assert not dyads_of(found, "13"), [e.cameo.code for e in found]
