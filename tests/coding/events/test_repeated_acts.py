"""Acts done again by others: "Chile recalled its envoy. Peru followed suit." is Peru's recall."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.coding.events.repeats import RepeatWords
from newsevents.errors import DictionaryError
from newsevents.pipeline import Pipeline


@pytest.mark.model
def test_a_measure_taken_by_a_list_of_states_is_each_ones_act(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "Chile recalled its envoy in Moscow on Monday. The minister noted that "
        "such a step was taken as well by Peru, Bolivia and Uruguay.",
    )
    assert dyads_of(found, "161") == [
        ("CHL", "RUSGOV"),
        ("PER", "RUSGOV"),
        ("BOL", "RUSGOV"),
        ("URY", "RUSGOV"),
    ]
    recalls = [e for e in found if e.cameo.code == "161"]
    assert all(e.provenance.rule.endswith("+repeat") for e in recalls[1:])


@pytest.mark.model
def test_following_suit_repeats_the_act_told_before(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Chile recalled its ambassador to Moscow. Peru and Ecuador followed suit."
    )
    assert dyads_of(found, "161") == [("CHL", "RUSGOV"), ("PER", "RUSGOV"), ("ECU", "RUSGOV")]


@pytest.mark.model
def test_doing_the_same_in_the_same_sentence_takes_its_own_date(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "Chile expelled two Russian diplomats on Monday, and Peru did the same on Tuesday.",
    )
    recalls = [e for e in found if e.cameo.code == "161"]
    assert [(e.source.code if e.source else "") for e in recalls] == ["CHL", "PER"]
    assert recalls[1].date.value == dt.date(2023, 5, 30)


@pytest.mark.model
def test_a_like_step_not_taken_is_negated(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Chile expelled two Russian diplomats. Peru did not take a similar step."
    )
    peru = [e for e in found if e.source is not None and e.source.code == "PER"]
    assert [e.modality for e in peru] == ["negated"]


@pytest.mark.model
def test_a_pronoun_doing_the_same_is_left_alone(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Chile expelled two Russian diplomats. They did the same.")
    assert dyads_of(found, "161") == [("CHL", "RUSGOV")]


@pytest.mark.model
def test_a_repeated_act_does_not_make_its_target_the_storys_other_side(
    pipeline: Pipeline,
) -> None:
    """Russia is named once: three states following suit do not make it the side every
    untargeted remark of the story is aimed at."""
    found = events_of(
        pipeline,
        "Chile recalled its ambassador to Moscow. Peru, Bolivia and Ecuador followed suit. "
        "Chile's foreign minister said the step was necessary.",
    )
    assert dyads_of(found, "010") == [("CHLGOV", "")]


def test_a_repeats_file_without_its_lists_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "repeats.yaml"
    broken.write_text("idioms: [follow suit]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="acts"):
        RepeatWords.load(broken)


def test_the_packaged_words_read_idioms_as_verb_and_word() -> None:
    words = RepeatWords.load()
    assert "suit" in words.idioms["follow"]
    assert {"same", "such"} <= words.likeness


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile expelled two Russian diplomats, and so did Peru.",
        "Chile has expelled two Russian diplomats, as has Peru.",
    ],
)
def test_a_bare_auxiliary_after_as_or_so_repeats_the_act(pipeline: Pipeline, text: str) -> None:
    assert dyads_of(events_of(pipeline, text), "161") == [("CHL", "RUSGOV"), ("PER", "RUSGOV")]


@pytest.mark.model
def test_being_worried_as_are_others_is_their_worry_too(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Chilean ministry is deeply worried about the effects of a hasty Brazilian exit, "
        "as are Peru and Bolivia.",
    )
    assert [s for s, _ in dyads_of(found, "11")] == ["CHLGOV", "PER", "BOL"]


@pytest.mark.model
def test_as_is_the_custom_repeats_nothing(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Chile expelled two Russian diplomats, as is the custom.")
    assert dyads_of(found, "161") == [("CHL", "RUSGOV")]
