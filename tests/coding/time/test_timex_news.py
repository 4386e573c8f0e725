"""The project's own news-like TIMEX3 test set, scored as a whole.

Written for this project (no sentence comes from a gold file), with values
worked out by hand under TimeML conventions. It mixes easy and hard cases,
so it is scored in aggregate with a floor rather than case by case: the rule
tests in test_timex.py pin behaviour, this set measures breadth. Print the
figures with:  python -m pytest tests/coding/test_timex_news.py -s
"""

from __future__ import annotations

from typing import Any

from newsevents.evaluate.timex import score_timex

# (publication date, sentence, [(expression as written, TIMEX3 value)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 2020-06-17 is a Wednesday (ISO week 25)
    ("2020-06-17", "Security forces opened fire on demonstrators on Saturday, the ministry said.",
     [("on Saturday", "2020-06-13")]),
    ("2020-06-17", "The foreign minister will travel to Berlin on Thursday for talks.",
     [("on Thursday", "2020-06-18")]),
    ("2020-06-17", "Parliament approved the budget late Tuesday.",
     [("late Tuesday", "2020-06-16")]),
    ("2020-06-17", "The two leaders last met in February 2019.", [("February 2019", "2019-02")]),
    ("2020-06-17", "The sanctions were imposed in 2014 and tightened in 2017.",
     [("2014", "2014"), ("2017", "2017")]),
    ("2020-06-17", "The army has been deployed in the region for more than a decade.",
     [("a decade", "P10Y")]),
    ("2020-06-17", "Inflation reached 12 percent in May, the highest level since 2008.",
     [("May", "2020-05"), ("2008", "2008")]),
    ("2020-06-17", "The rebels announced a 72-hour truce on Sunday.",
     [("72-hour", "PT72H"), ("on Sunday", "2020-06-14")]),
    ("2020-06-17", "The opposition plans to hold rallies next month.", [("next month", "2020-07")]),
    ("2020-06-17", "Talks between the two governments stalled earlier this month.",
     [("earlier this month", "2020-06")]),
    ("2020-06-17", "The protests, which began three weeks ago, have spread to other cities.",
     [("three weeks ago", "2020-W22")]),
    ("2020-06-17", "The court will rule on the case by the end of the month.",
     [("the end of the month", "2020-06")]),
    ("2020-06-17", "Human rights groups have documented abuses for years.", [("years", "PXY")]),
    ("2020-06-17", "The minister resigned on 3 June after a week of protests.",
     [("on 3 June", "2020-06-03"), ("a week", "P1W")]),
    ("2020-06-17", "A second round of voting is set for July 12.", [("July 12", "2020-07-12")]),
    ("2020-06-17", "The government declared a state of emergency last Friday.",
     [("last Friday", "2020-06-12")]),
    ("2020-06-17", "Trade between the two countries doubled over the past five years.",
     [("the past five years", "P5Y")]),
    ("2020-06-17", "The agency expects the economy to recover next year.", [("next year", "2021")]),
    ("2020-06-17", "The militants have carried out dozens of attacks this year.",
     [("this year", "2020")]),
    ("2020-06-17", "The embassy reopened in the autumn of 2018.",
     [("the autumn of 2018", "2018-FA")]),
    ("2020-06-17", "Prime minister since 2016, she faces a confidence vote on Monday.",
     [("2016", "2016"), ("on Monday", "2020-06-22")]),
    ("2020-06-17", "The minister arrived in Rome on Monday. The day before, a bomb exploded.",
     [("on Monday", "2020-06-15"), ("The day before", "2020-06-14")]),
    ("2020-06-17", "The treaty was signed in 1994. A year later, the border reopened.",
     [("1994", "1994"), ("A year later", "1995")]),
    # 2021-03-04 is a Thursday (ISO week 9)
    ("2021-03-04", "The central bank cut interest rates on Tuesday.",
     [("on Tuesday", "2021-03-02")]),
    ("2021-03-04", "Lawmakers will vote on the bill next Wednesday.",
     [("next Wednesday", "2021-03-10")]),
    ("2021-03-04", "The campaign started in January and will be completed by the summer.",
     [("January", "2021-01"), ("the summer", "2021-SU")]),
    ("2021-03-04", "The company's profits fell in the fourth quarter of 2020.",
     [("the fourth quarter of 2020", "2020-Q4")]),
    ("2021-03-04", "Ministers met on Feb. 26 to discuss the crisis.",
     [("on Feb. 26", "2021-02-26")]),
    ("2021-03-04", "Voting will take place on March 21.", [("on March 21", "2021-03-21")]),
    ("2021-03-04", "The ceasefire has held for nearly six weeks.", [("six weeks", "P6W")]),
    ("2021-03-04", "The general was arrested a month ago.", [("a month ago", "2021-02")]),
    ("2021-03-04", "Exports grew 5 percent last quarter.", [("last quarter", "2020-Q4")]),
    ("2021-03-04", "Diplomats said a deal could be reached within days.", [("days", "PXD")]),
    ("2021-03-04", "The family has ruled the country since the 1980s.", [("the 1980s", "198")]),
    ("2021-03-04", "The monitors report to the council every three months.",
     [("every three months", "P3M")]),
    ("2021-03-04", "Fighting resumed on Sunday morning.", [("on Sunday morning", "2021-02-28TMO")]),
    ("2021-03-04", "Officials said the talks would resume tomorrow.", [("tomorrow", "2021-03-05")]),
    ("2021-03-04", "Yesterday's explosion destroyed a warehouse.", [("Yesterday", "2021-03-03")]),
    ("2021-03-04", "The law was passed in 1998 and amended two decades later.",
     [("1998", "1998"), ("two decades later", "2018")]),
    # 2019-11-30 is a Saturday (ISO week 48)
    ("2019-11-30", "Thousands marched through the capital on Friday.",
     [("on Friday", "2019-11-29")]),
    ("2019-11-30", "Police detained 40 people over the weekend.",
     [("the weekend", "2019-W48-WE")]),
    ("2019-11-30", "The strike lasted 18 days.", [("18 days", "P18D")]),
    ("2019-11-30", "The president took office in January 2017.", [("January 2017", "2017-01")]),
    ("2019-11-30", "Elections are due in the spring.", [("the spring", "2020-SP")]),
    ("2019-11-30", "Tensions escalated last week after a border incident.",
     [("last week", "2019-W47")]),
    ("2019-11-30", "The treaty was signed 25 years ago.", [("25 years ago", "1994")]),
    ("2019-11-30", "He has been detained since October.", [("October", "2019-10")]),
    ("2019-11-30", "The summit is scheduled for Dec. 10.", [("Dec. 10", "2019-12-10")]),
    ("2019-11-30", "The unrest began in mid-October.", [("mid-October", "2019-10")]),
    ("2019-11-30", "Officials said the situation was calm on Thursday evening.",
     [("on Thursday evening", "2019-11-28TEV")]),
    ("2019-11-30", "Results are expected within 48 hours.", [("48 hours", "PT48H")]),
    # 2015-01-02 is a Friday (ISO week 1)
    ("2015-01-02", "The rebels seized the airport on Dec. 28.", [("on Dec. 28", "2014-12-28")]),
    ("2015-01-02", "Last year, more than 3,000 civilians were killed.", [("Last year", "2014")]),
    ("2015-01-02", "The government hopes to sign a deal this year.", [("this year", "2015")]),
    ("2015-01-02", "The new constitution took effect on January 1.",
     [("on January 1", "2015-01-01")]),
    ("2015-01-02", "The fighting began in the summer of 2014.",
     [("the summer of 2014", "2014-SU")]),
    ("2015-01-02", "Aid agencies warned of famine in the coming months.",
     [("the coming months", "FUTURE_REF")]),
    # 2022-08-15 is a Monday (ISO week 33)
    ("2022-08-15", "The mayor was shot dead on Saturday night.",
     [("on Saturday night", "2022-08-13TNI")]),
    ("2022-08-15", "Hundreds of people fled the town yesterday afternoon.",
     [("yesterday afternoon", "2022-08-14TAF")]),
    ("2022-08-15", "The drought has lasted two years.", [("two years", "P2Y")]),
    ("2022-08-15", "Regional elections will be held in October.", [("October", "2022-10")]),
    ("2022-08-15", "The rebels withdrew from the town in April.", [("April", "2022-04")]),
    ("2022-08-15", "The company has reported losses every year since 2019.",
     [("every year", "P1Y"), ("2019", "2019")]),
    ("2022-08-15", "The accord was signed at 10:30 a.m. on Friday.",
     [("10:30 a.m. on Friday", "2022-08-12T10:30")]),
    ("2022-08-15", "The opposition leader has been in exile since the early 2000s.",
     [("the early 2000s", "200")]),
    ("2022-08-15", "The border will remain closed until next Monday.",
     [("next Monday", "2022-08-22")]),
    ("2022-08-15", "The minister is currently visiting Asia.", [("currently", "PRESENT_REF")]),
    ("2022-08-15", "Prices have risen steadily in recent months.", [("recent months", "PAST_REF")]),
    ("2022-08-15", "The bill was passed two weeks ago.", [("two weeks ago", "2022-W31")]),
    ("2022-08-15", "The 2020 election was contested.", [("2020", "2020")]),
    # 2018-10-07 is a Sunday (ISO week 40)
    ("2018-10-07", "Voters went to the polls on Sunday in a tense election.",
     [("on Sunday", "2018-10-07")]),
    ("2018-10-07", "Campaigning officially ended on Friday at midnight.",
     [("on Friday at midnight", "2018-10-05T24:00")]),
    ("2018-10-07", "The previous government collapsed in 2016.", [("2016", "2016")]),
    ("2018-10-07", "Opinion polls published this week showed a tight race.",
     [("this week", "2018-W40")]),
    ("2018-10-07", "The winner will be sworn in next month.", [("next month", "2018-11")]),
    ("2018-10-07", "Turnout was higher than four years ago.", [("four years ago", "2014")]),
    ("2018-10-07", "Results are expected on Monday.", [("on Monday", "2018-10-08")]),
    ("2018-10-07", "The new parliament will convene within 30 days.", [("30 days", "P30D")]),
    ("2018-10-07", "The campaign lasted only a few weeks.", [("a few weeks", "PXW")]),
    ("2018-10-07", "The president has ruled for nearly two decades.", [("two decades", "P20Y")]),
    # 2023-05-10 is a Wednesday (ISO week 19)
    ("2023-05-10", "The minister will address parliament this morning.",
     [("this morning", "2023-05-10TMO")]),
    ("2023-05-10", "Troops entered the village on Friday and withdrew the next day.",
     [("on Friday", "2023-05-05"), ("the next day", "2023-05-06")]),
    ("2023-05-10", "Growth slowed to 1 percent in Q1 2023.", [("Q1 2023", "2023-Q1")]),
    ("2023-05-10", "Output fell in the first half of 2022.",
     [("the first half of 2022", "2022-H1")]),
    ("2023-05-10", "The region was disputed throughout the 19th century.",
     [("the 19th century", "18")]),
    ("2023-05-10", "The agency publishes casualty figures daily.", [("daily", "P1D")]),
    ("2023-05-10", "Food prices have doubled over the past week.", [("the past week", "P1W")]),
    ("2023-05-10", "Attacks on journalists have increased in recent years.",
     [("recent years", "PAST_REF")]),
    ("2023-05-10", "The two sides are now closer to a deal.", [("now", "PRESENT_REF")]),
    ("2023-05-10", "A decision is expected soon.", [("soon", "FUTURE_REF")]),
    ("2023-05-10", "The report, dated 2023-04-28, was leaked.", [("2023-04-28", "2023-04-28")]),
    ("2023-05-10", "The curfew starts at 9 p.m. and ends at noon.",
     [("9 p.m.", "2023-05-10T21:00"), ("noon", "2023-05-10T12:00")]),
    ("2023-05-10", "The talks dragged on for several months.", [("several months", "PXM")]),
    ("2023-05-10", "The movement was born in the late 1970s.", [("the late 1970s", "197")]),
    ("2023-05-10", "The dispute flared up again this spring.", [("this spring", "2023-SP")]),
    ("2023-05-10", "The envoy held talks in Cairo on May 2 and in Amman two days later.",
     [("on May 2", "2023-05-02"), ("two days later", "2023-05-04")]),
    ("2023-05-10", "Negotiators will meet again next Tuesday evening.",
     [("next Tuesday evening", "2023-05-16TEV")]),
    # sentences with no temporal expression at all
    ("2020-06-17", "Protesters may gather again, organisers warned.", []),
    ("2020-06-17", "More than 1,200 people were evacuated from the valley.", []),
    ("2020-06-17", "The Sunday Telegraph published the letter.", []),
    ("2020-06-17", "Mr. May told lawmakers the march would go ahead.", []),
]  # fmt: skip


# Written after the rules were frozen and scored once before any fix, as a fairer
# estimate on unseen news than CASES (which grew with the rules). First run:
# detection F1 0.986, value F1 0.957 (missed "in 2016 remains", "every Friday");
# both were then fixed, so this set now checks those too.
# 2017-09-12 is a Tuesday (ISO week 37).
BLIND_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("2017-09-12", "Opposition supporters clashed with police in the capital late on Sunday.",
     [("on Sunday", "2017-09-10")]),
    ("2017-09-12", "The agreement was reached after 18 months of negotiations.",
     [("18 months", "P18M")]),
    ("2017-09-12", "The ruling party has governed since independence in 1962.", [("1962", "1962")]),
    ("2017-09-12", "A court will hear the case on Oct. 3.", [("on Oct. 3", "2017-10-03")]),
    ("2017-09-12", "Authorities imposed a curfew on Friday evening.",
     [("on Friday evening", "2017-09-08TEV")]),
    ("2017-09-12", "The minister is due to visit Moscow later this month.",
     [("later this month", "2017-09")]),
    ("2017-09-12", "The economy contracted in the second quarter.",
     [("the second quarter", "2017-Q2")]),
    ("2017-09-12", "Officials say the death toll could rise in the coming weeks.",
     [("the coming weeks", "FUTURE_REF")]),
    ("2017-09-12", "Rebels have held the town for almost four years.", [("four years", "P4Y")]),
    ("2017-09-12", "The president was re-elected in 2012 and again five years later.",
     [("2012", "2012"), ("five years later", "2017")]),
    ("2017-09-12", "Demonstrations have taken place every Friday since March.",
     [("every Friday", "XXXX-WXX-5"), ("March", "2017-03")]),
    ("2017-09-12", "The vote is scheduled for Nov. 7.", [("Nov. 7", "2017-11-07")]),
    ("2017-09-12", "Exports rose 8 percent in August from a year earlier.",
     [("August", "2017-08"), ("a year earlier", "2016")]),
    ("2017-09-12", "The general died last Tuesday at the age of 81.",
     [("last Tuesday", "2017-09-05")]),
    ("2017-09-12", "The new cabinet will be sworn in tomorrow morning.",
     [("tomorrow morning", "2017-09-13TMO")]),
    ("2017-09-12", "The country has been in recession for the past 18 months.",
     [("the past 18 months", "P18M")]),
    ("2017-09-12", "In the early hours of Monday, gunmen stormed a hotel.",
     [("Monday", "2017-09-11")]),
    ("2017-09-12", "The peace deal signed in 2016 remains fragile.", [("2016", "2016")]),
    ("2017-09-12", "The committee meets twice a month.", [("twice a month", "P1M")]),
    ("2017-09-12", "Relations have improved in recent months.", [("recent months", "PAST_REF")]),
    ("2017-09-12", "The ceasefire expired at midnight on Saturday.",
     [("midnight on Saturday", "2017-09-09T24:00")]),
    ("2017-09-12", "The parliament approved the budget in December 2016.",
     [("December 2016", "2016-12")]),
    ("2017-09-12", "Polls open at 7 a.m.", [("7 a.m.", "2017-09-12T07:00")]),
    ("2017-09-12", "More than a decade ago, the region was peaceful.", [("a decade ago", "200")]),
    ("2017-09-12", "The currency has lost a third of its value this year.",
     [("this year", "2017")]),
    ("2017-09-12", "The floods were the worst since the 1950s.", [("the 1950s", "195")]),
    ("2017-09-12", "The talks will continue through the weekend.",
     [("the weekend", "2017-W37-WE")]),
    ("2017-09-12", "A spokesman said Wednesday that the army would withdraw.",
     [("Wednesday", "2017-09-06")]),
    ("2017-09-12", "The strike entered its third day on Thursday.",
     [("on Thursday", "2017-09-07")]),
    ("2017-09-12", "Nearly 300 people have died since the outbreak began in July.",
     [("July", "2017-07")]),
    ("2017-09-12", "The two countries signed a trade pact on 14 February.",
     [("on 14 February", "2017-02-14")]),
    ("2017-09-12", "Elections must be held by the end of 2018.", [("the end of 2018", "2018")]),
]  # fmt: skip


def gold_rows(cases: list[tuple[str, str, list[tuple[str, str]]]] = CASES) -> list[dict[str, Any]]:
    """The cases in the gold file's shape (character offsets found in each sentence)."""
    rows = []
    for number, (dct, text, expressions) in enumerate(cases):
        timexes = []
        for phrase, value in expressions:
            start = text.index(phrase)
            timexes.append({"start": start, "end": start + len(phrase), "value": value})
        rows.append({"id": f"own-{number:03d}", "dct": dct, "text": text, "timexes": timexes})
    return rows


def test_own_news_set_floor() -> None:
    scores = score_timex(gold_rows())
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in scores.items()
           if k != "value_errors"})  # fmt: skip
    for error in scores["value_errors"]:
        print(error)
    assert scores["n"] >= 100
    assert scores["detection_f1"] >= 0.95
    assert scores["value_f1"] >= 0.9


def test_blind_news_set_floor() -> None:
    scores = score_timex(gold_rows(BLIND_CASES))
    assert scores["n"] >= 35
    assert scores["detection_f1"] >= 0.95
    assert scores["value_f1"] >= 0.9, scores["value_errors"]
