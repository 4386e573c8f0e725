"""Toponyms found and resolved in context; the event's own place read from the parse.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.coding.place.conftest import by_text, places_of

from newsevents.coding.place.find import event_place, find_places
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.model import Article, ParsedArticle, Sentence, Token
from newsevents.nlp import parse_text


def test_population_prior_picks_the_big_city(nlp: Any, gazetteer: Gazetteer) -> None:
    paris = by_text(places_of(nlp, gazetteer, "Ministers met in Paris on Monday."), "Paris")
    assert paris.country == "FRA"
    assert paris.feature_class == "P"
    assert paris.span is not None
    assert paris.span.start == "Ministers met in Paris".index("Paris")


def test_bare_country_name_is_the_country(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Farmers in Georgia and Armenia sold less wine to Russia this year."
    georgia = by_text(places_of(nlp, gazetteer, text), "Georgia")
    assert georgia.country == "GEO"
    assert georgia.feature_class == "A"


def test_co_mentioned_country_decides(nlp: Any, gazetteer: Gazetteer) -> None:
    alone = by_text(places_of(nlp, gazetteer, "Clashes broke out in Tripoli."), "Tripoli")
    text = "Clashes broke out in Tripoli, and the army of Lebanon moved in."
    with_lebanon = by_text(places_of(nlp, gazetteer, text), "Tripoli")
    assert alone.country == "LBY"
    assert with_lebanon.country == "LBN"


def test_dateline_sets_the_context(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "BEIRUT (Reuters) - Fighting in Tripoli killed three people on Monday."
    places = places_of(nlp, gazetteer, text)
    dateline = by_text(places, "BEIRUT")
    assert dateline.role == "dateline"
    assert dateline.country == "LBN"
    assert by_text(places, "Tripoli").country == "LBN"


def test_a_dateline_after_a_title_and_teaser_is_still_the_dateline(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    """Scraped pages put a title and a teaser before the wire copy; a title's own places
    stay ordinary mentions."""
    text = (
        "Flood waters rise in Salzburg. Our reporter follows the story from the "
        "riverbank. VIENNA — Rescue teams evacuated three villages on Monday."
    )
    places = places_of(nlp, gazetteer, text)
    assert by_text(places, "VIENNA").role == "dateline"
    assert by_text(places, "Salzburg").role == "mentioned"


def test_a_bracketed_dateline_on_its_own_line(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Storm hits the coast\n\n(MIAMI) — The storm knocked out power on Tuesday."
    dateline = by_text(places_of(nlp, gazetteer, text), "MIAMI")
    assert (dateline.role, dateline.country) == ("dateline", "USA")


def test_a_country_filed_before_a_colon_in_the_title_is_the_dateline(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "Malawi: Airline Turns Down Plea for New Route\n\nThe airline said it would wait."
    dateline = by_text(places_of(nlp, gazetteer, text), "Malawi")
    assert (dateline.role, dateline.country) == ("dateline", "MWI")
    plain = "Update: Storm closes the road to Lilongwe\n\nMalawi police said the road was shut."
    assert all(p.role != "dateline" for p in places_of(nlp, gazetteer, plain))


def test_a_double_dateline_is_the_first_place_the_gazetteer_knows(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    """ "MOSUL/BAGHDAD (Reuters) -": a story about one town filed from another; a title the
    parser joins to the dateline with a full stop does not hide it."""
    text = "MOSUL/BAGHDAD (Reuters) - Gunmen killed two guards at a checkpoint on Sunday."
    dateline = by_text(places_of(nlp, gazetteer, text), "MOSUL")
    assert (dateline.role, dateline.country) == ("dateline", "IRQ")
    text = "Two shot dead in a feud . QARYAT ZELLOUN/AMMAN: Rival clans fought on Friday."
    dateline = by_text(places_of(nlp, gazetteer, text), "AMMAN")
    assert (dateline.role, dateline.country) == ("dateline", "JOR")


def test_capitals_later_in_the_body_are_no_dateline(nlp: Any, gazetteer: Gazetteer) -> None:
    text = (
        "Rescue teams evacuated three villages. Officials met in Vienna. Aid arrived. "
        "Roads reopened. PARIS — Ministers met on Monday."
    )
    assert not [p for p in places_of(nlp, gazetteer, text) if p.role == "dateline"]


def test_a_surname_stays_a_person_for_the_whole_story(nlp: Any, gazetteer: Gazetteer) -> None:
    """Once "Gloria Denton" is named, the bare "Denton" that acts later is her, not the
    Texas town; a name the story also puts in a place's context ("in Houston") is kept."""
    text = (
        "Gloria Denton, 54, was detained at her house on Friday. Denton said she would fight "
        "the charges. Deputies took Denton to the county jail in Houston."
    )
    places = places_of(nlp, gazetteer, text)
    assert not [p for p in places if p.span is not None and p.span.text == "Denton"], places
    assert by_text(places, "Houston").country == "USA"
    text = "Rodeo Houston opens on Friday. Houston said yes. Fans gather in Houston by noon."
    kept = [p.span.text for p in places_of(nlp, gazetteer, text) if p.span is not None]
    assert kept == ["Houston"]  # only the one after "in"


def test_a_short_name_the_story_defines_is_no_place(nlp: Any, gazetteer: Gazetteer) -> None:
    """ "Blue Airways (BA)": the later bare "BA" is the airline, not the town of Ba in Fiji;
    a country's own short name ("United States (US)") stays the country."""
    text = (
        "The minister asked Blue Airways (BA) for flights to Nairobi. BA said no. "
        "The United States (US) kept quiet. The US may fly there instead."
    )
    found = [p.span.text for p in places_of(nlp, gazetteer, text) if p.span is not None]
    assert "BA" not in found, found
    assert "US" in found, found
    assert "Nairobi" in found, found


def test_a_name_widens_to_the_place_it_is_part_of(nlp: Any, gazetteer: Gazetteer) -> None:
    """The name list knows 'Bremen' and 'Quebec'; the text names New Bremen (Ohio) and
    Quebec City, which the gazetteer knows as places of their own."""
    village = by_text(places_of(nlp, gazetteer, "The village of New Bremen voted."), "New Bremen")
    assert (village.name, village.feature_class) == ("New Bremen", "P")
    city = by_text(places_of(nlp, gazetteer, "Ministers met in Quebec City today."), "Quebec City")
    assert (city.country, city.feature_class) == ("CAN", "P")
    person = places_of(nlp, gazetteer, "Senator Patricia Denton met voters in Austin.")
    assert [p.span.text for p in person if p.span is not None] == ["Austin"]


def test_a_two_word_dateline_may_run_into_the_lead(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Teachers rally again\n\nKANSAS CITY The latest on the teachers' strike follows."
    dateline = by_text(places_of(nlp, gazetteer, text), "KANSAS CITY")
    assert (dateline.role, dateline.country) == ("dateline", "USA")


def test_city_comma_state(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "A barn burned near Alexandria, La., on Friday."
    places = places_of(nlp, gazetteer, text)
    town = by_text(places, "Alexandria")
    assert town.country == "USA"
    assert 30.5 < town.lat < 32
    assert -93 < town.lon < -92
    assert by_text(places, "La.").name == "Louisiana"


def test_person_mislabel_fixed_in_locative_context(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Two men were arrested in Natchitoches on Monday."
    labels = {m.span.text: m.label for s in parse_text(nlp, text) for m in s.mentions}
    assert labels.get("Natchitoches") != "GPE"  # the small model's mistake this test covers
    town = by_text(places_of(nlp, gazetteer, text), "Natchitoches")
    assert town.country == "USA"
    assert town.feature_class == "P"


def test_person_name_without_locative_context_is_no_place(nlp: Any, gazetteer: Gazetteer) -> None:
    places = places_of(nlp, gazetteer, "Jackson told reporters he would run again.")
    assert all(p.span is None or p.span.text != "Jackson" for p in places)


def test_ruler_labels_a_town_the_model_misses(nlp: Any) -> None:
    text = "Workers left the industrial park at Kaesong after the talks failed."
    labels = {m.span.text: m.label for s in parse_text(nlp, text) for m in s.mentions}
    assert labels.get("Kaesong") == "GPE"


def _sentence_and_trigger(nlp: Any, text: str, verb: str) -> tuple[Sentence, Token]:
    sentence = parse_text(nlp, text)[0]
    return sentence, next(t for t in sentence.tokens if t.text == verb)


def test_event_place_with_locative_preposition(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "A bomb exploded in Kaesong on Tuesday."
    sentence, trigger = _sentence_and_trigger(nlp, text, "exploded")
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    assert place is not None
    assert place.role == "event"
    assert place.country == "PRK"


def test_event_place_through_place_noun(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Turkish troops shelled a depot in the frontier city of Kobani on Sunday."
    sentence, trigger = _sentence_and_trigger(nlp, text, "shelled")
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    assert place is not None
    assert place.span is not None
    assert place.span.text == "Kobani"


def test_merely_mentioned_place_is_not_the_event_place(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Officials in Washington condemned the attack."
    sentence, trigger = _sentence_and_trigger(nlp, text, "condemned")
    places = places_of(nlp, gazetteer, text)
    assert places  # Washington is found...
    assert event_place(sentence, trigger, places) is None  # ...but places the officials


def test_event_place_ignores_places_of_other_sentences(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Troops arrived in Kabul. They opened fire on Monday."
    sentences = parse_text(nlp, text)
    places = find_places(ParsedArticle(Article("t", text), sentences), gazetteer)
    trigger = next(t for t in sentences[1].tokens if t.text == "opened")
    assert event_place(sentences[1], trigger, places) is None


def test_event_place_inside_the_object_phrase(nlp: Any, gazetteer: Gazetteer) -> None:
    # The parser hangs "in ..." on the infinitive inside the object phrase.
    text = (
        "Syria destroyed a checkpoint built to ease trade with Turkey in its frontier "
        "town of Azaz on Sunday after it warned that rebels would send fighters north."
    )
    sentence, trigger = _sentence_and_trigger(nlp, text, "destroyed")
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    assert place is not None
    assert place.span is not None
    assert place.span.text == "Azaz"
    assert place.country == "SYR"


def test_event_place_stops_at_a_nested_clause_with_its_own_subject(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "The minister condemned the raid after police said it began in Lyon."
    sentence, trigger = _sentence_and_trigger(nlp, text, "condemned")
    assert event_place(sentence, trigger, places_of(nlp, gazetteer, text)) is None
    inner = next(t for t in sentence.tokens if t.text == "began")
    place = event_place(sentence, inner, places_of(nlp, gazetteer, text))
    assert place is not None
    assert place.country == "FRA"


def test_country_object_is_a_target_not_a_place(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Germany criticised Poland over the new law."
    sentence, trigger = _sentence_and_trigger(nlp, text, "criticised")
    assert event_place(sentence, trigger, places_of(nlp, gazetteer, text)) is None
    text = "Artillery shelled Aleppo for a third day."
    sentence, trigger = _sentence_and_trigger(nlp, text, "shelled")
    place = event_place(sentence, trigger, places_of(nlp, gazetteer, text))
    assert place is not None
    assert place.country == "SYR"


def test_bare_compass_word_is_no_place(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Seoul said activists would fly balloons over the border into the North."
    names = [p.span.text for p in places_of(nlp, gazetteer, text) if p.span]
    assert "North" not in names
    assert "Seoul" in names
    text = "Heavy rain hit the South and the West of the country on Friday."
    assert not places_of(nlp, gazetteer, text)


def test_nationality_words_name_their_country(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Kenyan police met a group of Peruvians at the airport on Friday."
    places = places_of(nlp, gazetteer, text)
    assert by_text(places, "Kenyan").country == "KEN"
    assert by_text(places, "Peruvians").country == "PER"
    without = find_places(
        ParsedArticle(Article("t", text), parse_text(nlp, text)), gazetteer, demonyms=False
    )
    assert all(p.span is None or p.span.text not in ("Kenyan", "Peruvians") for p in without)


def test_bare_capital_beats_its_namesake_state(nlp: Any, gazetteer: Gazetteer) -> None:
    capital = by_text(
        places_of(nlp, gazetteer, "Senators in Washington passed the bill."), "Washington"
    )
    assert capital.feature_class == "P"
    assert 38.5 < capital.lat < 39.2
    text = "Officials in Washington state reported two new cases."
    state = by_text(places_of(nlp, gazetteer, text), "Washington")
    assert state.feature_class == "A"
    assert state.lon < -117


def test_given_name_before_a_town_makes_a_person(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Fans of Whitney Houston gathered in Dallas on Sunday."
    names = [p.span.text for p in places_of(nlp, gazetteer, text) if p.span]
    assert "Houston" not in names
    assert "Dallas" in names
    text = "Officials in Greater London ordered schools to close."
    assert places_of(nlp, gazetteer, text)
