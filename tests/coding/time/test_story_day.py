"""An undated event takes the story's day (the lead's) before the publication date.

Every sentence here is written for these tests; the real spaCy model parses them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.coding.time.event_date import event_date
from newsevents.coding.time.tagger import find_timexes
from newsevents.model import EventDate

WED = dt.date(2020, 6, 17)


@pytest.fixture(scope="module")
def nlp() -> Any:
    from newsevents.nlp import load_language

    return load_language([])


def date_of(nlp: Any, text: str, word: str) -> EventDate:
    from newsevents.nlp import parse_text

    timexes = find_timexes(text, WED)
    for sentence in parse_text(nlp, text):
        for token in sentence.tokens:
            if token.text == word:
                return event_date(sentence, token, timexes, WED)
    raise AssertionError(f"{word!r} not in {text!r}")


def test_an_undated_event_takes_the_leads_day(nlp: Any) -> None:
    text = (
        "The mayor of Orville resigned on Monday after a week of protests. "
        "Council members had accused him of misusing public funds."
    )
    when = date_of(nlp, text, "accused")
    assert (when.value, when.date_from) == (dt.date(2020, 6, 15), "article")
    assert when.span is not None
    assert when.span.text.endswith("Monday")


def test_the_first_recent_day_is_the_storys(nlp: Any) -> None:
    text = (
        "The mayor of Orville resigned on Monday. On Tuesday he left the town. "
        "Party officials criticised him."
    )
    assert date_of(nlp, text, "criticised").value == dt.date(2020, 6, 15)


def test_an_old_date_is_background_not_the_storys_day(nlp: Any) -> None:
    text = "The plant was raided on March 3, 2019. Agents arrested forty workers."
    when = date_of(nlp, text, "arrested")
    assert (when.value, when.date_from) == (WED, "publication")


def test_a_later_sentence_date_does_not_date_an_earlier_event(nlp: Any) -> None:
    text = "Party officials criticised the mayor. He resigned on Monday."
    when = date_of(nlp, text, "criticised")
    assert (when.value, when.date_from) == (WED, "publication")


def test_a_sentence_opening_day_takes_its_own_sentences_tense() -> None:
    text = "Critics say the plan will raise taxes. On Thursday, the governor said she would sign."
    (thursday,) = find_timexes(text, WED)
    assert thursday.value == "2020-06-11"  # the Thursday before, not the one after
