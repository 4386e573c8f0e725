"""The inferred event place: a town of the sentence, the dateline, the article's main town.

Places are built by hand here (no parse needed): the rules only read roles, spans,
feature classes and countries.
"""

from __future__ import annotations

from newsevents.coding.place.inferred import ArticleSetting, inferred_place, stated_first, within
from newsevents.model import Place, PlaceRole, Span


def _place(
    name: str,
    start: int,
    country: str,
    feature_class: str = "P",
    role: PlaceRole = "mentioned",
    geonameid: int | None = None,
    feature_code: str = "",
    admin_code: str = "",
) -> Place:
    return Place(
        name=name,
        geonameid=geonameid if geonameid is not None else abs(hash(name)) % 10**6,
        lat=0.0,
        lon=0.0,
        country=country,
        feature_class=feature_class,
        role=role,
        span=Span(start, start + len(name), name),
        feature_code=feature_code,
        admin_code=admin_code,
    )


SENTENCE = Span(100, 200, "")


def infer(places: list[Place], countries: frozenset[str]) -> Place | None:
    """The inferred place of an event at offset 150 of SENTENCE, in an article of `places`."""
    inside = [p for p in places if p.span and SENTENCE.start <= p.span.start < SENTENCE.end]
    return inferred_place(inside, 150, ArticleSetting.of(places), countries)


def test_a_town_of_the_sentence_places_the_event() -> None:
    town = _place("Ostrava", 110, "CZE")
    found = infer([town], frozenset({"CZE"}))
    assert found is not None
    assert (found.name, found.role) == ("Ostrava", "sentence")


def test_the_nearest_town_to_the_trigger_wins() -> None:
    far, near = _place("Brno", 102, "CZE"), _place("Olomouc", 160, "CZE")
    found = infer([far, near], frozenset())
    assert found is not None
    assert found.name == "Olomouc"


def test_a_town_outside_both_actors_countries_does_not_place_the_event() -> None:
    dateline = _place("Beirut", 0, "LBN", role="dateline")
    assert infer([dateline], frozenset({"TUR", "SYR"})) is None


def test_the_dateline_town_beats_a_country_named_in_the_sentence() -> None:
    dateline = _place("Riga", 0, "LVA", role="dateline")
    country = _place("Latvia", 120, "LVA", feature_class="A")
    found = infer([dateline, country], frozenset({"LVA"}))
    assert found is not None
    assert (found.name, found.role) == ("Riga", "dateline")


def test_a_country_of_the_sentence_is_the_last_resort() -> None:
    country = _place("Latvia", 120, "LVA", feature_class="A")
    found = infer([country], frozenset({"LVA"}))
    assert found is not None
    assert (found.name, found.role) == ("Latvia", "sentence")


def test_the_article_main_town_needs_a_clear_lead() -> None:
    twice = [_place("Tartu", 10, "EST", geonameid=1), _place("Tartu", 300, "EST", geonameid=1)]
    found = infer(twice, frozenset({"EST"}))
    assert found is not None
    assert (found.name, found.role) == ("Tartu", "article")
    tie = [
        *twice,
        _place("Narva", 20, "EST", geonameid=2),
        _place("Narva", 400, "EST", geonameid=2),
    ]
    assert infer(tie, frozenset({"EST"})) is None
    once = [_place("Tartu", 10, "EST", geonameid=1)]
    assert infer(once, frozenset({"EST"})) is None


def _district(name: str, start: int, geonameid: int, admin_code: str = "") -> Place:
    return _place(
        name, start, "PSE", "A", geonameid=geonameid, feature_code="ADM1", admin_code=admin_code
    )


def _country(name: str, start: int, geonameid: int) -> Place:
    return _place(name, start, "PSE", "A", geonameid=geonameid, feature_code="PCLI")


def test_a_district_the_article_keeps_naming_places_an_event_with_no_place_of_its_own() -> None:
    # "the Qalandiya camp" stories name the district again and again, the country more often
    district = [_district("Qalqilya", at, geonameid=7) for at in (10, 40, 300)]
    country = [_country("Palestine", at, geonameid=8) for at in (5, 20, 60, 250, 320)]
    found = infer([*country, *district], frozenset({"PSE"}))
    assert found is not None
    assert (found.name, found.role) == ("Qalqilya", "article")


def test_a_country_named_in_the_sentence_gives_way_to_the_article_district() -> None:
    district = [_district("Qalqilya", at, geonameid=7) for at in (10, 40)]
    found = infer([*district, _country("Palestine", 120, geonameid=8)], frozenset({"PSE"}))
    assert found is not None
    assert found.name == "Qalqilya"


def test_a_district_of_the_sentence_beats_the_article_district() -> None:
    district = [_district("Qalqilya", at, geonameid=7) for at in (10, 40)]
    found = infer([*district, _district("Tubas", 130, geonameid=9)], frozenset({"PSE"}))
    assert found is not None
    assert (found.name, found.role) == ("Tubas", "sentence")


def test_a_wider_district_of_the_sentence_gives_way_to_the_article_district_inside_it() -> None:
    inner = [_district("Qalqilya", at, geonameid=7, admin_code="PS.WE.77") for at in (10, 40)]
    wider = _district("West Bank", 130, geonameid=9, admin_code="PS.WE")
    found = infer([*inner, wider], frozenset({"PSE"}))
    assert found is not None
    assert (found.name, found.role) == ("Qalqilya", "article")
    beside = _district("Gaza", 130, geonameid=10, admin_code="PS.GZ")
    found = infer([*inner, beside], frozenset({"PSE"}))
    assert found is not None
    assert (found.name, found.role) == ("Gaza", "sentence")


def test_the_article_main_town_beats_a_district_of_the_sentence() -> None:
    town = [_place("Nablus", at, "PSE", geonameid=3, feature_code="PPL") for at in (10, 40)]
    found = infer([*town, _district("Tubas", 130, geonameid=9)], frozenset({"PSE"}))
    assert found is not None
    assert (found.name, found.role) == ("Nablus", "article")


def test_a_stated_place_beats_an_inferred_one_when_reports_merge() -> None:
    stated = _place("Kaunas", 0, "LTU", role="event")
    guessed = _place("Vilnius", 0, "LTU", role="dateline")
    assert stated_first(guessed, stated) is stated
    assert stated_first(stated, guessed) is stated
    assert stated_first(None, guessed) is guessed


def test_only_a_state_or_district_holds_other_places() -> None:
    county = _place("Harlow County", 0, "USA", "A", feature_code="ADM2", admin_code="US.KY.095")
    state = _place("Kentucky", 0, "USA", "A", feature_code="ADM1", admin_code="US.KY")
    town = _place("Evarts", 0, "USA", feature_code="PPL", admin_code="US.KY.095")
    neighbour = _place("Cumberland", 0, "USA", feature_code="PPL", admin_code="US.KY.095")
    assert within(town, county)
    assert within(town, state)
    assert within(county, state)
    assert not within(state, county)
    assert not within(neighbour, town)  # same county, but a town holds no other town
