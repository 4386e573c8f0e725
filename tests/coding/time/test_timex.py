"""One test per rule family of `find_timexes`: span, TIMEX3 type and value.

Sentences are the project's own. Publication dates (DCT) are chosen so the
weekday and week arithmetic is easy to check by hand:
2020-06-17 is a Wednesday in ISO week 25; 2021-03-04 a Thursday in week 9.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.time.tagger import find_timexes

WED = dt.date(2020, 6, 17)
THU = dt.date(2021, 3, 4)


def found(text: str, dct: dt.date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the town on June 16, 2020, witnesses said.",
         [("on June 16, 2020", "DATE", "2020-06-16")]),
        ("Elections were held on 16 June 2020.", [("on 16 June 2020", "DATE", "2020-06-16")]),
        ("The decree is dated 2020-06-11.", [("2020-06-11", "DATE", "2020-06-11")]),
        ("Protesters gathered outside parliament on June 12.",
         [("on June 12", "DATE", "2020-06-12")]),
        ("The envoy arrived on Jun. 3.", [("on Jun. 3", "DATE", "2020-06-03")]),
        ("The vote was held on the 12th of June.", [("on the 12th of June", "DATE", "2020-06-12")]),
        ("The strike began on Monday, June 15.", [("on Monday, June 15", "DATE", "2020-06-15")]),
    ],
)  # fmt: skip
def test_explicit_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_date_without_year_reads_back_across_new_year() -> None:
    assert found("The accord reached on Dec. 30 took effect.", dt.date(2015, 1, 2)) == [
        ("on Dec. 30", "DATE", "2014-12-30")
    ]


def test_day_close_to_publication_is_read_nearest_whatever_the_tense() -> None:
    assert found("Organisers said the food drive starts on April 4.", dt.date(2020, 3, 24)) == [
        ("on April 4", "DATE", "2020-04-04")
    ]


def test_typographic_apostrophe_future_cue() -> None:
    assert found("The court won’t rule before March.") == [("March", "DATE", "2021-03")]


def test_future_date_without_year_reads_forward() -> None:
    assert found("Talks are scheduled for July 4.") == [("July 4", "DATE", "2020-07-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a checkpoint on Monday, officials said.", "2020-06-15"),
        ("The ministry said on Wednesday that it would respond.", "2020-06-17"),
        ("The president will visit Paris on Friday.", "2020-06-19"),
        ("The cabinet met last Wednesday.", "2020-06-10"),
        ("The parties will sign the deal next Monday.", "2020-06-22"),
        ("Parliament approved the budget late Tuesday.", "2020-06-16"),
    ],
)
def test_weekdays_follow_tense(text: str, expected: str) -> None:
    assert [value for _, _, value in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned yesterday.", [("yesterday", "DATE", "2020-06-16")]),
        ("Earlier yesterday, the minister resigned.",
         [("Earlier yesterday", "DATE", "2020-06-16")]),
        ("Talks resumed today.", [("today", "DATE", "2020-06-17")]),
        ("The envoy will speak tonight.", [("tonight", "TIME", "2020-06-17TNI")]),
        ("Results are due tomorrow.", [("tomorrow", "DATE", "2020-06-18")]),
        ("Last night, the coalition collapsed.", [("Last night", "TIME", "2020-06-16TNI")]),
        ("This morning the minister spoke.", [("This morning", "TIME", "2020-06-17TMO")]),
        ("Rebels seized the town on Tuesday night.",
         [("on Tuesday night", "TIME", "2020-06-16TNI")]),
        ("Villagers fled yesterday afternoon.", [("yesterday afternoon", "TIME", "2020-06-16TAF")]),
    ],
)  # fmt: skip
def test_day_words_and_parts_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Negotiators will meet next week.", THU, "2021-W10"),
        ("Clashes continued this week.", WED, "2020-W25"),
        ("Talks collapsed last week.", WED, "2020-W24"),
        ("The army withdrew last month.", WED, "2020-05"),
        ("Prices will rise next month.", dt.date(2020, 12, 3), "2021-01"),
        ("Losses widened last year.", WED, "2019"),
        ("Exports fell sharply earlier this year.", WED, "2020"),
        ("Exports fell sharply earlier this month.", WED, "2020-06"),
        ("The minister will step down at the end of the year.", WED, "2020"),
        ("Growth slowed last quarter.", THU, "2020-Q4"),
    ],
)
def test_relative_periods(text: str, dct: dt.date, expected: str) -> None:
    assert [value for _, _, value in found(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rallies took place over the weekend.", "2020-W24-WE"),
        ("Rallies are planned for the weekend.", "2020-W25-WE"),
        ("Shops closed last weekend.", "2020-W24-WE"),
    ],
)
def test_weekends(text: str, expected: str) -> None:
    assert [value for _, _, value in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam was completed two years ago.", [("two years ago", "DATE", "2018")]),
        ("Three months ago, the rebels agreed to a truce.",
         [("Three months ago", "DATE", "2020-03")]),
        ("The talks broke down a week ago.", [("a week ago", "DATE", "2020-W24")]),
        ("The ceasefire collapsed ten days ago.", [("ten days ago", "DATE", "2020-06-07")]),
        ("The party was founded decades ago.", [("decades ago", "DATE", "PAST_REF")]),
    ],
)  # fmt: skip
def test_ago(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The factory has been idle since January.", [("January", "DATE", "2020-01")]),
        ("Voters went to the polls in March.", [("March", "DATE", "2020-03")]),
        ("The party will hold a congress in September.", [("September", "DATE", "2020-09")]),
        ("The party held a congress last September.", [("last September", "DATE", "2019-09")]),
        ("Fighting intensified in late April.", [("late April", "DATE", "2020-04")]),
        ("The leaders met in December 2019.", [("December 2019", "DATE", "2019-12")]),
        ("The vote was held in mid-October 2018.", [("mid-October 2018", "DATE", "2018-10")]),
    ],
)  # fmt: skip
def test_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_month_in_future_tense_reads_forward() -> None:
    assert found("The ministers will meet again in late April.", THU) == [
        ("late April", "DATE", "2021-04")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was built in 2018.", [("2018", "DATE", "2018")]),
        ("The accord signed in 2016 remains fragile.", [("2016", "DATE", "2016")]),
        ("The vote took place in mid-2019.", [("mid-2019", "DATE", "2019")]),
        ("He served as prime minister from 1998 to 2002.",
         [("1998", "DATE", "1998"), ("2002", "DATE", "2002")]),
        ("Unemployment was high in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("The music of the '60s is back.", [("the '60s", "DATE", "196")]),
        ("The country was a colony in the 19th century.", [("the 19th century", "DATE", "18")]),
    ],
)  # fmt: skip
def test_years_decades_centuries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drought last summer ruined harvests.", [("last summer", "DATE", "2019-SU")]),
        ("The harvest will be better next spring.", [("next spring", "DATE", "2021-SP")]),
        ("The agreement expires in the spring of 2022.",
         [("the spring of 2022", "DATE", "2022-SP")]),
        ("The talks resumed this winter.", [("this winter", "DATE", "2020-WI")]),
    ],
)  # fmt: skip
def test_seasons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth slowed in the first quarter of 2021.",
         [("the first quarter of 2021", "DATE", "2021-Q1")]),
        ("Prices rose in the fourth quarter.", [("the fourth quarter", "DATE", "2019-Q4")]),
        ("The policy changed in the second half of last year.",
         [("the second half of last year", "DATE", "2019-H2")]),
    ],
)  # fmt: skip
def test_quarters_and_halves(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire lasted three days.", "P3D"),
        ("Aid deliveries were halted for two weeks.", "P2W"),
        ("The curfew will stay in place for six months.", "P6M"),
        ("It was the worst flooding in a decade.", "P10Y"),
        ("The troops spent 24 hours at the border.", "PT24H"),
        ("The embassy was closed for several years.", "PXY"),
        ("Trade doubled over the past five years.", "P5Y"),
        ("The rebels announced a 72-hour truce.", "PT72H"),
        ("The two sides have been at odds for years.", "PXY"),
        ("The mission has lasted twenty-five years.", "P25Y"),
        ("Volunteers logged 12.5 hours of work.", "PT12.5H"),
    ],
)
def test_durations(text: str, expected: str) -> None:
    assert [(kind, value) for _, kind, value in found(text)] == [("DURATION", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors visit the site every month.", "P1M"),
        ("The board meets twice a year.", "P1Y"),
        ("The ministry publishes the figures weekly.", "P1W"),
        ("Monitors report every three months.", "P3M"),
        ("Crowds gather every Friday.", "XXXX-WXX-5"),
    ],
)
def test_sets(text: str, expected: str) -> None:
    assert [(kind, value) for _, kind, value in found(text)] == [("SET", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tensions have risen recently.", [("recently", "DATE", "PAST_REF")]),
        ("Dozens were arrested in recent days.", [("recent days", "DATE", "PAST_REF")]),
        ("Officials expect a deal soon.", [("soon", "DATE", "FUTURE_REF")]),
        ("More troops will arrive in the coming days.",
         [("the coming days", "DATE", "FUTURE_REF")]),
        ("The government is now considering sanctions.", [("now", "DATE", "PRESENT_REF")]),
        ("The country currently hosts refugees.", [("currently", "DATE", "PRESENT_REF")]),
        ("In the past, the two nations fought wars.", [("the past", "DATE", "PAST_REF")]),
    ],
)  # fmt: skip
def test_vague_references(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit begins at 9:30 a.m. local time.",
         [("9:30 a.m. local time", "TIME", "2020-06-17T09:30")]),
        ("Police fired tear gas at 5 p.m. on Monday.",
         [("5 p.m. on Monday", "TIME", "2020-06-15T17:00")]),
        ("Fighting broke out at around 3 a.m. Sunday.",
         [("3 a.m. Sunday", "TIME", "2020-06-14T03:00")]),
        ("Polls closed on Friday at midnight.",
         [("on Friday at midnight", "TIME", "2020-06-12T24:00")]),
    ],
)  # fmt: skip
def test_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister had met the envoy the day before.", "2020-06-16"),
        ("Shops reopened the previous day.", "2020-06-16"),
        ("Earlier in the day, rockets struck the airport.", "2020-06-17"),
        ("The talks began on Monday. The day before, a bomb exploded.", "2020-06-14"),
        ("The treaty was signed in 1994. A year later, the border reopened.", "1995"),
        ("The law was passed in 1998 and amended two decades later.", "2018"),
        ("The envoy left on June 2 and the troops followed two days later.", "2020-06-04"),
    ],
)
def test_story_relative_expressions(text: str, expected: str) -> None:
    assert found(text)[-1][2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters may gather again, organisers warned.",
        "May protesters be arrested? The court ruled that they may.",
        "Theresa May met the Irish prime minister.",
        "The prize went to June Carr.",
        "Thousands joined a protest march through the city.",
        "The Sunday Times reported the leak.",
        "The army deployed 2,000 troops and 1,000 police.",
        "Some 2000 soldiers crossed the river.",
        "Fighting erupted after the fall of the city.",
        "The Arab Spring toppled several governments.",
        "He won a second term and a quarter of the vote.",
        "The 34-year-old activist was detained with a man ten years older.",
        "The troops marched 2000 kilometres; 2000 more followed.",
    ],
)
def test_false_positives_are_avoided(text: str) -> None:
    assert found(text) == []


def test_offsets_are_document_level_when_given_a_sentence() -> None:
    sentence = "The rebels withdrew yesterday."
    (timex,) = find_timexes(sentence, WED, offset=100)
    assert (timex.span.start, timex.span.end) == (120, 129)
    assert timex.span.text == "yesterday"


def test_precision_and_anchor() -> None:
    by_value = {t.value: t for t in find_timexes("Last week and in 2018 and on Monday.", WED)}
    assert by_value["2020-W24"].precision == "week"
    assert by_value["2020-W24"].anchor == dt.date(2020, 6, 8)
    assert by_value["2018"].anchor == dt.date(2018, 1, 1)
    assert by_value["2020-06-15"].precision == "day"


def test_without_publication_date_values_stay_underspecified() -> None:
    values = [value for _, _, value in found("The rebels withdrew yesterday, in 2018.", None)]
    assert values == ["XXXX-XX-XX", "2018"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Markets were shut on Christmas Day.", dt.date(2021, 1, 4),
         [("Christmas Day", "2020-12-25")]),
        ("The siege ended at Christmas 2016.", WED, [("Christmas 2016", "2016-12-25")]),
        ("Pilgrims will gather for Easter.", dt.date(2024, 2, 1), [("Easter", "2024-03-31")]),
        ("Shops closed on Good Friday.", dt.date(2019, 5, 1), [("Good Friday", "2019-04-19")]),
        ("Troops should be home by Thanksgiving.", dt.date(2021, 9, 1),
         [("Thanksgiving", "2021-11-25")]),
        ("Offices reopen after Labor Day.", dt.date(2022, 8, 20), [("Labor Day", "2022-09-05")]),
        ("A rally was held on Memorial Day.", dt.date(2023, 6, 10),
         [("Memorial Day", "2023-05-29")]),
        ("Flights to Christmas Island were cancelled.", WED, []),
        ("Easter Island's statues were damaged.", WED, []),
    ],
)  # fmt: skip
def test_holidays(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert [(t.span.text, t.value) for t in find_timexes(text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output fell during the 1998-99 season.", [("1998", "1998"), ("99", "1999")]),
        ("The plan covers 2021-2025.", [("2021", "2021"), ("2025", "2025")]),
        ("The 1999-2000 budget was cut.", [("1999", "1999"), ("2000", "2000")]),
        ("Ministers meet in Rome on Nov. 19-20.",
         [("on Nov. 19", "2020-11-19"), ("20", "2020-11-20")]),
        ("The talks were held March 3-5, 2019.",
         [("March 3", "2019-03-03"), ("5, 2019", "2019-03-05")]),
        ("The decree is dated 2020-06-11.", [("2020-06-11", "2020-06-11")]),
        ("Call 1998-2150 for details.", []),
    ],
)  # fmt: skip
def test_ranges_are_two_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.span.text, t.value) for t in find_timexes(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the first quarter from a year earlier.", "2019-Q1"),
        ("Profit rose in the third quarter of 2020 from the year-earlier period.", "2019-Q3"),
        ("Exports jumped in March 2019 from a year earlier.", "2018-03"),
        ("The dam opened in 1994; a year later it cracked.", "1995"),
        ("The raid began at 9 a.m. Two hours later, the gunmen surrendered.", "2020-06-17T11:00"),
        ("The raid began at 11:30 p.m. and ended 45 minutes later.", "2020-06-18T00:15"),
    ],
)
def test_story_relative_shifts_keep_the_reference_granularity(text: str, expected: str) -> None:
    assert found(text)[-1][2] == expected


def test_year_ago_quarter_without_a_named_quarter_is_the_last_completed_one() -> None:
    assert found("Net income fell from the year-ago quarter.", dt.date(2020, 10, 28)) == [
        ("the year-ago quarter", "DATE", "2019-Q3")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling continued overnight, residents said.", [("overnight", "TIME", "2020-06-16TNI")]),
        ("The road will stay closed overnight.", [("overnight", "TIME", "2020-06-17TNI")]),
        ("Police imposed an overnight curfew.", []),
        ("Overnight trading was thin.", []),
        ("Third-quarter profit fell.", [("Third-quarter", "DATE", "2019-Q3")]),
    ],
)  # fmt: skip
def test_overnight_and_hyphenated_quarters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party has ruled for half a century.", [("half a century", "DURATION", "P50Y")]),
        ("Voters queued for half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("The siege lasted two and a half years.", [("two and a half years", "DURATION", "P2.5Y")]),
        ("Every spring, the river floods.", [("Every spring", "SET", "XXXX-SP")]),
    ],
)  # fmt: skip
def test_halves_and_seasonal_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
