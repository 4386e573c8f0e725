"""Office rosters have no holes: holders between listed predecessors and successors code too."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Chief Minister Bhupesh Baghel", dt.date(2020, 2, 1), "INDGOV"),
        ("Pervaiz Elahi", dt.date(2022, 10, 1), "PAKGOV"),
        ("General Nick Carter", dt.date(2019, 5, 1), "GBRMIL"),
        ("Deputy Defence Minister Yunus-Bek Yevkurov", dt.date(2020, 3, 1), "RUSGOV"),
        ("Conrad Sangma", None, "INDGOV"),
    ],
)
def test_roster_holders_code_in_office(
    coder: ActorCoder, phrase: str, when: dt.date | None, code: str
) -> None:
    actor = coder.code_phrase(phrase, when)
    assert actor is not None, phrase
    assert actor.code == code


def test_a_former_chief_minister_still_in_the_assembly_is_a_legislator(
    coder: ActorCoder,
) -> None:
    """Leaving the chief minister's office is not leaving politics: the seat decides."""
    in_office = coder.code_phrase("Raman Singh", dt.date(2015, 1, 1))
    in_seat = coder.code_phrase("Raman Singh", dt.date(2020, 6, 1))
    assert in_office is not None
    assert in_office.code == "INDGOV"
    assert in_seat is not None
    assert in_seat.code == "INDLEG"


def test_roster_people_outrank_the_title_in_front(coder: ActorCoder) -> None:
    """A title alone gives no country; the roster name after it does."""
    title = coder.code_phrase("Chief Minister")
    named = coder.code_phrase("Chief Minister Pema Khandu", dt.date(2021, 1, 1))
    assert title is not None
    assert title.country is None
    assert named is not None
    assert named.country == "IND"


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Alexander Zakharchenko", dt.date(2016, 5, 1), "UKRPRE"),
        ("Vadim Krasnoselsky", dt.date(2021, 5, 1), "MDAPRE"),
        ("Anatoly Bibilov", dt.date(2019, 5, 1), "GEOPRE"),
        ("Arayik Harutyunyan", dt.date(2021, 5, 1), "AZEPRE"),
    ],
)
def test_breakaway_leaders_code_as_their_entity(
    coder: ActorCoder, phrase: str, when: dt.date, code: str
) -> None:
    actor = coder.code_phrase(phrase, when)
    assert actor is not None, phrase
    assert actor.code == code


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("separatist leader Leonid Pasechnik", "PRE"),  # breakaway entity
        ("President Alan Gagloev", "PRE"),
        ("Kenyan leader Raila Odinga", "OPP"),  # opposition
        ("General Mohamed Hamdan Dagalo", "PRM"),  # paramilitary commander
        ("General Abdel Fattah al-Burhan", "MIL"),  # a state general keeps the title's MIL
        ("Senator Marco Rubio", "LEG"),  # a state title still dates an office-holder
    ],
)
def test_a_state_title_does_not_make_a_non_state_figure_the_state(
    coder: ActorCoder, phrase: str, sector: str
) -> None:
    """Undated, the text's title says which office a person holds, but "leader" or
    "general" before a separatist, rebel or opposition figure is not a government post."""
    actor = coder.code_phrase(phrase)
    assert actor is not None, phrase
    assert actor.sector == sector


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Rishi Sunak", dt.date(2021, 3, 1), "GBRGOV"),  # chancellor before prime minister
        ("Yoon Suk-yeol", dt.date(2020, 3, 1), "KORJUD"),  # prosecutor general
        ("Yair Lapid", dt.date(2021, 1, 1), "ISROPP"),  # opposition leader
        ("Amit Shah", dt.date(2018, 1, 1), "INDPTY"),  # party president
        ("Qin Gang", dt.date(2022, 3, 1), "CHNGOV"),  # ambassador
    ],
)
def test_earlier_offices_date_the_person_before_their_best_known_one(
    coder: ActorCoder, phrase: str, when: dt.date, code: str
) -> None:
    """Before the office a person is best known for they held others; a date then must not
    leave them with a country and no sector."""
    actor = coder.code_phrase(phrase, when)
    assert actor is not None, phrase
    assert actor.code == code
