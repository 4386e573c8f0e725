"""Through the real pipeline: acts of different named speakers stay apart, restatements merge."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.model import Event
from newsevents.pipeline import Pipeline

DAY = dt.date(2021, 5, 4)
LEAD = (
    "MEXICO CITY (AP) -- Presidential candidate Ruben Salcedo said on Monday that Mexico "
    "should suspend its cooperation on drug trafficking. "
)


def _appeals(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.code_text(text, DAY).events if e.cameo.code == "020"]


@pytest.mark.model
def test_a_rival_speaker_of_the_same_party_code_is_a_second_appeal(pipeline: Pipeline) -> None:
    rival = "Rival candidate Marta Elizondo said Mexico should send peace marchers to the border."
    text = LEAD + rival
    appeals = _appeals(pipeline, text)
    assert [e.source.code if e.source else None for e in appeals] == ["MEXPTY", "MEXPTY"]
    spans = {e.provenance.source_span.text for e in appeals if e.provenance.source_span}
    assert spans == {"Presidential candidate Ruben Salcedo", "Rival candidate Marta Elizondo"}


@pytest.mark.model
def test_the_same_speaker_told_again_by_surname_still_merges(pipeline: Pipeline) -> None:
    again = "Speaking to supporters in Puebla, Salcedo said Mexico should halt that cooperation."
    text = LEAD + again
    assert len(_appeals(pipeline, text)) == 1


@pytest.mark.model
def test_joint_subjects_of_one_verb_are_one_appeal(pipeline: Pipeline) -> None:
    text = (
        "MEXICO CITY (AP) -- Presidential candidates Ruben Salcedo and Marta Elizondo said "
        "Mexico should suspend its cooperation on drug trafficking."
    )
    assert len(_appeals(pipeline, text)) == 1
