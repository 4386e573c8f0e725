"""Mines and bombs that a vehicle or patrol meets: "the patrol hit a mine", "the truck was
wrecked by another mine". Whoever meets the weapon undergoes the attack and is its
target; no one is named doing it, so the source stays unknown (sentences of our own)."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import events_of

from newsevents.model import Event
from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def assaults(found: list[Event]) -> list[tuple[str, str, str]]:
    return [
        (e.cameo.code, e.source.code if e.source else "", e.target.code if e.target else "")
        for e in found
        if e.cameo.root == "18"
    ]


def test_a_police_car_meeting_a_mine_is_the_target(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "A Zambian police pickup with five officers exploded on a mine near the village.",
    )
    assert assaults(found) == [("1833", "", "ZMBCOP")], assaults(found)


def test_a_convoy_running_over_a_roadside_bomb_is_the_target(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "A Zambian police convoy ran over a roadside bomb on Friday.")
    assert [(c, t) for c, _, t in assaults(found)] == [("1833", "ZMBCOP")], assaults(found)


def test_blown_up_by_a_mine_is_a_mine_attack_not_demolition(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "A Zambian police truck was blown up by another mine.")
    assert assaults(found) == [("1833", "", "ZMBCOP")], [e.cameo.code for e in found]


def test_blowing_up_with_a_bomb_is_a_bombing(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "A bomb blew up a Zambian police station on Friday.")
    assert [(c, t) for c, _, t in assaults(found)] == [("183", "ZMBCOP")], assaults(found)


def test_an_army_blowing_up_a_depot_is_still_demolition(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Zambian army blew up the rebel depot.")
    assert [e.cameo.code for e in found] == ["1712"], [e.cameo.code for e in found]
