"""A past participle describing a noun is background ("the activists arrested in the
capital"), but one dated by a time phrase of its own ("the activists arrested on Monday",
"lawyers held during the last week") tells an act that happened: news beside the main
clause."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


@pytest.mark.parametrize("when", ["on Monday", "over the past week"])
def test_an_arrest_dated_in_a_participle_is_news(pipeline: Pipeline, when: str) -> None:
    found = events_of(
        pipeline,
        f"The Chilean minister ordered all the activists arrested {when} to be freed.",
    )
    assert dyads_of(found, "17") == [("CHLCOP", "CHLCVL")], [e.cameo.code for e in found]
    assert dyads_of(found, "08"), [e.cameo.code for e in found]


def test_an_undated_participle_stays_background(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Chilean minister ordered all the activists arrested in the capital to be freed.",
    )
    assert not dyads_of(found, "17"), [e.cameo.code for e in found]
    assert dyads_of(found, "08"), [e.cameo.code for e in found]
