"""An attack told in a relative clause about the victims of another act of force is coded.

"Soldiers killed two gunmen who had ambushed a convoy" tells two happenings: the ambush
and the killing that answered it. Relative clauses are otherwise background to their
sentence ("shot a man who was carrying a knife"), and stay so. Own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline


@pytest.mark.model
def test_the_attack_a_killing_answered_is_coded(sentence_coder) -> None:  # type: ignore[no-untyped-def]
    found = {
        (m.trigger.lemma, m.code[:2])
        for m in sentence_coder(
            "Soldiers killed two gunmen who had ambushed a convoy near the pass."
        )
    }
    assert {("kill", "19"), ("ambush", "19")} <= found


@pytest.mark.model
def test_a_relative_clause_that_only_describes_the_victim_stays_background(
    sentence_coder,  # type: ignore[no-untyped-def]
) -> None:
    triggers = [
        m.trigger.lemma for m in sentence_coder("Police shot a man who was carrying a knife.")
    ]
    assert triggers == ["shoot"]


@pytest.mark.model
def test_the_answered_attack_is_not_merged_into_the_shooting(pipeline: Pipeline) -> None:
    text = (
        "DENVER (AP) -- Denver police shot dead a man who had opened fire on officers outside "
        "a bar on Sunday, a police spokesman said."
    )
    events = pipeline.code_text(text, dt.date(2021, 5, 4)).events
    verbs = sorted(e.provenance.verb_span.text for e in events if e.cameo.root == "19")
    assert verbs == ["opened", "shot"]
