"""The actor coder on phrases of the kinds the event coder hands it (our own examples)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.actors.coder import ActorCoder


@pytest.fixture(scope="module")
def coder(actor_coder: ActorCoder) -> ActorCoder:
    return actor_coder


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("South Korea's defence ministry", "KORGOV"),
        ("North Korea’s military", "PRKMIL"),
        ("North Korean defectors", "PRKREF"),
        ("Seoul", "KORGOV"),
        ("a US destroyer", "USAMIL"),
        ("the U.S. Navy", "USAMIL"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("the DEA", "USACOP"),
        ("Hamas", "PSEREBHMS"),
        ("Chinese coast guard vessels", "CHNMIL"),
        ("the leader of North Korea", "PRKGOV"),
        ("police in Kyiv", "UKRCOP"),
        ("Iranian state media", "IRNMED"),
        ("KCNA", "PRKMED"),  # a state-run news agency is media (CAMEO), whose side it is on
        ("Rodong Sinmun", "PRKMED"),
        ("CNN", "USAMED"),
        ("pro-Russian separatists", "SEP"),  # the demonym names a side, not a home
        ("Mumbai police", "INDCOP"),
        ("residents of Tigray", "ETHCVL"),
        ("the mayor of Lyon", "FRAGOV"),
        ("the former Soviet Union", "RUS"),  # not a labour "Union": CAMEO has no USSR code
        # Central America is part of Latin America (CAMEO has no code of its own), and its
        # demonym's "American" is not the United States
        ("Central American leaders", "LAMGOV"),
        ("Central America", "LAM"),
    ],
)
def test_codes_common_phrases(coder: ActorCoder, phrase: str, code: str) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("thousands of supporters of Hugo Chavez", "VENCVL"),
        ("loyalists of Robert Mugabe", "ZWECVL"),
        ("followers of Omar al-Bashir", "SDNCVL"),
    ],
)
def test_supporters_of_a_leader_are_people_of_his_country_not_his_office(
    coder: ActorCoder, phrase: str, code: str
) -> None:
    """A crowd backing a president does not act for his government: it takes his country,
    as the people of a place do."""
    actor = coder.code_phrase(phrase, dt.date(2005, 1, 1))
    assert actor is not None, phrase
    assert actor.code == code


def test_international_bodies_keep_their_own_country(coder: ActorCoder) -> None:
    un = coder.code_phrase("UN peacekeepers")
    assert un is not None
    assert un.code == "IGOUNOPKO"
    assert un.country == "UNO"
    nato = coder.code_phrase("NATO")
    assert nato is not None
    assert nato.code.startswith("IGO")
    eu = coder.code_phrase("EU lawmakers")
    assert eu is not None
    assert (eu.country, eu.sector) == ("EUR", "LEG")


def test_council_of_europe_bodies_are_the_council(coder: ActorCoder) -> None:
    """Its advisory and monitoring bodies speak for it; the city in "Venice Commission" is
    no Italian actor."""
    for phrase in ("the Venice Commission", "PACE", "GRECO"):
        body = coder.code_phrase(phrase)
        assert body is not None, phrase
        assert body.code == "IGOEURCOE", phrase
    assert coder.code_phrase("a slower pace") is None


def test_acronyms_need_capitals(coder: ActorCoder) -> None:
    assert coder.code_phrase("told us") is None
    us = coder.code_phrase("US")
    assert us is not None
    assert us.country == "USA"


def test_case_and_accents_do_not_matter_for_names(coder: ActorCoder) -> None:
    shouting = coder.code_phrase("PYONGYANG")
    assert shouting is not None
    assert shouting.code == "PRKGOV"
    accented = coder.code_phrase("Recep Tayyip Erdoğan")
    plain = coder.code_phrase("Recep Tayyip Erdogan")
    assert accented is not None
    assert plain is not None
    assert accented.code == plain.code == "TURGOV"


def test_span_offsets_point_into_the_article(coder: ActorCoder) -> None:
    text = "the Malawian army"
    actor = coder.code_phrase(text, offset=100)
    assert actor is not None
    assert actor.span is not None
    assert (actor.span.start, actor.span.end) == (104, 117)
    assert actor.span.text == "Malawian army" == actor.text
    assert actor.entry == "MWI.people+role.military"


def test_office_holder_is_government_only_during_the_term(coder: ActorCoder) -> None:
    during = coder.code_phrase("Moon Jae-in", dt.date(2019, 6, 1))
    after = coder.code_phrase("Moon Jae-in", dt.date(2023, 6, 1))
    assert during is not None
    assert during.code == "KORGOV"
    assert after is not None
    assert (after.country, after.sector) == ("KOR", "ELI")


def test_surname_after_title_resolves(coder: ActorCoder) -> None:
    moon = coder.code_phrase("President Moon", dt.date(2018, 4, 27))
    assert moon is not None
    assert moon.code == "KORGOV"
    assert moon.name == "Moon Jae-in"
    assert coder.code_phrase("the Moon") is None  # a bare surname that is also a word
    putin = coder.code_phrase("Mr Putin")
    assert putin is not None
    assert putin.code == "RUSGOV"


def test_dated_group_roles(coder: ActorCoder) -> None:
    before = coder.code_phrase("the Taliban", dt.date(2015, 1, 1))
    after = coder.code_phrase("the Taliban", dt.date(2023, 1, 1))
    assert before is not None
    assert before.sector == "REB"
    assert after is not None
    assert after.sector == "GOV"


def test_former_makes_an_ex_official(coder: ActorCoder) -> None:
    actor = coder.code_phrase("a former Israeli defence minister")
    assert actor is not None
    assert (actor.country, actor.sector) == ("ISR", "ELI")


def test_named_group_outranks_generic_fighters(coder: ActorCoder) -> None:
    actor = coder.code_phrase("Hezbollah fighters")
    assert actor is not None
    assert actor.code == "LBNREBHEZ"


def test_nothing_codable_gives_none(coder: ActorCoder) -> None:
    assert coder.code_phrase("the weather on Tuesday") is None
    assert coder.code_phrase("") is None


def test_find_actors_stops_at_punctuation(coder: ActorCoder) -> None:
    actors = coder.find_actors("Talks ended in Cairo. Officials in Amman, Jordan, declined.")
    assert [a.text for a in actors] == ["Cairo", "Officials in Amman", "Jordan"]


def test_find_actors_left_to_right(coder: ActorCoder) -> None:
    text = (
        "Seoul's unification ministry said on Friday, citing KCNA, that North Korean "
        "soldiers had crossed, while police in Kyiv and the UN stayed silent."
    )
    actors = coder.find_actors(text)
    assert [a.code for a in actors] == ["KORGOV", "PRKMED", "PRKMIL", "UKRCOP", "IGOUNO"]
    starts = [a.span.start for a in actors if a.span]
    assert starts == sorted(starts)
    for actor in actors:
        assert actor.span is not None
        assert text[actor.span.start : actor.span.end] == actor.text


def test_wire_agency_is_marked_as_agency(coder: ActorCoder) -> None:
    actor = coder.code_phrase("Reuters")
    assert actor is not None
    assert actor.sector == "MED"
    kinds = {e.id: e.kind for e in coder.dictionary.entries}
    assert kinds[actor.entry] == "agency"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("President Zelenskyy", "Volodymyr Zelensky"),
        ("Qaddafi", "Muammar Gaddafi"),
        ("Kadhafi", "Muammar Gaddafi"),
        ("al-Assad", "Bashar al-Assad"),
        ("Bashar Assad", "Bashar al-Assad"),
        ("Ahlu Sunnah Waljama", "Ahlu Sunna Wal Jama'a"),  # final -ah, apostrophes
    ],
)
def test_transliteration_variants_meet_one_entry(
    coder: ActorCoder, variant: str, canonical: str
) -> None:
    actor = coder.code_phrase(variant)
    assert actor is not None, variant
    assert actor.name == canonical


def test_inner_apostrophes_and_articles_are_normalised() -> None:
    from newsevents.coding.actors.words import tokenize

    assert [w.key for w in tokenize("Shi'ite al-Qaeda's men")] == ["shiite", "qaeda", "men"]
    words = tokenize("the al-Sharaa government")
    assert words[1].start == 4  # the article stays inside the name's span


def test_loose_key_merges_transliteration_differences() -> None:
    from newsevents.coding.actors.words import loose_key

    assert loose_key("zelenskyy") == loose_key("zelenskiy") == loose_key("zelensky")
    assert loose_key("qaddafi") == loose_key("kadhafi") == loose_key("gaddafi")
    assert loose_key("abdullah") == loose_key("abdulla")
    assert loose_key("putin") != loose_key("patel")
    assert loose_key("muhammad") == loose_key("mohammed")


def test_loose_key_keeps_the_kind_of_the_first_vowel() -> None:
    """Merging every vowel made "Gilani" (Pakistan's premier) the French "Colonna"."""
    from newsevents.coding.actors.words import loose_key

    assert loose_key("gilani") != loose_key("colonna")
    assert loose_key("shoigu") == loose_key("shoygu")


def test_an_unknown_surname_is_not_a_loosely_similar_known_one(coder: ActorCoder) -> None:
    found = coder.code_phrase("Gilani")
    assert found is None or found.country != "FRA", found


def test_loose_spelling_needs_a_capital_and_a_long_name(coder: ActorCoder) -> None:
    assert coder.code_phrase("Katushya") is not None  # a misspelt rocket type is still MIL
    assert coder.code_phrase("katushya") is None  # lower-case prose is not guessed at
    assert coder.code_phrase("Romano") is None  # places never match by loose spelling


def test_find_actors_specific_drops_generic_and_location_mentions(coder: ActorCoder) -> None:
    text = "Reporters said talks in Cairo stalled as Kenyan police and Hamas met officials."
    everything = [a.text for a in coder.find_actors(text)]
    specific = [a.text for a in coder.find_actors(text, specific=True)]
    assert "Reporters" in everything
    assert "Cairo" in everything
    assert specific == ["Kenyan police", "Hamas"]


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("a Russian Iskander missile", "RUS", "MIL"),
        ("Shahed drones", "IRN", "MIL"),
        ("Ukraine's F-16s", "UKR", "MIL"),  # an exported type takes the phrase's country
        ("Katyusha rockets", None, "MIL"),
        ("the state news agency of Chad", "TCD", "MED"),
        ("Somali National News Agency", "SOM", "MED"),
        ("Kenyan truckers", "KEN", "LAB"),
    ],
)
def test_weapons_and_state_agencies(
    coder: ActorCoder, phrase: str, country: str | None, sector: str
) -> None:
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert (actor.country, actor.sector) == (country, sector)


def test_major_wire_agencies_are_agencies(coder: ActorCoder) -> None:
    kinds = {e.id: e.kind for e in coder.dictionary.entries}
    for name in ["Reuters", "AFP", "AP", "Xinhua", "TASS", "Yonhap", "Kyodo", "Anadolu", "WAFA"]:
        actor = coder.code_phrase(name)
        assert actor is not None, name
        assert kinds[actor.entry] == "agency", name


def test_full_name_after_a_title_beats_another_persons_surname(coder: ActorCoder) -> None:
    # "Scott" is also a senator's surname; the whole name after the title decides.
    actor = coder.code_phrase("Prime Minister Scott Morrison")
    assert actor is not None
    assert actor.country == "AUS"


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Mamata Banerjee", dt.date(2020, 5, 1), "INDGOV"),  # a chief minister
        ("Nnamdi Kanu", None, "NGASEP"),
        ("Jerome Powell", dt.date(2022, 1, 1), "USAGOV"),
        ("Jens Stoltenberg", dt.date(2020, 1, 1), "IGOWSTNAT"),
        ("Yevgeny Prigozhin", None, "RUSUAF"),
    ],
)
def test_office_holders_worldwide(
    coder: ActorCoder, name: str, when: dt.date | None, code: str
) -> None:
    actor = coder.code_phrase(name, when)
    assert actor is not None, name
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "when", "entry"),
    [
        ("Prime Minister Blair", dt.date(2005, 3, 1), "p.tony_blair"),
        ("Prime Minister Brown", dt.date(2008, 3, 1), "p.gordon_brown"),
        ("Prime Minister Abbott", dt.date(2014, 3, 1), "p.tony_abbott"),
    ],
)
def test_a_shared_surname_means_the_person_in_office_then(
    coder: ActorCoder, phrase: str, when: dt.date, entry: str
) -> None:
    """Which file lists a namesake first must not decide who "Prime Minister X" is."""
    actor = coder.code_phrase(phrase, when)
    assert actor is not None
    assert entry in actor.entry.split("+")
