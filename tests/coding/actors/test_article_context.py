"""Actors the sentence leaves without a country take the article's: roles, agentless state
acts, unknown people. Written sentences of our own for each class."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.actors.context import (
    GenericParties,
    article_country,
    unknown_person,
    with_article_country,
    with_local_party,
)
from newsevents.coding.actors.implied import (
    domestic_target,
    force_without_target,
    implied_authority,
    implied_public,
    protested_state,
    struck_target,
)
from newsevents.model import Actor, Event, Mention, Place, Sentence, Span
from newsevents.pipeline import Pipeline

POLICE = Actor("COP", None, "COP", "the police")
PAK = Actor("PAK", "PAK", None, "Pakistan")
IND = Actor("IND", "IND", None, "India")
LAHORE = Place("Lahore", 1172451, 31.55, 74.34, "PAK", role="dateline")
DELHI = Place("New Delhi", 1261481, 28.64, 77.22, "IND")


def test_the_dateline_and_the_actors_vote_for_the_article_country() -> None:
    assert article_country([PAK, IND, None], [LAHORE, DELHI]) == "PAK"


def test_no_clear_leader_leaves_no_country() -> None:
    assert article_country([PAK, IND], []) is None
    assert article_country([], []) is None


def test_international_codes_do_not_vote() -> None:
    assert article_country([Actor("IGOUNO", "IGO", None, "the UN"), IND], []) == "IND"


def test_a_role_takes_the_article_country_and_records_why() -> None:
    coded = with_article_country(POLICE, "PAK")
    assert coded is not None
    assert (coded.code, coded.country, coded.sector) == ("PAKCOP", "PAK", "COP")
    assert coded.entry.endswith("+country-of-article")
    assert with_article_country(IND, "PAK") == IND  # a country of its own is kept
    assert with_article_country(POLICE, None) == POLICE


@pytest.mark.parametrize(
    ("code", "sector"), [("173", "COP"), ("1152", "JUD"), ("0841", "GOV"), ("174", "GOV")]
)
def test_agentless_state_acts_are_the_authorities(code: str, sector: str) -> None:
    actor = implied_authority(code, "USA")
    assert actor is not None
    assert (actor.country, actor.sector) == ("USA", sector)


def test_the_state_reporting_an_agentless_act_did_it(pipeline: Pipeline) -> None:
    """In a story from Moscow, "Canada said those expelled were spies": the expulsion is
    Canada's, not the Russian authorities'."""
    text = (
        "MOSCOW - Russia condemned the move on Monday. Russian officials criticised Ottawa. "
        "Canada said those expelled were spies."
    )
    events = pipeline.code_text(text, dt.date(2018, 3, 27)).events
    expelled = [e for e in events if e.cameo.code.startswith("174")]
    assert [e.source.code if e.source else None for e in expelled] == ["CANGOV"]


def test_other_acts_get_no_implied_agent() -> None:
    assert implied_authority("190", "USA") is None
    assert implied_authority("173", None) is None


def test_a_protest_no_one_is_named_doing_is_by_the_public_of_the_story_country() -> None:
    public = implied_public("141", "KEN")
    assert public is not None
    assert (public.code, public.country, public.sector) == ("KEN", "KEN", None)
    assert public.entry.startswith("implied-public")
    assert implied_public("1431", "KEN") is not None  # a boycott
    assert implied_public("145", "KEN") is None  # "violence", "unrest": no one's act
    assert implied_public("141", None) is None


def test_a_protest_with_no_target_is_aimed_at_the_story_country() -> None:
    farmers = Actor("KENAGR", "KEN", "AGR", "farmers")
    target = protested_state(None, "141", farmers, "KEN")
    assert target is not None
    assert (target.code, target.country) == ("KEN", "KEN")
    assert protested_state(None, "141", None, "KEN") is not None
    # a target phrase was read, protests abroad, other acts: not this rule's to decide
    assert protested_state(Span(0, 7, "the tax"), "141", farmers, "KEN") is None
    assert protested_state(None, "141", Actor("UGA", "UGA", None, "Ugandans"), "KEN") is None
    assert protested_state(None, "190", farmers, "KEN") is None


def test_an_uncoded_target_of_a_domestic_act_is_in_the_same_country() -> None:
    span = Span(20, 43, "the militant positions")
    pak_police = Actor("PAKCOP", "PAK", "COP", "police")
    target = domestic_target(span, pak_police, "PAK")
    assert target is not None
    assert (target.code, target.country, target.sector) == ("PAK", "PAK", None)
    assert domestic_target(span, Actor("INDMIL", "IND", "MIL", "Indian troops"), "PAK") is None
    assert domestic_target(None, pak_police, "PAK") is None


def test_a_thing_a_foreign_force_strikes_is_in_the_article_country() -> None:
    span = Span(30, 39, "the crops")
    syrian_troops = Actor("SYRMIL", "SYR", "MIL", "Syrian troops")
    target = struck_target(span, "1712", syrian_troops, "LBN")
    assert target is not None
    assert (target.code, target.country) == ("LBN", "LBN")
    assert target.entry.startswith("struck-in-article-country")
    assert struck_target(span, "042", syrian_troops, "LBN") is None  # a visit strikes nothing
    assert struck_target(span, "1712", Actor("LBNMIL", "LBN", "MIL", "troops"), "LBN") is None
    assert struck_target(span, "1712", Actor("MIL", None, "MIL", "troops"), "LBN") is None


@pytest.mark.model
def test_a_foreign_strike_on_a_thing_is_toward_the_story_country(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT, Lebanon - Syrian troops destroyed the crops and wells of several farmers "
        "near the border on Tuesday, Lebanese officials said."
    )
    coded = pipeline.code_text(text, dt.date(2022, 5, 10))
    struck = [e for e in coded.events if e.cameo.code.startswith("17")]
    assert struck, [e.cameo.code for e in coded.events]
    assert struck[0].target is not None
    assert struck[0].target.country == "LBN"


def test_a_foreign_use_of_force_with_no_target_is_toward_the_story_country() -> None:
    syrian_troops = Actor("SYRMIL", "SYR", "MIL", "Syrian troops")
    target = force_without_target(None, "190", syrian_troops, "LBN")
    assert target is not None
    assert (target.code, target.country) == ("LBN", "LBN")
    assert target.entry.startswith("force-in-article-country")
    assert force_without_target(Span(0, 5, "wells"), "190", syrian_troops, "LBN") is None
    assert force_without_target(None, "111", syrian_troops, "LBN") is None  # words, not force
    assert force_without_target(None, "190", Actor("LBNMIL", "LBN", "MIL", "army"), "LBN") is None
    assert force_without_target(None, "190", syrian_troops, None) is None


def _fire(pipeline: Pipeline, text: str) -> list[Event]:
    """The fighting (root 19) events coded in `text`."""
    coded = pipeline.code_text(text, dt.date(2022, 5, 10))
    return [e for e in coded.events if e.cameo.root == "19"]


@pytest.mark.model
def test_foreign_fire_with_no_target_is_at_the_story_country(pipeline: Pipeline) -> None:
    text = (
        "ALEPPO, Syria (AP) - Turkish troops opened fire late on Monday near the border"
        " crossing, local officials said. Syrian officials condemned the shooting."
    )
    fire = _fire(pipeline, text)
    assert fire, "the shooting is coded"
    assert fire[0].source is not None
    assert fire[0].source.country == "TUR"
    assert fire[0].target is not None
    assert fire[0].target.country == "SYR"
    fire = _fire(pipeline, text.replace("Turkish troops", "Syrian troops"))
    assert fire, "the shooting is coded"
    assert fire[0].target is None, "a country's own fire at home names no target"


def _sentence(text: str, mentions: tuple[Mention, ...] = ()) -> Sentence:
    return Sentence(0, Span(0, len(text), text), (), mentions)


def test_an_unknown_named_person_or_pronoun_is_placed_in_the_article_country() -> None:
    text = "Governor Ivan Petrov resigned and he left the city."
    person = Mention(Span(9, 20, "Ivan Petrov"), "PERSON", 0, 1, 3)
    sentence = _sentence(text, (person,))
    named = unknown_person(Span(0, 20, "Governor Ivan Petrov"), sentence, "RUS")
    assert named is not None
    assert (named.code, named.sector) == ("RUS", None)
    assert unknown_person(Span(33, 35, "he"), sentence, "RUS") is not None
    assert unknown_person(Span(44, 52, "the city"), sentence, "RUS") is None
    assert unknown_person(Span(33, 35, "he"), sentence, None) is None


@pytest.mark.model
def test_a_domestic_story_codes_its_police_courts_and_people(pipeline: Pipeline) -> None:
    text = (
        "LAHORE, Pakistan - Police in Punjab arrested 40 opposition activists on Sunday, "
        "a day before a planned march on Islamabad.\n\n"
        "The activists were later charged with rioting. Their leader, Omar Qadri, "
        "condemned the arrests, and the government said the march was illegal."
    )
    coded = pipeline.code_text(text, dt.date(2022, 5, 9))
    by_code = {e.cameo.code[:3]: e for e in coded.events}
    assert by_code["173"].source is not None
    assert by_code["173"].source.code == "PAKCOP"
    charged = next(e for e in coded.events if e.cameo.code.startswith("115"))
    assert charged.source is not None
    assert charged.source.code == "PAKJUD"
    assert charged.source.entry.startswith("implied-authority")
    assert all(e.source is not None and e.source.country == "PAK" for e in coded.events)


@pytest.mark.model
def test_a_meeting_is_coded_both_ways(pipeline: Pipeline) -> None:
    text = "The Brazilian foreign minister met his Argentine counterpart in Buenos Aires."
    coded = pipeline.code_text(text, dt.date(2023, 2, 1))
    dyads = {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in coded.events
        if e.cameo.root == "04"
    }
    assert dyads == {("BRA", "ARG"), ("ARG", "BRA")}
    assert any(e.provenance.rule.endswith("+mutual") for e in coded.events)


@pytest.mark.model
def test_a_proper_name_outranks_a_role_word(pipeline: Pipeline) -> None:
    actor = pipeline.actors.code_phrase("the State Department")
    assert actor is not None
    assert actor.code == "USAGOV"


@pytest.mark.model
def test_an_office_holder_without_a_date_keeps_the_best_known_role(pipeline: Pipeline) -> None:
    actor = pipeline.actors.code_phrase("Angela Merkel")
    assert actor is not None
    assert actor.code == "DEUGOV"
    assert actor.entry.endswith("+assumed-role")
    dated = pipeline.actors.code_phrase("Angela Merkel", dt.date(2012, 1, 1))
    assert dated is not None
    assert not dated.entry.endswith("+assumed-role")


def test_a_shared_party_name_takes_the_article_country() -> None:
    parties = GenericParties.load()
    tories = Actor("GBRPTY", "GBR", "PTY", "the Conservatives", entry="gw.gbr")
    local = with_local_party(tories, "CAN", parties)
    assert local is not None
    assert (local.code, local.country) == ("CANPTY", "CAN")
    assert local.entry.endswith("+party-of-article-country")
    named = Actor("GBRPTY", "GBR", "PTY", "Britain's Conservatives", entry="GBR+gw.gbr")
    assert with_local_party(named, "CAN", parties) == named  # its country is in the phrase
    own = Actor("GBRPTY", "GBR", "PTY", "the Tories", entry="gw.gbr")
    assert with_local_party(own, "CAN", parties) == own  # not a shared name


@pytest.mark.model
def test_the_conservatives_in_an_ottawa_story_are_canadian(pipeline: Pipeline) -> None:
    text = (
        "Canada's parliament met in Ottawa on Tuesday. The Conservatives accused Prime "
        "Minister Justin Trudeau of misleading parliament. Canadian officials denied the claim."
    )
    coded = pipeline.code_text(text, dt.date(2019, 3, 5))
    accusations = [e for e in coded.events if e.cameo.code.startswith("112")]
    assert accusations, [e.cameo.code for e in coded.events]
    assert accusations[0].source is not None
    assert accusations[0].source.code == "CANPTY"
