"""An active verb coordinated with a passive shares the passive's grammatical subject, not
its `by` agent: "troops were attacked by militants and killed three of them" is the troops'
killing; a bare participle sharing the passive's auxiliary ("was arrested and charged") is
passive too and keeps its own agent."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_the_attacked_troops_do_the_killing(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Kenyan troops were attacked by Somali militants and killed three of them."
    )
    sources = [s for s, _ in dyads_of(found, "19")]
    assert sources == ["SOMREB", "KENMIL"], [e.cameo.code for e in found]


def test_a_sacked_minister_joins_the_opposition_himself(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The Kenyan minister was sacked last year and later joined the opposition."
    )
    assert dyads_of(found, "050") == [("KENGOV", "KENOPP")], [e.cameo.code for e in found]


def test_the_support_after_a_denied_engagement_is_the_subjects(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "Canada is not engaged in the war in Chile, but has supported the Chilean army with"
        " refueling and intelligence.",
    )
    assert dyads_of(found, "06") == [("CAN", "CHLMIL")], [e.cameo.code for e in found]


def test_a_participle_sharing_the_auxiliary_stays_passive(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Kenyan activist was arrested and charged with treason.")
    sources = [s for s, _ in dyads_of(found, "11")]
    assert sources, [e.cameo.code for e in found]
    assert "KENCVL" not in sources, sources
