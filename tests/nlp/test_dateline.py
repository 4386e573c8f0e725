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
        # scraped wire copy without the dash after the agency
        "LIMA (AP) Peru's army arrested twelve rebels on Sunday.",
    ],
)
def test_the_dateline_is_split_off(pipeline: Pipeline, text: str) -> None:
    sentences = [s.text for s in pipeline.nlp(text).sents]
    endings = ("LIMA", "LIMA (Reuters)", "LIMA (AP)", "Peru")
    assert any(s.rstrip(" -—:").endswith(endings) for s in sentences)
    events = pipeline.code_text(text, dt.date(2021, 5, 3)).events
    sources = {e.provenance.source_span.text for e in events if e.provenance.source_span}
    assert events
    assert not any("LIMA" in s for s in sources), sources


def test_an_ordinary_dash_is_no_dateline(pipeline: Pipeline) -> None:
    text = "The talks - held in secret - ended on Monday."
    assert len(list(pipeline.nlp(text).sents)) == 1


def test_a_bracketed_name_without_a_place_in_capitals_is_no_dateline(pipeline: Pipeline) -> None:
    text = "Rebels of the Front (FLN) Leaders met in Lima on Monday."
    assert len(list(pipeline.nlp(text).sents)) == 1


def test_a_blank_line_ends_a_title_and_a_byline(pipeline: Pipeline) -> None:
    """A title and a byline end in no full stop; a blank line still ends them, so the
    byline's name is never the target of the title's verb."""
    text = "Airline Rejects Plea for New Route\n\nBy Staff Reporter\n\nThe airline said no."
    sentences = [s.text.strip() for s in pipeline.nlp(text).sents]
    assert sentences == [
        "Airline Rejects Plea for New Route",
        "By Staff Reporter",
        "The airline said no.",
    ]
    events = pipeline.code_text(text, dt.date(2021, 5, 3)).events
    targets = {e.provenance.target_span.text for e in events if e.provenance.target_span}
    assert not any("Reporter" in t for t in targets), targets


def test_a_single_line_break_does_not_split_a_sentence(pipeline: Pipeline) -> None:
    text = "The army arrested twelve rebels\nnear the border on Sunday."
    assert len(list(pipeline.nlp(text).sents)) == 1
