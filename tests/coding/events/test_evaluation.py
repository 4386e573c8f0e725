"""Statements that judge their target become criticism or praise (sentences of our own)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.coding.events.evaluation import EvaluationWords
from newsevents.errors import DictionaryError
from newsevents.pipeline import Pipeline


def test_polarity_needs_one_side_only() -> None:
    words = EvaluationWords.load()
    assert words.polarity(["the", "regime", "is", "brutal"]) == -1
    assert words.polarity(["a", "fruitful", "meeting"]) == 1
    assert words.polarity(["brutal", "but", "fruitful"]) == 0
    assert words.polarity(["war", "criminal"]) == -1  # a two-word cue
    assert words.polarity(["talks", "ended"]) == 0


def test_user_words_are_added_and_checked(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("negative: [kleptocrat]\n", encoding="utf-8")
    assert EvaluationWords.load([extra]).polarity(["a", "kleptocrat"]) == -1
    extra.write_text("angry: [x]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"mine\.yaml"):
        EvaluationWords.load([extra])


@pytest.mark.model
def test_a_quoted_judgement_codes_the_speaker_toward_its_target(pipeline: Pipeline) -> None:
    text = '"Assad is a brutal dictator," the French foreign minister told reporters.'
    coded = pipeline.code_text(text, dt.date(2016, 4, 2))
    codes = {(e.cameo.code, e.target.country if e.target else None) for e in coded.events}
    assert ("111", "SYR") in codes, codes


def test_the_words_of_news_criticism_and_praise_are_known() -> None:
    """Real news judges in plainer words than the manual: a charge called groundless, a
    government that erred, a meddling neighbour, a step forward."""
    words = EvaluationWords.load()
    for judged in (["the", "charges", "are", "groundless"], ["the", "ministry", "erred"]):
        assert words.polarity(judged) == -1, judged
    assert words.polarity(["foreign", "meddling"]) == -1
    assert words.polarity(["a", "step", "forward", "for", "peace"]) == 1
    assert words.polarity(["a", "false", "start"]) == -1  # quoted in YAML: not a boolean


@pytest.mark.model
def test_a_statement_calling_a_charge_unfounded_is_criticism(pipeline: Pipeline) -> None:
    text = "The Estonian foreign minister said the Kremlin had erred and its claims were unfounded."
    coded = pipeline.code_text(text, dt.date(2021, 4, 2))
    codes = {(e.cameo.code, e.target.country if e.target else None) for e in coded.events}
    assert ("111", "RUS") in codes, codes


@pytest.mark.model
def test_calling_an_act_inappropriate_criticises(pipeline: Pipeline) -> None:
    day = dt.date(2021, 6, 2)
    for text in (
        "The Zambian opposition leader said the police acted in an inappropriate way.",
        "The Zambian opposition leader said President Lungu made an inappropriate remark.",
    ):
        codes = [e.cameo.code for e in pipeline.code_text(text, day).events]
        assert "111" in codes, (text, codes)


@pytest.mark.model
def test_calling_something_a_name_is_a_statement_about_it(pipeline: Pipeline) -> None:
    day = dt.date(2021, 6, 2)
    coded = pipeline.code_text("The Zambian minister called the explosion a terrorist act.", day)
    codes = [e.cameo.code for e in coded.events]
    assert codes == ["111"], codes
    assert coded.events[0].target is not None
    neutral = pipeline.code_text("The Zambian minister called the decision a family matter.", day)
    assert [e.cameo.code[:2] for e in neutral.events] == ["01"]
    appeal = pipeline.code_text("The Zambian minister called on Chile to free the crew.", day)
    assert all(e.cameo.code.startswith("02") for e in appeal.events)


@pytest.mark.model
def test_a_thing_judged_in_a_statement_is_criticised(pipeline: Pipeline) -> None:
    text = "The Zambian opposition leader said the new tax was a disgrace."
    codes = [e.cameo.code for e in pipeline.code_text(text, dt.date(2021, 6, 2)).events]
    assert "111" in codes, codes


@pytest.mark.model
def test_troubled_by_read_as_a_passive_is_still_disapproval(pipeline: Pipeline) -> None:
    text = "The Zambian senator said she was deeply troubled by the new tax."
    events = pipeline.code_text(text, dt.date(2021, 6, 2)).events
    disapproval = [e for e in events if e.cameo.code.startswith("11")]
    assert disapproval, [e.cameo.code for e in events]
    assert disapproval[0].source is not None
    assert disapproval[0].source.code == "ZMBLEG"


@pytest.mark.model
def test_describing_something_beside_another_act_is_a_judgement_of_its_own(
    pipeline: Pipeline,
) -> None:
    """ "urged X to stop ..., describing the raids as a disgrace": the description names what
    it judges, so it is not a statement that merely credits the appeal."""
    text = (
        "The Zambian minister urged Malawi to stop the evictions, "
        'describing the evictions as "a national disgrace."'
    )
    codes = [e.cameo.code for e in pipeline.code_text(text, dt.date(2021, 4, 2)).events]
    assert "111" in codes, codes
    assert [c for c in codes if c.startswith("02")], codes


@pytest.mark.model
def test_saying_someone_failed_you_criticises_them(pipeline: Pipeline) -> None:
    text = "The Zambian farmers union said the ministry had failed rural families for years."
    events = pipeline.code_text(text, dt.date(2021, 6, 2)).events
    assert [(e.cameo.code, e.target.code if e.target else None) for e in events] == [
        ("111", "ZMBGOV")
    ]
