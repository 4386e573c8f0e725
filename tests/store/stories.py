"""A tiny hand-built story corpus for store tests: one happening reported three times.

The original, a reworded report by another outlet, a light-edit wire copy of the
original, a shelling ten days later in the same dyad, a meeting coded 042 (a code
with a leading zero) and an undated statement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.store.builders import make_article, make_event

from newsevents.model import CodedArticle, Place

MONDAY = dt.date(2024, 3, 11)
ORIGINAL = (
    "Northland troops shelled the Southland town of Brook on Monday, killing four people, "
    "officials said. Rescue teams searched the rubble of a school through the night."
)
WIRE_COPY = ORIGINAL.replace("Rescue teams searched", "Rescuers searched")
REWORDED = "Four people died in Brook when Northland soldiers shelled the town on Monday."
LATER = "Northland troops shelled the Southland port of Bay on Thursday, officials said."
VISIT = "Northland's president visited Southland on Friday for talks."
UNDATED = "Northland officials said they were ready for talks with Southland."
BROOK = Place("Brook", 703448, 50.45, 30.52, "UKR", "P", "event")


def report(
    text: str, outlet: str, published: dt.date, day: dt.date | None = MONDAY, *,
    verb: str = "shelled", code: str = "195", place: Place | None = BROOK,
) -> CodedArticle:  # fmt: skip
    """An article of `outlet` whose first sentence codes a Northland -> Southland event."""
    article = make_article(text, url=f"https://{outlet}.example/{len(text)}", published=published)
    article = dataclasses.replace(article, outlet=outlet)
    first = text.split(". ")[0]
    source = next(s for s in ("Northland troops", "Northland soldiers", "Northland") if s in first)
    target = "Southland" if "Southland" in first else "the town"
    event = make_event(
        article, sentence=first, source=("NLDMIL", source), verb=verb,
        target=("SLDGOV", target), code=code, day=day, place=place,
    )  # fmt: skip
    return CodedArticle(article, (event,))


def corpus() -> list[CodedArticle]:
    """Six articles: three reports of one shelling, a later one, a visit, an undated statement."""
    return [
        report(ORIGINAL, "northern", dt.date(2024, 3, 12)),
        report(REWORDED, "ledger", dt.date(2024, 3, 12)),
        report(WIRE_COPY, "coast", dt.date(2024, 3, 13)),
        report(LATER, "ledger", dt.date(2024, 3, 22), day=dt.date(2024, 3, 21), place=None),
        report(VISIT, "ledger", dt.date(2024, 4, 6), day=dt.date(2024, 4, 5), verb="visited",
               code="042", place=None),
        report(UNDATED, "coast", dt.date(2024, 4, 8), day=None, verb="said", code="018",
               place=None),
    ]  # fmt: skip
