"""The cross-article rule and the near-duplicate detector, on hand-built values."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsevents.config import settings_from
from newsevents.dedup.across_articles import (
    EventKey,
    MergeRule,
    first_match,
    period,
    rule_from_settings,
    same_happening,
    specific_part,
)
from newsevents.dedup.near_duplicates import best_match, signature, similarity

RULE = MergeRule()
BASE = EventKey(
    event_id="e1", source_country="RUS", source_sector="MIL", target_country="UKR",
    target_sector=None, cameo_code="194", cameo_root="19", modality="asserted",
    date=dt.date(2024, 3, 11), date_precision="day", place_country="UKR",
    place_lat=49.98, place_lon=36.25,
)  # fmt: skip


def other(**changes: object) -> EventKey:
    return dataclasses.replace(BASE, **{"event_id": "e2", **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"source_sector": None},  # a sector only on one side does not block
        {"cameo_code": "19"},  # a root-level code agrees with a specific one
        {"cameo_code": "190"},  # "not specified" 190 agrees with 194
        {"date": dt.date(2024, 3, 12)},  # one day apart: within the window
        {"date": dt.date(2024, 3, 1), "date_precision": "month"},  # March contains 11 March
        {"date": dt.date(2024, 3, 11), "date_precision": "week"},
        {"place_lat": None, "place_lon": None, "place_country": None},
        {"place_lat": 50.0, "place_lon": 36.3},  # a few km away
    ],
)
def test_reports_that_agree_merge(changes: dict[str, object]) -> None:
    assert same_happening(BASE, other(**changes), RULE)
    assert same_happening(other(**changes), BASE, RULE)


@pytest.mark.parametrize(
    "changes",
    [
        {"source_country": "UKR", "target_country": "RUS"},  # the other direction
        {"target_country": None},
        {"source_sector": "GOV"},
        {"cameo_code": "183", "cameo_root": "18"},
        {"cameo_code": "193"},  # both specific and different
        {"modality": "negated"},
        {"date": dt.date(2024, 3, 21)},  # ten days later: another shelling
        {"date": dt.date(2024, 2, 1), "date_precision": "month"},
        {"date": None, "date_precision": "unknown"},
        {"place_country": "RUS"},
        {"place_lat": 46.48, "place_lon": 30.73},  # Odesa, about 550 km away
    ],
)
def test_reports_that_disagree_stay_apart(changes: dict[str, object]) -> None:
    assert not same_happening(BASE, other(**changes), RULE)
    assert not same_happening(other(**changes), BASE, RULE)


def test_the_rule_is_tunable() -> None:
    later = other(date=dt.date(2024, 3, 14))
    assert not same_happening(BASE, later, RULE)
    assert same_happening(BASE, later, MergeRule(date_window_days=3))
    far = other(place_lat=49.0, place_lon=36.25)  # about 110 km south
    assert not same_happening(BASE, far, RULE)
    assert same_happening(BASE, far, MergeRule(place_km=150))
    undated = other(date=None, date_precision="unknown")
    assert same_happening(BASE, undated, MergeRule(merge_undated=True))


def test_settings_build_the_rule_or_turn_it_off() -> None:
    env = {"NEWSEVENTS_MERGE_DATE_WINDOW_DAYS": "2", "NEWSEVENTS_MERGE_PLACE_KM": "25.5"}
    rule = rule_from_settings(settings_from(env=env))
    assert rule == MergeRule(date_window_days=2, place_km=25.5)
    off = settings_from(env={"NEWSEVENTS_MERGE_ACROSS_ARTICLES": "false"})
    assert rule_from_settings(off) is None


def test_first_match_returns_the_first_agreeing_candidate() -> None:
    wrong = other(event_id="x", cameo_code="183", cameo_root="18")
    assert first_match(BASE, [wrong, other(event_id="y"), other(event_id="z")], RULE) == "y"
    assert first_match(BASE, [wrong], RULE) is None


def test_periods_and_specific_parts() -> None:
    assert period(dt.date(2024, 2, 1), "month") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period(dt.date(2024, 3, 13), "week") == (dt.date(2024, 3, 11), dt.date(2024, 3, 17))
    assert period(dt.date(2024, 1, 1), "year")[1] == dt.date(2024, 12, 31)
    assert [specific_part(c) for c in ("040", "1910", "046", "19")] == ["04", "191", "046", "19"]


ORIGINAL = (
    "Turkey expelled two Swedish diplomats on Friday after a protest in Stockholm, the foreign "
    "ministry in Ankara said. The diplomats were given one week to leave the country. Sweden "
    "said it regretted the decision and called the move disproportionate."
)
WIRE_COPY = ORIGINAL.replace("were given one week", "have one week").replace(
    " and called", ", calling"
)
OWN_WORDS = (
    "Two envoys from Sweden were told by Ankara on Friday to leave Turkey within a week, Swedish "
    "officials confirmed, after weeks of tension over demonstrations in the Swedish capital."
)


def test_wire_copies_are_near_duplicates_and_rewordings_are_not() -> None:
    sig = signature(ORIGINAL)
    assert similarity(sig, signature(WIRE_COPY)) >= 0.5
    assert similarity(sig, signature(OWN_WORDS)) < 0.2
    assert similarity(sig, signature(ORIGINAL)) == 1.0
    assert signature(ORIGINAL) == sig  # deterministic across calls (stored signatures compare)
    pool = [("own", signature(OWN_WORDS)), ("orig", sig)]
    assert best_match(signature(WIRE_COPY), pool, 0.5) == "orig"
    assert best_match(signature(OWN_WORDS), [("orig", sig)], 0.5) is None
