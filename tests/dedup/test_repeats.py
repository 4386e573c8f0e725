"""Through the real pipeline: a second blast is its own event, a retelling of one is not."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.model import Event
from newsevents.pipeline import Pipeline

DAY = dt.date(2021, 5, 4)
FIRST = "KESTREL (AP) -- A bomb exploded in a crowded market on Monday. "


def _bombings(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.code_text(text, DAY).events if e.cameo.code == "183"]


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "A second bomb exploded near a mosque an hour later.",
        "Another bomb went off near a mosque an hour later.",
    ],
)
def test_a_blast_marked_as_one_more_stays_apart(pipeline: Pipeline, second: str) -> None:
    bombings = _bombings(pipeline, FIRST + second)
    assert [e.provenance.sentence_index for e in bombings] == [1, 2]


@pytest.mark.model
def test_the_same_blast_told_again_still_merges(pipeline: Pipeline) -> None:
    again = "The bomb exploded at the height of the morning rush, police said."
    assert len(_bombings(pipeline, FIRST + again)) == 1
