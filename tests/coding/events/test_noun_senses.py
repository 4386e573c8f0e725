"""Nouns that name an act only in one sense, in sentences of our own: an "attempt" or a
"plot" is an assassination attempt (185) only when aimed at someone ("an attempt on the
minister's life"); resisting "any attempt to discredit" someone refuses it (12x); and the
place where violence or unrest happens ("unrest in Zambia") is not whom it targets."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import codes_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_an_attempt_aimed_at_no_one_is_no_assassination_attempt(pipeline: Pipeline) -> None:
    text = "Critics see the tax as an attempt by the Zambian government to limit imports."
    found = codes_of(pipeline, text)
    assert not [c for c in found if c.startswith("18")], found


def test_an_attempt_on_someones_life_stays_an_assassination_attempt(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Gunmen made an attempt on the life of the Zambian finance minister."
    )
    assert [e.cameo.code for e in found] == ["185"], [e.cameo.code for e in found]
    assert found[0].target is not None
    assert found[0].target.code == "ZMBGOV"


def test_resisting_an_attempt_against_someone_refuses_it(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Zambian farmers union said it will fight every attempt to discredit the "
        "Zambian finance minister.",
    )
    assert [e.cameo.code[:2] for e in found] == ["12"], [e.cameo.code for e in found]
    assert found[0].target is not None
    assert found[0].target.code == "ZMBGOV"


def test_the_place_of_unrest_is_not_its_target(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The unrest in Zambia worries its neighbour Malawi.")
    riots = [e for e in found if e.cameo.root == "14"]
    assert all(e.target is None or e.target.country != "ZMB" for e in riots), [
        (e.cameo.code, e.target) for e in riots
    ]
    against = events_of(pipeline, "Zambian students rioted against the new fees on Friday.")
    assert [e.cameo.code for e in against if e.cameo.root == "14"] == ["145"]
