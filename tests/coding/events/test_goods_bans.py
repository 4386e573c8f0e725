"""A ban on another country's goods is an embargo (163), not a restriction at home (172):
"Bolivia's ban on Chilean wine" is aimed at Chile as a trade measure, while "a ban on
protests" stays a restriction of the state's own people."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_a_ban_on_foreign_goods_is_an_embargo_on_their_country(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia's ban on Chilean wine angered Santiago.")
    assert dyads_of(found, "163") == [("BOL", "CHL")]
    assert not dyads_of(found, "172")


def test_a_ban_on_protests_stays_a_restriction_at_home(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Bolivia's ban on protests angered the opposition.")
    assert dyads_of(found, "172")
    assert not dyads_of(found, "163")
