"""Issue 4: background events of the seed article are coded, dated by their own year and
marked historical.

The expected reading lives in ../shared/data/gold/seed_article.expected.json (key
`background`, entries B1 and B2); it is read at run time, nothing of the article is
copied here. The full match needs both directions of a reciprocal actor ("both sides"
-> A->B and B->A), which the event coder emits from `Discourse.reciprocal`.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.integration.test_seed_article import matches

from newsevents.model import CodedArticle, Event


def _entry(expected: dict[str, Any], key: str) -> dict[str, Any]:
    return next(k for k in expected["background"] if k["key"] == key)


def _historical(event: Event, entry: dict[str, Any]) -> bool:
    return (
        event.modality == entry["modality"]
        and event.date.value is not None
        and event.date.value.year == entry["date_year"]
        and any(event.cameo.code.startswith(c) for c in entry["code_any"])
    )


def test_pact_clause_is_coded_as_a_historical_event_of_its_year(
    seed: tuple[dict[str, Any], CodedArticle],
) -> None:
    """B2 without its target: the clause under the dated pact is kept, coded, dated and
    historical, and its "both sides" source is one of the two states of the article."""
    expected, coded = seed
    entry = _entry(expected, "B2")
    found = [
        e
        for e in coded.events
        if _historical(e, entry)
        and e.source is not None
        and e.source.country in {entry["source"], entry["target"]}
    ]
    assert found, [(e.cameo.code, e.modality, e.date.value) for e in coded.events]


@pytest.mark.parametrize("key", ["B1", "B2"])
def test_background_entry_matched_in_full(
    seed: tuple[dict[str, Any], CodedArticle], key: str
) -> None:
    expected, coded = seed
    entry = _entry(expected, key)
    shown = [(e.cameo.code, e.modality, e.date.value) for e in coded.events]
    assert any(matches(e, entry) and _historical(e, entry) for e in coded.events), shown
