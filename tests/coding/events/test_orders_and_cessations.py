"""What an authority orders done to someone, what an actor stops doing, and what a speaker
says someone should or must do: each coded as the act it is, in sentences of our own."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import codes_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_ordering_captives_to_be_freed_is_their_release(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Zambian president ordered the detained students to be freed.")
    assert [e.cameo.code for e in found] == ["0841"], [e.cameo.code for e in found]
    assert found[0].source is not None
    assert found[0].source.code == "ZMBGOV"


def test_ordering_someone_else_to_act_stays_a_demand(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "The Zambian president ordered the rebels to free the hostages.")
    assert found, found
    assert all(c.startswith("10") for c in found), found


def test_stopping_sales_or_talks_reduces_relations(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "Norway stopped selling artillery shells to Chile last year.")
    assert [e.cameo.code[:3] for e in found] == ["162"], [e.cameo.code for e in found]
    assert found[0].modality == "asserted"
    assert found[0].target is not None
    assert found[0].target.code == "CHL"
    talks = codes_of(pipeline, "The Zambian rebels stopped negotiating with the government.")
    assert talks == ["164"], talks


def test_firing_an_official_is_no_shooting(pipeline: Pipeline) -> None:
    fired = codes_of(pipeline, "The Zambian president fired the chief justice in 2019.")
    assert not [c for c in fired if c.startswith("19")], fired
    shot = codes_of(pipeline, "Zambian soldiers fired on the protesters in Lusaka.")
    assert [c for c in shot if c.startswith("19")], shot


def test_should_is_an_appeal_and_must_a_demand(pipeline: Pipeline) -> None:
    advice = codes_of(pipeline, "The Zambian bishop said the government should free the students.")
    assert advice, advice
    assert all(c.startswith("02") for c in advice), advice
    order = codes_of(pipeline, "The Zambian bishop said the government must free the students.")
    assert order, order
    assert all(c.startswith("10") for c in order), order


def test_ought_to_advises_like_should(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "The Zambian bishop argued that the old treaty ought to be revised.")
    assert found, found
    assert all(c.startswith("02") for c in found), found


def test_asking_someone_to_pay_for_damage_asks_for_no_attack(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "The Zambian minister said Chile ought to pay for the damage.")
    assert found, found
    assert not [c for c in found if c[:2] in ("11", "13", "17", "18", "19")], found


def test_signing_a_proclamation_for_a_deployment_is_the_deployment(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The Zambian president signed a proclamation on Friday to allow the deployment."
    )
    assert [e.cameo.code for e in found] == ["154"], [e.cameo.code for e in found]
    assert found[0].source is not None
    assert found[0].source.code == "ZMBGOV"


def test_a_decree_admitting_a_named_foreign_force_stays_an_admission(pipeline: Pipeline) -> None:
    found = codes_of(
        pipeline, "The Zambian president signed a decree to allow the deployment of Kenyan troops."
    )
    assert found == ["0861"], found


def test_signing_an_agreement_stays_an_agreement(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Zambia signed a trade agreement with Malawi on Friday.")
    assert found == ["057"], found
