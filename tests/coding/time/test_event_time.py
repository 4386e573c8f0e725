"""Linking an event trigger to the temporal expression that governs it.

The parse-based tests run the real spaCy model (loaded once per session); the
fallback tests use hand-built tokens, which is what the data model is for.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.coding.time.event_date import event_date
from newsevents.coding.time.tagger import find_timexes
from newsevents.model import EventDate, Sentence, Span, Token

WED = dt.date(2020, 6, 17)


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsevents.nlp import load_language

    return load_language([])


def date_of(nlp: Any, text: str, word: str, published: dt.date | None = WED) -> EventDate:
    from newsevents.nlp import parse_text

    sentences = parse_text(nlp, text)
    timexes = find_timexes(text, published)
    for sentence in sentences:
        for token in sentence.tokens:
            if token.text == word:
                return event_date(sentence, token, timexes, published)
    raise AssertionError(f"{word!r} not in {text!r}")


def test_each_event_gets_its_own_governing_date(nlp: Any) -> None:
    text = "The governor said on Monday that rebels attacked the depot yesterday."
    attack = date_of(nlp, text, "attacked")
    saying = date_of(nlp, text, "said")
    assert (attack.value, attack.date_from, attack.timex) == (
        dt.date(2020, 6, 16),
        "text",
        "2020-06-16",
    )
    assert (saying.value, saying.date_from, saying.timex) == (
        dt.date(2020, 6, 15),
        "text",
        "2020-06-15",
    )
    assert attack.span is not None
    assert attack.span.text == "yesterday"


def test_relative_clause_keeps_its_own_date(nlp: Any) -> None:
    text = "The envoy, who arrived last week, met the president on Tuesday."
    arrived = date_of(nlp, text, "arrived")
    met = date_of(nlp, text, "met")
    assert (arrived.timex, arrived.precision) == ("2020-W24", "week")
    assert arrived.value == dt.date(2020, 6, 8)
    assert (met.timex, met.precision) == ("2020-06-16", "day")


def test_noun_trigger_takes_its_modifier(nlp: Any) -> None:
    bombing = date_of(nlp, "The bombing on Sunday killed five people.", "bombing")
    assert (bombing.timex, bombing.date_from) == ("2020-06-14", "text")


def test_coarse_precision_is_kept(nlp: Any) -> None:
    seized = date_of(nlp, "In 2018, the army seized the port.", "seized")
    assert (seized.value, seized.precision, seized.timex) == (dt.date(2018, 1, 1), "year", "2018")


def test_publication_date_when_the_sentence_has_none(nlp: Any) -> None:
    arrested = date_of(nlp, "Police arrested ten protesters in the capital.", "arrested")
    assert arrested == EventDate(WED, "day", "publication", "2020-06-17")


def test_unknown_without_any_date(nlp: Any) -> None:
    arrested = date_of(nlp, "Police arrested ten protesters.", "arrested", published=None)
    assert arrested == EventDate(None, "unknown", "none")


def test_durations_do_not_date_an_event(nlp: Any) -> None:
    talks = date_of(nlp, "The delegates talked for three days.", "talked")
    assert talks.date_from == "publication"


def _token(i: int, text: str, head: int, start: int, dep: str = "dep", pos: str = "X") -> Token:
    return Token(i, text, text.lower(), pos, pos, dep, head, start, start + len(text))


def _sentence(words: list[tuple[str, int, str]]) -> Sentence:
    """A hand-built parse: (word, head index, POS) with single spaces between words."""
    tokens, start = [], 0
    for i, (word, head, pos) in enumerate(words):
        tokens.append(_token(i, word, head, start, pos=pos))
        start += len(word) + 1
    text = " ".join(word for word, _, _ in words)
    return Sentence(0, Span(0, len(text), text), tuple(tokens))


def test_sentence_date_when_unambiguous_but_not_governing() -> None:
    # "Troops attacked . Talks ended yesterday" as one sentence whose second
    # clause is not on the trigger's head path (a fragment parse).
    sentence = _sentence(
        [("Troops", 1, "NOUN"), ("attacked", 1, "VERB"), ("and", 1, "CCONJ"),
         ("talks", 4, "NOUN"), ("ended", 4, "VERB"), ("yesterday", 4, "NOUN")]
    )  # fmt: skip
    timexes = find_timexes(sentence.text, WED)
    result = event_date(sentence, sentence.tokens[1], timexes, WED)
    assert (result.value, result.date_from) == (dt.date(2020, 6, 16), "sentence")


def test_ambiguous_sentence_falls_back_to_publication() -> None:
    sentence = _sentence(
        [("Troops", 1, "NOUN"), ("attacked", 1, "VERB"), ("and", 1, "CCONJ"),
         ("talks", 4, "NOUN"), ("ended", 4, "VERB"), ("yesterday", 4, "NOUN"), ("and", 4, "X"),
         ("resumed", 7, "VERB"), ("today", 7, "NOUN")]
    )  # fmt: skip
    timexes = find_timexes(sentence.text, WED)
    result = event_date(sentence, sentence.tokens[1], timexes, WED)
    assert result.date_from == "publication"


def test_timexes_outside_the_sentence_are_ignored() -> None:
    sentence = _sentence([("Troops", 1, "NOUN"), ("attacked", 1, "VERB")])
    elsewhere = find_timexes("x" * 40 + " yesterday", WED)
    result = event_date(sentence, sentence.tokens[1], elsewhere, WED)
    assert result.date_from == "publication"


def test_a_date_that_labels_a_noun_does_not_date_the_sentence(nlp: Any) -> None:
    published = dt.date(2021, 9, 8)
    text = "The envoy urged the rebels to honour the 2015 accord and return to talks."
    result = date_of(nlp, text, "urged", published)
    assert result.date_from == "publication"
    assert result.value == published


def test_a_free_date_still_dates_the_sentence(nlp: Any) -> None:
    text = "In 2015, under pressure from its neighbours, the junta signed the accord."
    result = date_of(nlp, text, "signed", dt.date(2021, 9, 8))
    assert result.value is not None
    assert result.value.year == 2015


def test_a_date_of_another_clause_does_not_date_the_event(nlp: Any) -> None:
    text = "The agency said the border crossing, which had been shut since March, was reopened."
    result = date_of(nlp, text, "said", dt.date(2021, 9, 8))
    assert result.date_from == "publication"
