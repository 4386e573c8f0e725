"""How local papers spell their towns: a dateline's country takes a name that is only an
alias there, a hyphened Arabic article is read however the gazetteer spells it, a march
happens where it sets out, and a locative "outside of" still places the event.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.coding.place.conftest import by_text, places_of

from newsevents.coding.place.find import event_place
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.nlp import parse_text


def test_an_alias_in_the_datelines_country_beats_a_namesake_elsewhere(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "BEIRUT (Reuters) - Fishermen protested at the port of Saida on Friday."
    assert by_text(places_of(nlp, gazetteer, text), "Saida").country == "LBN"
    # Without the dateline the name keeps its own owner, the Algerian province.
    alone = "Fishermen protested at the port of Saida on Friday."
    assert by_text(places_of(nlp, gazetteer, alone), "Saida").country == "DZA"


def test_a_name_the_datelines_country_owns_keeps_its_own_place(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "MEXICO CITY (AP) - Farmers in Mexico blocked roads on Monday."
    mexico = by_text(places_of(nlp, gazetteer, text), "Mexico")
    assert (mexico.name, mexico.feature_code) == ("Mexico", "PCLI")


def test_outside_of_a_town_places_the_event(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Farmers blocked a road in a hamlet outside of the coastal town of Tyre on Monday."
    sentence = parse_text(nlp, text)[0]
    trigger = next(t for t in sentence.tokens if t.text == "blocked")
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    assert place is not None
    assert (place.name, place.role) == ("Tyre", "event")


def test_an_arabic_article_is_found_however_it_is_spelled(gazetteer: Gazetteer) -> None:
    for printed in ("al-Raqqa", "ar-Raqqa", "Al-Raqqa"):
        found = gazetteer.candidates(printed)
        assert {e.country_iso2 for e in found} == {"SY"}, printed
        assert not any(e.by_alternate_name for e in found), printed
    assert [e.name for e in gazetteer.candidates("el-Bireh")] == ["Al Bīrah"]
    assert gazetteer.candidates("al-Zorvanth") == []


def test_an_article_spelling_the_model_tags_as_an_organisation_is_placed(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "Settlers marched through el-Bireh on Friday."
    assert by_text(places_of(nlp, gazetteer, text), "el-Bireh").country == "PSE"


def _stated(nlp: Any, gazetteer: Gazetteer, text: str, verb: str) -> str | None:
    sentence = parse_text(nlp, text)[0]
    trigger = next(t for t in sentence.tokens if t.text == verb)
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    return None if place is None else place.name


def test_a_march_happens_where_it_sets_out(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Nurses marched from Mombasa to Nairobi on Monday."
    assert _stated(nlp, gazetteer, text, "marched") == "Mombasa"
    text = "Nurses staged a march from Kisumu to the parliament in Nairobi on Monday."
    assert _stated(nlp, gazetteer, text, "staged") == "Kisumu"


def test_from_places_no_other_act(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Troops withdrew from Kisumu on Monday."
    assert _stated(nlp, gazetteer, text, "withdrew") is None
