"""Modality rules, one family at a time, on sentences written for these tests.

Each case parses a sentence with the real English model, picks the trigger token
by its text and checks the class. Sentences are our own; none comes from the
gold sets or the seed article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.coding.attribution.cues import Cues
from newsevents.coding.attribution.modality import classify_modality, in_condition_clause
from newsevents.model import Sentence, Token

PUBLISHED = dt.date(2021, 3, 4)
CUES = Cues.load()


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsevents.nlp import load_language

    return load_language()


def trigger_of(nlp: Any, text: str, word: str, nth: int = 0) -> tuple[Sentence, Token]:
    from newsevents.nlp import parse_text

    for sentence in parse_text(nlp, text):
        hits = [t for t in sentence.tokens if t.text == word]
        if len(hits) > nth:
            return sentence, hits[nth]
    raise AssertionError(f"{word!r} not in {text!r}")


def modality(
    nlp: Any,
    text: str,
    word: str,
    code: str = "190",
    year: int | None = None,
    published: dt.date | None = PUBLISHED,
) -> str:
    sentence, trig = trigger_of(nlp, text, word)
    return classify_modality(sentence, trig, code, year, published, cues=CUES)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels attacked a police station near the capital.", "attacked"),
        ("Police arrested dozens of protesters on Sunday.", "arrested"),
        ("The rebels said they had seized the airport.", "seized"),
        ("The agency reported that gunmen stormed a hotel.", "stormed"),
    ],
)
def test_plain_reports_are_asserted(nlp: Any, text: str, word: str) -> None:
    assert modality(nlp, text, word, year=2021) == "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army did not attack the village.", "attack"),
        ("The militia didn't shell the market.", "shell"),
        ("Government troops never shelled the refugee camp, the minister insisted.", "shelled"),
        ("The ministry denied that its soldiers had fired on the protesters.", "fired"),
        ("Beijing has refused to meet the delegation.", "meet"),
        ("The talks failed to produce a ceasefire.", "produce"),
        ("No warplanes crossed the border overnight.", "crossed"),
    ],
)
def test_negation(nlp: Any, text: str, word: str) -> None:
    assert modality(nlp, text, word) == "negated"


def test_the_refusal_itself_is_asserted(nlp: Any) -> None:
    """Rejecting is the event (CAMEO 12x): only what was refused is negated."""
    text = "Beijing has refused to meet the delegation."
    assert modality(nlp, text, "refused", code="125") == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Tehran threatened to close the strait.", "threatened", "138"),
        ("The militia warned that it would storm the town.", "storm", "190"),
        ("The junta threatened to expel foreign reporters.", "expel", "174"),
    ],
)
def test_threats(nlp: Any, text: str, word: str, code: str) -> None:
    assert modality(nlp, text, word, code=code) == "threatened"


def test_threat_with_a_condition_stays_a_threat(nlp: Any) -> None:
    text = "The regime threatened to cut off the power supply if the protests continued."
    assert modality(nlp, text, "threatened", code="1312") == "threatened"
    assert modality(nlp, text, "continued", code="141") == "conditional"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pyongyang will retaliate if Seoul goes ahead with the drills.", "goes"),
        ("Pyongyang will retaliate if Seoul goes ahead with the drills.", "retaliate"),
        ("The union will strike unless the government raises wages.", "strike"),
        ("The rebels would free the hostages if the army withdrew.", "free"),
    ],
)
def test_conditions(nlp: Any, text: str, word: str) -> None:
    assert modality(nlp, text, word) == "conditional"


def test_condition_clause_is_told_apart_from_its_consequence(nlp: Any) -> None:
    text = "Pyongyang will retaliate if Seoul goes ahead with the drills."
    sentence, antecedent = trigger_of(nlp, text, "goes")
    _, consequent = trigger_of(nlp, text, "retaliate")
    assert in_condition_clause(sentence, antecedent, CUES)
    assert not in_condition_clause(sentence, consequent, CUES)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The two presidents will meet in Geneva.", "meet", "036"),
        ("Ankara plans to expel the ambassador.", "expel", "1663"),
        ("The minister is expected to visit Nairobi.", "visit", "042"),
        ("The envoys agreed to hold talks next week.", "agreed", "036"),
        ("The envoys agreed to hold talks next week.", "hold", "036"),
        ("Both governments vowed to end hostilities.", "vowed", "030"),
        ("The foreign minister said Canada would expel two diplomats.", "expel", "1663"),
        ("The planned summit was announced by both capitals.", "summit", "036"),
    ],
)
def test_plans_and_intentions(nlp: Any, text: str, word: str, code: str) -> None:
    assert modality(nlp, text, word, code=code) == "planned"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sanctions could hurt the economy of the island.", "hurt"),
        ("The navy might seize the tanker.", "seize"),
        ("A blockade would devastate the region.", "devastate"),
        ("The opposition urged the president to release the prisoners.", "release"),
    ],
)
def test_hypothetical(nlp: Any, text: str, word: str) -> None:
    assert modality(nlp, text, word) == "hypothetical"


def test_the_request_itself_is_asserted(nlp: Any) -> None:
    text = "The opposition urged the president to release the prisoners."
    assert modality(nlp, text, "urged", code="102") == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "year"),
    [
        (
            "The joint commission was established in 2016 to ease border disputes.",
            "established",
            2016,
        ),
        (
            "Lima urged Quito to abide by the 2015 accord, under which both navies pledged to stop "
            "patrols.",
            "pledged",
            None,
        ),
        ("The bridge had been destroyed in a 2017 flood.", "destroyed", None),
        ("The bridge had been destroyed by shelling last year.", "destroyed", 2020),
        ("The ceasefire was signed in 2012.", "signed", None),
    ],
)
def test_background_is_historical(nlp: Any, text: str, word: str, year: int | None) -> None:
    assert modality(nlp, text, word, code="057", year=year) == "historical"


def test_recent_past_perfect_in_reported_speech_is_not_background(nlp: Any) -> None:
    """ "said the office had been blown up" reports today's news, not history."""
    text = "Seoul also said the depot had been blown up."
    assert modality(nlp, text, "blown", code="1712", year=2021) == "asserted"


def test_last_year_in_simple_past_is_news_not_background(nlp: Any) -> None:
    text = "Police arrested dozens of protesters in December."
    assert modality(nlp, text, "arrested", year=2020) == "asserted"


def test_a_year_dating_another_phrase_is_no_background(nlp: Any) -> None:
    """The time coder may date the event by a year written on a nearby noun; the year is not
    on the trigger, so the event stays news."""
    text = "The ministry called on Quito to respect the 2015 accord."
    assert modality(nlp, text, "called", code="102", year=2015) == "asserted"


def test_no_publication_date_means_no_background(nlp: Any) -> None:
    text = "The ceasefire was signed in 2012."
    assert modality(nlp, text, "signed", code="057", published=None) == "asserted"


def test_precedence_negation_over_plan(nlp: Any) -> None:
    text = "The two presidents will not meet in Geneva."
    assert modality(nlp, text, "meet", code="036") == "negated"


def test_cues_are_read_from_an_explicit_file(nlp: Any, tmp_path: Any) -> None:
    """A user's own cue file replaces the packaged lists it names."""
    from pathlib import Path

    packaged = Path(__file__).resolve().parents[3] / "src/newsevents/coding/data/cues"
    text = (packaged / "modality.yaml").read_text(encoding="utf-8")
    custom = tmp_path / "modality.yaml"
    custom.write_text(text.replace("  - could\n", ""), encoding="utf-8")
    cues = Cues.load([custom])
    sentence, trig = trigger_of(nlp, "Sanctions could hurt the economy of the island.", "hurt")
    assert classify_modality(sentence, trig, "17", None, PUBLISHED, cues=cues) == "asserted"


def test_a_refusal_or_denial_is_not_a_negated_event(nlp: Any) -> None:
    text = "The union said it will not accept the new wage offer."
    assert modality(nlp, text, "accept", code="1211") != "negated"
    assert modality(nlp, text, "accept", code="0311") == "negated"
