"""A blind, wire-style TIMEX3 set (TimeBank / TempEval-3 conventions), scored as a whole.

Written in the project's own words before the second round of rule changes,
with values worked out by hand from the TimeML/TIMEX3 guidelines and the
TempEval-3 practice (see docs/time.md for the conventions chosen where they
are disputed). Expected spans follow TempEval-3 (no leading preposition);
scoring is relaxed overlap, so "on Friday" still matches "Friday".

Each case is (publication date, text, [(expression, TIMEX3 type, value)]);
expressions are located left to right, so a phrase is searched after the
previous one ("1998-99": "1998" then "99"). A case with no expressions is a
trap: anything found there is a false positive. Print the figures with
    .venv/bin/python -m pytest tests/coding/test_timex_wire.py -s
"""

from __future__ import annotations

from typing import Any

from newsevents.evaluate.timex import match_row, score_timex

Case = tuple[str, str, list[tuple[str, str, str]]]

# 2020-06-17 is a Wednesday in ISO week 25 (Mon 15, Tue 16, Fri 12 / 19, Sat 13, Sun 14).
JUNE_2020: list[Case] = [
    ("2020-06-17", "The central bank cut its key rate on Friday, its first move since March.",
     [("Friday", "DATE", "2020-06-12"), ("March", "DATE", "2020-03")]),
    ("2020-06-17", "Negotiators will return to Geneva on Friday to resume the talks.",
     [("Friday", "DATE", "2020-06-19")]),
    ("2020-06-17", "Friday's vote is expected to be close.", [("Friday", "DATE", "2020-06-19")]),
    ("2020-06-17", "Friday's explosion killed at least nine people, police said.",
     [("Friday", "DATE", "2020-06-12")]),
    ("2020-06-17", "Grain exports fell sharply this week, traders said.",
     [("this week", "DATE", "2020-W25")]),
    ("2020-06-17", "The envoy held talks with rebel leaders in Cairo last week.",
     [("last week", "DATE", "2020-W24")]),
    ("2020-06-17", "The summit has been pushed back to next week.",
     [("next week", "DATE", "2020-W26")]),
    ("2020-06-17", "Fuel prices have climbed 8 percent this month.",
     [("this month", "DATE", "2020-06")]),
    ("2020-06-17", "Growth slowed to 2.1 percent last year and is forecast to pick up next year.",
     [("last year", "DATE", "2019"), ("next year", "DATE", "2021")]),
    ("2020-06-17", "The government has spent more on the army this year than ever before.",
     [("this year", "DATE", "2020")]),
    ("2020-06-17", "Over the past year, the militia has seized a dozen towns.",
     [("the past year", "DURATION", "P1Y")]),
    ("2020-06-17", "The company has cut 4,000 jobs in the last three years.",
     [("the last three years", "DURATION", "P3Y")]),
    ("2020-06-17", "Attacks on aid convoys have become more frequent in recent years.",
     [("recent years", "DATE", "PAST_REF")]),
    ("2020-06-17", "Sales reached $3 billion in the first quarter, up from $2.6 billion a year "
     "earlier.", [("the first quarter", "DATE", "2020-Q1"), ("a year earlier", "DATE", "2019-Q1")]),
    ("2020-06-17", "The ceasefire was signed a year ago.", [("a year ago", "DATE", "2019")]),
    ("2020-06-17", "The bank expects a recovery in the third quarter.",
     [("the third quarter", "DATE", "2020-Q3")]),
    ("2020-06-17", "Rebel groups have fought the army since the 1990s.",
     [("the 1990s", "DATE", "199")]),
    ("2020-06-17", "The dam was among the largest built in the 20th century.",
     [("the 20th century", "DATE", "19")]),
    ("2020-06-17", "The talks lasted two weeks.", [("two weeks", "DURATION", "P2W")]),
    ("2020-06-17", "Inspectors were given six months to finish the survey.",
     [("six months", "DURATION", "P6M")]),
    ("2020-06-17", "Protesters clashed with police over the weekend.",
     [("the weekend", "DATE", "2020-W24-WE")]),
    ("2020-06-17", "Organisers will hold a second march at the weekend.",
     [("the weekend", "DATE", "2020-W25-WE")]),
    ("2020-06-17", "Shelling continued overnight in the eastern suburbs, residents said.",
     [("overnight", "TIME", "2020-06-16TNI")]),
    ("2020-06-17", "The minister said this morning that the border would reopen.",
     [("this morning", "TIME", "2020-06-17TMO")]),
    ("2020-06-17", "The president will address the nation tonight.",
     [("tonight", "TIME", "2020-06-17TNI")]),
    ("2020-06-17", "Two rockets struck the air base late Tuesday night.",
     [("Tuesday night", "TIME", "2020-06-16TNI")]),
    ("2020-06-17", "The curfew runs from midnight until noon.",
     [("midnight", "TIME", "2020-06-17T24:00"), ("noon", "TIME", "2020-06-17T12:00")]),
    ("2020-06-17", "Polling stations close at 5 p.m. EST.",
     [("5 p.m. EST", "TIME", "2020-06-17T17:00")]),
    ("2020-06-17", "The government hopes to finish the pipeline by the end of the year.",
     [("the end of the year", "DATE", "2020")]),
    ("2020-06-17", "The first aid shipments arrived in mid-June.",
     [("mid-June", "DATE", "2020-06")]),
    ("2020-06-17", "Elections could be held early next year.",
     [("early next year", "DATE", "2021")]),
    ("2020-06-17", "The refinery was shut in late 2019 after a fire.",
     [("late 2019", "DATE", "2019")]),
    ("2020-06-17", "Farmers fear another drought in the summer.",
     [("the summer", "DATE", "2020-SU")]),
    ("2020-06-17", "The commission meets each year in Vienna.", [("each year", "SET", "P1Y")]),
    ("2020-06-17", "The two defence ministers speak every week.", [("every week", "SET", "P1W")]),
    ("2020-06-17", "The casualty report is published annually.", [("annually", "SET", "P1Y")]),
    ("2020-06-17", "The health council issues a weekly bulletin on the outbreak.",
     [("weekly", "SET", "P1W")]),
    ("2020-06-17", "The country now imports most of its grain.", [("now", "DATE", "PRESENT_REF")]),
    ("2020-06-17", "About 3,000 troops are currently stationed there.",
     [("currently", "DATE", "PRESENT_REF")]),
    ("2020-06-17", "There are no plans at the moment to evacuate the city.",
     [("the moment", "DATE", "PRESENT_REF")]),
    ("2020-06-17", "The group has recently stepped up its attacks.",
     [("recently", "DATE", "PAST_REF")]),
    ("2020-06-17", "Such deals have collapsed in the past.", [("the past", "DATE", "PAST_REF")]),
    ("2020-06-17", "Talks are expected to resume soon.", [("soon", "DATE", "FUTURE_REF")]),
    ("2020-06-17", "The bank may raise rates in the future.",
     [("the future", "DATE", "FUTURE_REF")]),
    ("2020-06-17", "Police arrested 14 people on March 3. Later that day, the mayor imposed a "
     "curfew.", [("March 3", "DATE", "2020-03-03"), ("that day", "DATE", "2020-03-03")]),
    ("2020-06-17", "The vote took place on May 12, and the results were announced three days "
     "later.", [("May 12", "DATE", "2020-05-12"), ("three days later", "DATE", "2020-05-15")]),
    ("2020-06-17", "Food prices jumped earlier this month.",
     [("earlier this month", "DATE", "2020-06")]),
    ("2020-06-17", "The central bank is likely to raise rates later this year.",
     [("later this year", "DATE", "2020")]),
    ("2020-06-17", "The hostages were freed at Christmas 2019.",
     [("Christmas 2019", "DATE", "2019-12-25")]),
    ("2020-06-17", "Markets will be closed on Christmas Day.",
     [("Christmas Day", "DATE", "2020-12-25")]),
    ("2020-06-17", "The region was under military rule from 1990 to 1995.",
     [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    ("2020-06-17", "Leaders will meet in Brussels on Nov. 19-20.",
     [("Nov. 19", "DATE", "2020-11-19"), ("20", "DATE", "2020-11-20")]),
    ("2020-06-17", "Home prices collapsed in the fall of 2008.",
     [("the fall of 2008", "DATE", "2008-FA")]),
    ("2020-06-17", "Turnout in the 2008 election was the highest since 1964.",
     [("2008", "DATE", "2008"), ("1964", "DATE", "1964")]),
    ("2020-06-17", "The unit was disbanded in the last decade.",
     [("the last decade", "DURATION", "P10Y")]),
    ("2020-06-17", "Heavy rain has fallen over the past few days.",
     [("the past few days", "DURATION", "PXD")]),
    ("2020-06-17", "Officials said on Monday that the road had been cleared.",
     [("Monday", "DATE", "2020-06-15")]),
    ("2020-06-17", "The plant will be shut for three months starting in July.",
     [("three months", "DURATION", "P3M"), ("July", "DATE", "2020-07")]),
    ("2020-06-17", "Trading on the exchange was suspended for 90 minutes.",
     [("90 minutes", "DURATION", "PT90M")]),
    ("2020-06-17", "The election commission said on Sunday it would announce results within "
     "48 hours.", [("Sunday", "DATE", "2020-06-14"), ("48 hours", "DURATION", "PT48H")]),
    ("2020-06-17", "The dockers' strike ended Wednesday after 11 days.",
     [("Wednesday", "DATE", "2020-06-17"), ("11 days", "DURATION", "P11D")]),
    ("2020-06-17", "Reserves fell to $40 billion at the end of May.",
     [("the end of May", "DATE", "2020-05")]),
    ("2020-06-17", "The accord takes effect on January 1, 2021.",
     [("January 1, 2021", "DATE", "2021-01-01")]),
    ("2020-06-17", "The measure was passed in September 2019.",
     [("September 2019", "DATE", "2019-09")]),
    ("2020-06-17", "The tribunal will deliver its verdict on Oct. 5.",
     [("Oct. 5", "DATE", "2020-10-05")]),
    ("2020-06-17", "Two months ago, the rebels seized the port.",
     [("Two months ago", "DATE", "2020-04")]),
    ("2020-06-17", "The insurgency began in the early 1980s.",
     [("the early 1980s", "DATE", "198")]),
    ("2020-06-17", "Yesterday's ruling surprised investors.",
     [("Yesterday", "DATE", "2020-06-16")]),
    ("2020-06-17", "Envoys met on Thursday, June 11. The text had been drafted the previous day.",
     [("Thursday, June 11", "DATE", "2020-06-11"), ("the previous day", "DATE", "2020-06-10")]),
    ("2020-06-17", "Exports fell in the first half of 2019.",
     [("the first half of 2019", "DATE", "2019-H1")]),
    ("2020-06-17", "The economy shrank 3 percent in 2009, its first contraction in 17 years.",
     [("2009", "DATE", "2009"), ("17 years", "DURATION", "P17Y")]),
    ("2020-06-17", "The lawmakers have met twice a month since January.",
     [("twice a month", "SET", "P1M"), ("January", "DATE", "2020-01")]),
    ("2020-06-17", "The results are due Thursday.", [("Thursday", "DATE", "2020-06-18")]),
    ("2020-06-17", "The general, who died on Saturday, had led the army for two decades.",
     [("Saturday", "DATE", "2020-06-13"), ("two decades", "DURATION", "P20Y")]),
    ("2020-06-17", "The siege began at 9 a.m. Two hours later, the gunmen surrendered.",
     [("9 a.m.", "TIME", "2020-06-17T09:00"), ("Two hours later", "TIME", "2020-06-17T11:00")]),
    ("2020-06-17", "The new law was approved by parliament on Tuesday and comes into force "
     "next month.", [("Tuesday", "DATE", "2020-06-16"), ("next month", "DATE", "2020-07")]),
    ("2020-06-17", "The truce has largely held since it began 10 days ago.",
     [("10 days ago", "DATE", "2020-06-07")]),
    ("2020-06-17", "The opposition leader was jailed for five years in 2015.",
     [("five years", "DURATION", "P5Y"), ("2015", "DATE", "2015")]),
    ("2020-06-17", "Prices have doubled over the past two months.",
     [("the past two months", "DURATION", "P2M")]),
    ("2020-06-17", "The mission's mandate expires at the end of the month.",
     [("the end of the month", "DATE", "2020-06")]),
    ("2020-06-17", "The agency said the storm would make landfall by Thursday morning.",
     [("Thursday morning", "TIME", "2020-06-18TMO")]),
    ("2020-10-28", "Net income fell 8 percent from the year-ago quarter.",
     [("the year-ago quarter", "DATE", "2019-Q3")]),
    ("2020-06-17", "The union signed a three-year contract with the port authority.",
     [("three-year", "DURATION", "P3Y")]),
    ("2020-06-17", "Prices have risen 9 percent over the past 12 months.",
     [("the past 12 months", "DURATION", "P12M")]),
    ("2020-06-17", "The crowd dispersed on Sunday afternoon after police fired warning shots.",
     [("Sunday afternoon", "TIME", "2020-06-14TAF")]),
    ("2020-06-17", "Talks between the factions will continue this weekend.",
     [("this weekend", "DATE", "2020-W25-WE")]),
    ("2020-06-17", "The cabinet will decide in the next few weeks.",
     [("the next few weeks", "DURATION", "PXW")]),
    ("2020-06-17", "The treaty, signed in the mid-1990s, expired.",
     [("the mid-1990s", "DATE", "199")]),
    ("2020-06-17", "The import quota runs through 2022-2024.",
     [("2022", "DATE", "2022"), ("2024", "DATE", "2024")]),
    ("2020-06-17", "The militants released a video on New Year's Eve.",
     [("New Year's Eve", "DATE", "2019-12-31")]),
    ("2020-06-17", "Churches were closed over Easter for the first time in memory.",
     [("Easter", "DATE", "2020-04-12")]),
    ("2020-06-17", "The country will mark Independence Day on July 4 with scaled-back parades.",
     [("Independence Day", "DATE", "2020-07-04"), ("July 4", "DATE", "2020-07-04")]),
    ("2020-06-17", "He spent a week in hospital after the attack.",
     [("a week", "DURATION", "P1W")]),
    ("2020-06-17", "Gunmen killed two soldiers on Monday. The day before, a bomb hit a market.",
     [("Monday", "DATE", "2020-06-15"), ("The day before", "DATE", "2020-06-14")]),
    ("2020-06-17", "The 2019-20 budget was never passed.",
     [("2019", "DATE", "2019"), ("20", "DATE", "2020")]),
    ("2020-06-17", "Markets reopened Tuesday after a four-day holiday.",
     [("Tuesday", "DATE", "2020-06-16"), ("four-day", "DURATION", "P4D")]),
    # traps: no temporal expression (ages are not tagged: see docs/time.md)
    ("2020-06-17", "The former prime minister was arrested at his home.", []),
    ("2020-06-17", "A 34-year-old man was detained at the scene.", []),
    ("2020-06-17", "Police said 2,000 officers were deployed and a quarter of them were armed.",
     []),
    ("2020-06-17", "He may attend the funeral, the Sunday Times reported.", []),
    ("2020-06-17", "The Arab Spring protests toppled four rulers.", []),
    ("2020-06-17", "A second round of talks is planned.", []),
]  # fmt: skip

# Other publication dates: 2020-10-28 (Wed, W44), 1997-10-15 (Wed), 1989-11-02 (Thu, W44),
# 2013-03-22 (Fri), 2020-10-01 (Thu), 2020-01-05 (Sun).
OTHER_DATES: list[Case] = [
    ("2020-10-28", "Profit in the third quarter rose 12 percent from the year-earlier period.",
     [("the third quarter", "DATE", "2020-Q3"), ("the year-earlier period", "DATE", "2019-Q3")]),
    ("2020-10-28", "The company posted a loss for the quarter that ended Sept. 30.",
     [("Sept. 30", "DATE", "2020-09-30")]),
    ("1997-10-15", "The agency's budget for fiscal 1998 was trimmed by Congress.",
     [("fiscal 1998", "DATE", "FY1998")]),
    ("1989-11-02", "The company said yesterday that third-quarter net income fell 20%.",
     [("yesterday", "DATE", "1989-11-01"), ("third-quarter", "DATE", "1989-Q3")]),
    ("1989-11-02", "Analysts expect earnings to recover in the fourth quarter.",
     [("the fourth quarter", "DATE", "1989-Q4")]),
    ("1989-11-02", "The stock closed at $34.50 Friday, down from $41 a week earlier.",
     [("Friday", "DATE", "1989-10-27"), ("a week earlier", "DATE", "1989-W42")]),
    ("1989-11-02", "In the nine months, net rose 5% to $120 million.",
     [("the nine months", "DURATION", "P9M")]),
    ("1989-11-02", "Shares have fallen 30% since the Oct. 13 plunge.",
     [("Oct. 13", "DATE", "1989-10-13")]),
    ("1989-11-02", "The plan requires approval by the end of 1990.",
     [("the end of 1990", "DATE", "1990")]),
    ("1989-11-02", "Output fell during the 1988-89 season.",
     [("1988", "DATE", "1988"), ("89", "DATE", "1989")]),
    ("2013-03-22", "The rebels seized the town on Thursday, witnesses said.",
     [("Thursday", "DATE", "2013-03-21")]),
    ("2013-03-22", "The pope will celebrate Mass on Sunday.", [("Sunday", "DATE", "2013-03-24")]),
    ("2013-03-22", "The vote, scheduled for April 14, could be delayed.",
     [("April 14", "DATE", "2013-04-14")]),
    ("2013-03-22", "The two countries have been at odds for decades.",
     [("decades", "DURATION", "PXY")]),
    ("2013-03-22", "The ministers met for the first time since 2011 on Tuesday.",
     [("2011", "DATE", "2011"), ("Tuesday", "DATE", "2013-03-19")]),
    ("2020-10-01", "The troops will be home by Thanksgiving.",
     [("Thanksgiving", "DATE", "2020-11-26")]),
    ("2020-01-05", "Shops reopened after New Year's Day.",
     [("New Year's Day", "DATE", "2020-01-01")]),
    ("2020-01-05", "The minister will travel to Moscow on Jan. 9 and to Beijing a week later.",
     [("Jan. 9", "DATE", "2020-01-09"), ("a week later", "DATE", "2020-W03")]),
]  # fmt: skip

# A second blind batch, written after the first round of fixes and before any further rule
# change, so that the figures above (which the fixes were tuned on) have an honest companion.
# 2013-03-22 is a Friday (ISO week 12); 2008-10-09 a Thursday (ISO week 41).
HOLDOUT: list[Case] = [
    ("2013-03-22", "Lawmakers approved the measure late Thursday.",
     [("Thursday", "DATE", "2013-03-21")]),
    ("2013-03-22", "The prime minister is due to visit Washington next month.",
     [("next month", "DATE", "2013-04")]),
    ("2013-03-22", "Violence has killed more than 70,000 people in the past two years.",
     [("the past two years", "DURATION", "P2Y")]),
    ("2013-03-22", "The bank said it expected growth of 1.5 percent in 2013.",
     [("2013", "DATE", "2013")]),
    ("2013-03-22", "Strikes have become common in recent months.",
     [("recent months", "DATE", "PAST_REF")]),
    ("2013-03-22", "The ban will be lifted at midnight on Sunday.",
     [("midnight on Sunday", "TIME", "2013-03-24T24:00")]),
    ("2013-03-22", "The militants have held the hostages for nearly a month.",
     [("a month", "DURATION", "P1M")]),
    ("2013-03-22", "Every spring, herders move their flocks north.",
     [("Every spring", "SET", "XXXX-SP")]),
    ("2013-03-22", "Opposition leaders met on March 19 and again two days later.",
     [("March 19", "DATE", "2013-03-19"), ("two days later", "DATE", "2013-03-21")]),
    ("2013-03-22", "Earlier in the week, the army had denied the report.",
     [("Earlier in the week", "DATE", "2013-W12")]),
    ("2013-03-22", "The court adjourned the case until April.", [("April", "DATE", "2013-04")]),
    ("2013-03-22", "Prices were stable in February but rose sharply this month.",
     [("February", "DATE", "2013-02"), ("this month", "DATE", "2013-03")]),
    ("2008-10-09", "The Dow fell 7 percent on Thursday, its worst day since 1987.",
     [("Thursday", "DATE", "2008-10-09"), ("1987", "DATE", "1987")]),
    ("2008-10-09", "The bank will announce its quarterly results on Oct. 16.",
     [("quarterly", "SET", "P3M"), ("Oct. 16", "DATE", "2008-10-16")]),
    ("2008-10-09", "Congress passed the bailout last Friday.",
     [("last Friday", "DATE", "2008-10-03")]),
    ("2008-10-09", "Markets in Asia were closed for a holiday Wednesday.",
     [("Wednesday", "DATE", "2008-10-08")]),
    ("2008-10-09", "The crisis is the worst since the slump of the 1930s.",
     [("the 1930s", "DATE", "193")]),
    ("2008-10-09", "Credit markets have been frozen for weeks.", [("weeks", "DURATION", "PXW")]),
    ("2008-10-09", "The central bank has cut rates twice this year.",
     [("this year", "DATE", "2008")]),
    ("2008-10-09", "By the end of September, the fund had lost a third of its value.",
     [("the end of September", "DATE", "2008-09")]),
    ("2008-10-09", "He spoke at a news conference in Tokyo on Tuesday evening.",
     [("Tuesday evening", "TIME", "2008-10-07TEV")]),
    ("2008-10-09", "The agreement expires in 2010 unless it is renewed.",
     [("2010", "DATE", "2010")]),
    ("2008-10-09", "The ruling party has governed for half a century.",
     [("half a century", "DURATION", "P50Y")]),
    ("2008-10-09", "Ministers will meet again in the spring of 2009.",
     [("the spring of 2009", "DATE", "2009-SP")]),
    ("2008-10-09", "The trial opened on Sept. 29, 2008 and is expected to last six weeks.",
     [("Sept. 29, 2008", "DATE", "2008-09-29"), ("six weeks", "DURATION", "P6W")]),
    ("2008-10-09", "The 24-hour strike paralysed the port.", [("24-hour", "DURATION", "PT24H")]),
    ("2008-10-09", "Since Monday, at least 40 people have died.",
     [("Monday", "DATE", "2008-10-06")]),
    ("2008-10-09", "Shares rose 4 percent in early trading.", []),
    ("2008-10-09", "A 12-year-old boy was among the dead.", []),
]  # fmt: skip

CASES = JUNE_2020 + OTHER_DATES


def wire_rows(cases: list[Case] = CASES) -> list[dict[str, Any]]:
    """The cases in the gold file's shape; each phrase is found after the previous one."""
    rows = []
    for number, (dct, text, expressions) in enumerate(cases):
        timexes, cursor = [], 0
        for phrase, kind, value in expressions:
            start = text.index(phrase, cursor)
            cursor = start + len(phrase)
            timexes.append({"start": start, "end": cursor, "text": phrase, "type": kind,
                            "value": value})  # fmt: skip
        rows.append({"id": f"wire-{number:03d}", "dct": dct, "text": text, "timexes": timexes})
    return rows


def type_accuracy(rows: list[dict[str, Any]]) -> float:
    """Share of detected gold expressions whose TIMEX3 type is right."""
    from newsevents.evaluate.timex import predict_row

    right = total = 0
    for row in rows:
        for gold, predicted in match_row(row["timexes"], predict_row(row)):
            total += 1
            right += gold["type"] == predicted["type"]
    return right / total if total else 0.0


def test_wire_set_is_large_enough() -> None:
    assert sum(len(expressions) for _, _, expressions in CASES) >= 80


def test_wire_set_floor() -> None:
    rows = wire_rows()
    scores = score_timex(rows)
    summary = {k: round(v, 3) if isinstance(v, float) else v for k, v in scores.items()
               if k != "value_errors"}  # fmt: skip
    summary["type_accuracy"] = round(type_accuracy(rows), 3)
    print(summary)
    for error in scores["value_errors"]:
        print(error["id"], error["gold"]["text"], error["gold"]["value"], "->",
              error["predicted"]["text"], error["predicted"]["value"])  # fmt: skip
    assert scores["detection_f1"] >= 0.97
    assert scores["value_f1"] >= 0.96
    assert summary["type_accuracy"] >= 0.97


def test_second_blind_batch_floor() -> None:
    """First run (before the fixes it then prompted): detection F1 0.984, value F1 0.952."""
    scores = score_timex(wire_rows(HOLDOUT))
    assert sum(len(expressions) for _, _, expressions in HOLDOUT) >= 30
    assert scores["detection_f1"] >= 0.95
    assert scores["value_f1"] >= 0.93, scores["value_errors"]
