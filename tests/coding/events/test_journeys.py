"""Journeys and mirrored consultations on sentences of our own: a trip is a visit only when
a state or an organisation makes it to a party, and only a meeting of parties is mirrored."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model
DAY = dt.date(2023, 6, 1)


def dyads(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in pipeline.code_text(text, DAY).events
    ]


def test_a_minister_flying_to_a_capital_is_a_visit_and_its_hosting(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "The Finnish foreign minister flew to Tokyo on Monday.")
    codes = [c for c, _, _ in found]
    assert "042" in codes, found
    assert "043" in codes, found


def test_families_flying_home_make_no_visit(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Their families flew to Helsinki on Monday.")
    assert not [c for c, _, _ in found if c.startswith("04")], found


def test_protesters_travelling_to_the_capital_make_no_visit(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Thousands of Peruvian protesters travelled to Lima on Monday.")
    assert not [c for c, _, _ in found if c.startswith("04")], found


def test_a_visit_to_a_private_home_is_not_mirrored(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Angry Canadian farmers visited the homes of bank executives.")
    assert not [c for c, _, _ in found if c == "043"], found
