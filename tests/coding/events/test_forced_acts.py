"""What a cause forced someone to do is news even when told inside a relative clause about
the cause ("a wave of attacks, which forced the president to declare a state of
emergency"); a state of emergency or curfew told with no place is laid on the declaring
state's own country (sentences of our own)."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_a_declaration_forced_in_a_relative_clause_is_an_event(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The envoy's trip took place during a series of attacks in Zambia, which forced the "
        "Zambian "
        "president to declare a state of emergency.",
    )
    assert dyads_of(found, "17") == [("ZMBGOV", "ZMB")], [(e.cameo.code, e.target) for e in found]


def test_a_plain_relative_clause_stays_background(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Zambian president, who visited Malawi last year, criticised the Kenyan government.",
    )
    assert [e.cameo.root for e in found] == ["11"], [e.cameo.code for e in found]


def test_a_curfew_with_no_place_is_laid_on_the_own_country(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Zambian government imposed a night-time curfew on Friday.")
    assert dyads_of(found, "17") == [("ZMBGOV", "ZMB")], [(e.cameo.code, e.target) for e in found]
