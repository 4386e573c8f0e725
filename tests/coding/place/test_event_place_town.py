"""An event placed in a country or region moves to the sentence's town in it; an event whose
sentence names no place takes the town or district the story keeps naming.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.coding.place.conftest import place_of

from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.model import Place
from newsevents.pipeline import Pipeline


def test_a_country_gives_way_to_the_sentences_town_in_it(nlp: Any, gazetteer: Gazetteer) -> None:
    text = (
        "Delegates at the commission meeting held in Nairobi discussed new investment "
        "in Kenya, officials said."
    )
    place = place_of(nlp, gazetteer, text, "discussed")
    assert place is not None
    assert (place.name, place.country, place.role) == ("Nairobi", "KEN", "sentence")


def test_a_town_of_another_country_does_not_replace_it(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Envoys who flew in from Nairobi discussed new investment in Ghana on Monday."
    place = place_of(nlp, gazetteer, text, "discussed")
    assert place is not None
    assert (place.country, place.feature_class, place.role) == ("GHA", "A", "event")


def test_a_stated_town_stays(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Police in Kenya arrested two men in Mombasa after talks in Nairobi."
    place = place_of(nlp, gazetteer, text, "arrested")
    assert place is not None
    assert (place.name, place.role) == ("Mombasa", "event")


def test_an_event_with_no_place_of_its_own_takes_the_district_the_story_keeps_naming(
    pipeline: Pipeline,
) -> None:
    text = (
        "Guards turned back a visiting choir at the gate of a camp in Tubas on Tuesday, "
        "a local official said. The choir had sung for the families of Tubas for two years. "
        "Many families in Tubas said they felt betrayed by the Palestinian authorities. "
        "On Sunday, camp officials confiscated the choir's instruments."
    )
    events = pipeline.code_text(text, dt.date(2023, 6, 1)).events
    seized = next(e for e in events if e.cameo.code.startswith("171"))
    assert seized.place is not None
    assert (seized.place.name, seized.place.role) == ("Tubas", "article")


def test_a_headline_naming_the_wider_region_takes_the_district_the_story_keeps_naming(
    pipeline: Pipeline,
) -> None:
    text = (
        "Choir leader banned from a West Bank camp. Guards turned back a visiting choir at the "
        "gate of a camp in Tubas on Tuesday, a local official said. The choir had sung for "
        "the families of Tubas for two years. Many families in Tubas said they felt betrayed."
    )
    events = pipeline.code_text(text, dt.date(2023, 6, 1)).events
    banned = next(
        e for e in events if e.provenance.verb_span and e.provenance.verb_span.text == "banned"
    )
    assert banned.place is not None
    assert (banned.place.name, banned.place.role) == ("Tubas", "article")


def _place_of_event(pipeline: Pipeline, text: str, verb: str) -> Place | None:
    events = pipeline.code_text(text, dt.date(2023, 6, 1)).events
    return next(e.place for e in events if e.provenance.verb_span.text == verb)


def test_a_local_subject_places_its_act_rather_than_the_capital_dateline(
    pipeline: Pipeline,
) -> None:
    judge = "WASHINGTON (AP) - A federal judge in Nevada suspended the mining rule on Wednesday."
    place = _place_of_event(pipeline, judge, "suspended")
    assert place is not None
    assert (place.name, place.role) == ("Nevada", "sentence")
    police = "WASHINGTON (AP) - Texas police arrested four protesters on Monday."
    place = _place_of_event(pipeline, police, "arrested")
    assert place is not None
    assert (place.name, place.role) == ("Texas", "sentence")


def test_a_subject_state_around_the_dateline_town_keeps_the_town(pipeline: Pipeline) -> None:
    text = "OKLAHOMA CITY (AP) - Oklahoma lawmakers approved the school budget on Friday."
    place = _place_of_event(pipeline, text, "approved")
    assert place is not None
    assert (place.name, place.role) == ("Oklahoma City", "dateline")


def test_a_subject_nationality_does_not_move_the_event(pipeline: Pipeline) -> None:
    text = "GAZA CITY (AP) - Israeli troops shot two men on Monday."
    place = _place_of_event(pipeline, text, "shot")
    assert place is not None
    assert (place.name, place.role) == ("Gaza", "dateline")
