"""Which namesake a toponym means, against the article's other places.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from tests.coding.place.conftest import by_text, places_of

from newsevents.coding.place.find import find_places
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.model import Article, Mention, ParsedArticle, Span
from newsevents.nlp import parse_text


def test_only_the_biggest_namesake_is_the_capital(gazetteer: Gazetteer) -> None:
    towns = [
        e
        for e in gazetteer.candidates("Washington")
        if e.feature_code == "PPL" and e.country_iso2 == "US"
    ]
    capital = max(towns, key=lambda e: e.population)
    assert gazetteer.is_capital(capital)
    assert capital.admin1 == "US.DC"
    small = [e for e in towns if e.population < 5_000]
    assert small
    assert not any(gazetteer.is_capital(e) for e in small)


def test_a_foreign_capital_beats_a_small_american_namesake(nlp: Any, gazetteer: Gazetteer) -> None:
    text = (
        "The governors of Ohio and Texas flew on to Brussels on Tuesday "
        "for talks at the alliance's headquarters."
    )
    brussels = by_text(places_of(nlp, gazetteer, text), "Brussels")
    assert brussels.country == "BEL"


def test_the_namesake_still_wins_where_the_story_names_its_state(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = (
        "Flooding closed roads near Paris, Texas, on Monday. "
        "Crews from Dallas reached Paris by the evening."
    )
    places = places_of(nlp, gazetteer, text)
    assert all(p.country == "USA" for p in places if p.span and p.span.text == "Paris")


def _with_mention(nlp: Any, text: str, phrase: str, label: str) -> ParsedArticle:
    """The parsed text with the NER's mentions replaced by one `label` mention of
    `phrase` (the small model labels such phrases only now and then)."""
    sentence = parse_text(nlp, text)[0]
    start = text.index(phrase)
    inside = [t for t in sentence.tokens if start <= t.start < start + len(phrase)]
    mention = Mention(
        Span(start, start + len(phrase), phrase), label, 0, inside[0].i, inside[-1].i + 1
    )
    return ParsedArticle(Article("t", text), (replace(sentence, mentions=(mention,)),))


def test_an_admin_noun_the_gazetteer_lacks_is_dropped_from_the_name(
    nlp: Any, gazetteer: Gazetteer
) -> None:
    text = "A mine exploded near a school in the Sachkhere district on Monday."
    parsed = _with_mention(nlp, text, "the Sachkhere district", "LOC")
    (town,) = find_places(parsed, gazetteer)
    assert town.span is not None
    assert (town.span.text, town.country) == ("Sachkhere", "GEO")
    text = "Floods cut roads in the Kansas City area on Monday."
    parsed = _with_mention(nlp, text, "Kansas City", "GPE")
    (city,) = find_places(parsed, gazetteer)
    assert city.span is not None
    assert (city.span.text, city.country) == ("Kansas City", "USA")


def test_a_quarter_of_a_town_is_not_a_namesake_far_away(nlp: Any, gazetteer: Gazetteer) -> None:
    # the gazetteer knows "Pilsen" only as the Czech city, "Overtown" not at all
    for quarter in ("Pilsen", "Overtown"):
        text = f"Officers shot a man in the {quarter} neighborhood of Miami on Friday."
        places = places_of(nlp, gazetteer, text)
        found, town = by_text(places, quarter), by_text(places, "Miami")
        assert (found.lat, found.lon, found.country) == (town.lat, town.lon, "USA")
    text = "Crowds marched through the Hyde Park neighborhood of Chicago on Sunday."
    places = places_of(nlp, gazetteer, text)
    found, town = by_text(places, "Hyde Park"), by_text(places, "Chicago")
    assert found.name == "Hyde Park"
    assert abs(found.lat - town.lat) < 0.3


@pytest.mark.parametrize(
    ("opening", "town"),
    [
        ("ST. PAUL -- ", "Saint Paul"),
        ("NEWARK \u0097 ", "Newark"),
        ("COLUMBIA --- ", "Columbia"),
        ('ORLANDO (AP) " ', "Orlando"),
    ],
)
def test_scraped_datelines_are_datelines(
    nlp: Any, gazetteer: Gazetteer, opening: str, town: str
) -> None:
    text = f"Mayor opens new bridge. {opening}The mayor opened the bridge on Monday."
    datelines = [p for p in places_of(nlp, gazetteer, text) if p.role == "dateline"]
    assert [p.name for p in datelines] == [town]


def test_a_city_dateline_may_run_into_the_lead_unmarked(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "The Latest: dock strike spreads\n\nMADRID The Latest on the dock strike: 9 a.m. ..."
    datelines = [p for p in places_of(nlp, gazetteer, text) if p.role == "dateline"]
    assert [(p.name, p.country) for p in datelines] == [("Madrid", "ESP")]
    text = "Council votes on budget\n\nDOVER The council voted on Monday to cut the budget."
    assert not [p for p in places_of(nlp, gazetteer, text) if p.role == "dateline"]
