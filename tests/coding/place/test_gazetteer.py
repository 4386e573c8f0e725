"""The offline gazetteer: loads fast, finds places by name, and feeds the ruler safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import gold_file

from newsevents.coding.place.gazetteer import Gazetteer, name_key


def test_loads_offline() -> None:
    gaz = Gazetteer.load()
    assert len(gaz) > 200_000  # countries, states, counties and towns of 500+
    assert gaz.version.startswith("geonames-")


def test_candidates_most_populous_first(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Springfield")
    assert len(found) > 5
    populations = [e.population for e in found]
    assert populations == sorted(populations, reverse=True)
    assert {e.country_iso2 for e in found} >= {"US"}


def test_name_normalisation_finds_accented_and_saint_forms(gazetteer: Gazetteer) -> None:
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert any(e.country_iso2 == "KP" for e in gazetteer.candidates("Kaesong"))
    assert any(e.country_iso2 == "US" for e in gazetteer.candidates("St. Louis"))
    assert gazetteer.candidates("Nowhereville Zzyzxq") == []


def test_arabic_names_are_found_without_ayn_marks_or_article(gazetteer: Gazetteer) -> None:
    assert name_key("\u2018Ajl\u016bn") == name_key("Ajlun")
    ajlun = gazetteer.candidates("Ajlun")
    assert ajlun
    assert all(e.country_iso2 == "JO" and not e.by_alternate_name for e in ajlun)
    # "Al X" is also found as "X", as an alternate name (the primary keeps its article)
    manzalah = [e for e in gazetteer.candidates("Manzalah") if e.country_iso2 == "EG"]
    assert manzalah
    assert all(e.by_alternate_name for e in manzalah)
    # a name a row has outright is never demoted by another of its names losing "al"
    sudan = gazetteer.candidates("Sudan")[0]
    assert sudan.feature_code == "PCLI"
    assert not sudan.by_alternate_name


def test_countries_states_and_counties_are_there(gazetteer: Gazetteer) -> None:
    romania = [e for e in gazetteer.candidates("Romania") if e.feature_code == "PCLI"]
    assert romania
    assert gazetteer.cameo_country(romania[0]) == "ROM"
    us = [e for e in gazetteer.candidates("U.S.") if e.feature_code == "PCLI"]
    assert us
    assert gazetteer.cameo_country(us[0]) == "USA"
    louisiana = gazetteer.admin1("US.LA")
    assert louisiana is not None
    assert louisiana.name == "Louisiana"
    parish = gazetteer.candidates("Rapides Parish")
    assert parish
    assert parish[0].feature_code == "ADM2"
    assert parish[0].admin1 == "US.LA"
    assert 30 < parish[0].lat < 32.5
    assert -93.5 < parish[0].lon < -91.5


def test_entity_patterns_leave_out_common_words(gazetteer: Gazetteer) -> None:
    phrases = {p.phrase for p in gazetteer.entity_patterns()}
    assert {"France", "Texas", "Kaesong", "Rapides Parish"} <= phrases
    for word in ("Mobile", "Nice", "Reading", "Bath", "Of", "Split"):
        assert word not in phrases
    assert all(p[0].isupper() for p in phrases)
    assert {p.label for p in gazetteer.entity_patterns()} <= {"GPE", "LOC", "FAC"}


def test_get_by_geonameid(gazetteer: Gazetteer) -> None:
    paris = next(e for e in gazetteer.candidates("Paris") if e.country_iso2 == "FR")
    again = gazetteer.get(paris.geonameid)
    assert again is not None
    assert again.name == paris.name


COUNTRY_CENTRES = (
    Path(__file__).resolve().parents[3] / "scripts" / "data" / ("geonames_country_centres.tsv")
)


def _country_centres() -> dict[str, tuple[float, float]]:
    rows = [
        line.split("\t")
        for line in COUNTRY_CENTRES.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return {iso: (float(lat), float(lon)) for iso, lat, lon in rows}


def test_country_centre_table_is_well_formed_and_used(gazetteer: Gazetteer) -> None:
    centres = _country_centres()
    assert len(centres) > 200
    assert all(len(iso) == 2 and iso.isupper() for iso in centres)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in centres.values())
    countries = [e for e in gazetteer.entries() if e.feature_code == "PCLI"]
    for entry in countries:  # the packaged gazetteer was built from the table
        if entry.country_iso2 in centres:
            lat, lon = centres[entry.country_iso2]
            assert (round(entry.lat, 3), round(entry.lon, 3)) == (round(lat, 3), round(lon, 3))
    assert sum(e.country_iso2 in centres for e in countries) > 200


@pytest.mark.gold
def test_country_centres_agree_with_geonames_points_in_gold(gazetteer: Gazetteer) -> None:
    """LGL's gold carries GeoNames' own coordinates: our country points must match them."""
    from newsevents.coding.place.distance import distance_km
    from newsevents.evaluate.geo import gold_toponyms, load_gold

    checked: dict[int, float] = {}
    for row in load_gold(gold_file("geo_lgl.jsonl")):
        for gold in gold_toponyms(row):
            entry = gazetteer.get(gold.geonameid) if gold.geonameid else None
            if entry is not None and entry.feature_code == "PCLI":
                checked[entry.geonameid] = distance_km(entry.lat, entry.lon, gold.lat, gold.lon)
    assert len(checked) >= 20
    far = {gid: km for gid, km in checked.items() if km > 161}
    assert len(far) <= len(checked) // 20, far


def test_demonyms_lead_to_countries(gazetteer: Gazetteer) -> None:
    for word, code in (
        ("Israeli", "ISR"),
        ("Israelis", "ISR"),
        ("Sri Lankan", "LKA"),
        ("Romanian", "ROM"),
        ("European", "EUR"),
    ):
        entry = gazetteer.demonym_place(word)
        assert entry is not None, word
        assert gazetteer.cameo_country(entry) == code
    assert gazetteer.demonym_place("Lawyer") is None
