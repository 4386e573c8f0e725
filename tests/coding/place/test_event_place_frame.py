"""An act done on a visit happens where the visit went; a country that only says what the act
was about does not place it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.coding.place.conftest import place_of

from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.pipeline import Pipeline


def test_an_act_on_a_visit_is_placed_at_the_visits_town(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "On a short visit to Nairobi, the Danish minister condemned the fighting in Ghana."
    place = place_of(nlp, gazetteer, text, "condemned")
    assert place is not None
    assert (place.name, place.country, place.role) == ("Nairobi", "KEN", "event")


def test_a_summits_town_beats_the_country_the_act_is_about(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "The envoy denounced the war in Ghana at a summit in Nairobi."
    place = place_of(nlp, gazetteer, text, "denounced")
    assert place is not None
    assert (place.name, place.role) == ("Nairobi", "event")


def test_a_visit_only_announced_places_nothing(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "The minister announced a visit to Nairobi next month."
    assert place_of(nlp, gazetteer, text, "announced") is None


def test_a_town_that_qualifies_another_noun_frames_nothing(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "The envoy denounced the war in Ghana and the demolition of homes in Nairobi."
    place = place_of(nlp, gazetteer, text, "denounced")
    assert place is not None
    assert (place.name, place.country) == ("Ghana", "GHA")


def test_a_criticism_made_on_a_visit_is_coded_at_the_visits_town(pipeline: Pipeline) -> None:
    text = (
        "During a visit to Nairobi on Monday, the Danish foreign minister criticised "
        "the war in Ghana."
    )
    events = pipeline.code_text(text, dt.date(2024, 3, 1)).events
    criticism = next(e for e in events if e.cameo.code.startswith("11"))
    assert criticism.place is not None
    assert (criticism.place.name, criticism.place.role) == ("Nairobi", "event")
