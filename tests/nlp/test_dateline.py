"""A dateline is its own sentence, so its place is never the subject of the lead verb."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "LIMA (Reuters) - Peru's army arrested twelve rebels on Sunday.",
        "LIMA, Peru — Peru's army arrested twelve rebels on Sunday.",
        "Troops detain rebels. LIMA — Peru's army arrested twelve rebels on Sunday.",
    ],
)
def test_the_dateline_is_split_off(pipeline: Pipeline, text: str) -> None:
    sentences = [s.text for s in pipeline.nlp(text).sents]
    assert any(s.rstrip(" -—:").endswith(("LIMA", "LIMA (Reuters)", "Peru")) for s in sentences)
    events = pipeline.code_text(text, dt.date(2021, 5, 3)).events
    sources = {e.provenance.source_span.text for e in events if e.provenance.source_span}
    assert events
    assert not any("LIMA" in s for s in sources), sources


def test_an_ordinary_dash_is_no_dateline(pipeline: Pipeline) -> None:
    text = "The talks - held in secret - ended on Monday."
    assert len(list(pipeline.nlp(text).sents)) == 1
