"""Legal and official acts told in passing on real news: a court turning a suit away or
halting a rule is a rejection (12x), forming a commission or carrying out an inquisition is
an inquiry (09x), and a statement that weighs an act reported beside it ("said it was
unacceptable that the police arrested them") is a verdict on the act's doer, kept beside
the act."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import dyads_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_a_court_dismissing_a_suit_rejects_it(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The High Court in Mombasa dismissed the suit filed by the miners.")
    assert dyads_of(found, "12") == [("KENJUD", "KENLAB")], [e.cameo.code for e in found]


def test_a_suit_thrown_out_is_rejected_even_when_told_as_an_argument(pipeline: Pipeline) -> None:
    """The dismissal is reported inside a lawyer's argument: the reporting verb is transparent."""
    found = events_of(
        pipeline,
        "The lawyer argued that a Kenyan magistrate wrongly threw out the petition last year.",
    )
    assert [s for s, _ in dyads_of(found, "12")] == ["KENJUD"], [e.cameo.code for e in found]


def test_dismissing_an_official_is_no_rejection(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Kenyan president dismissed his finance minister on Friday.")
    assert found, "the dismissal is coded"
    assert not dyads_of(found, "12"), [e.cameo.code for e in found]


def test_a_statement_weighing_an_act_is_a_verdict_beside_the_act(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The Kenyan teachers' union said it was unacceptable that the police arrested the"
        " striking teachers.",
    )
    assert dyads_of(found, "17"), [e.cameo.code for e in found]
    assert dyads_of(found, "111") == [("KENLAB", "KENCOP")], [e.cameo.code for e in found]


def test_a_statement_weighing_nothing_only_attributes_the_act(pipeline: Pipeline) -> None:
    """ "it was clear that": no judging word, so the statement adds nothing to the arrest."""
    found = events_of(
        pipeline, "The Kenyan union said it was clear that the police arrested the teachers."
    )
    assert dyads_of(found, "17"), [e.cameo.code for e in found]
    assert not [e for e in found if e.cameo.root in ("01", "11")], [e.cameo.code for e in found]


def test_forming_a_commission_is_an_inquiry(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Ugandan president formed a ballot fraud commission in 2021.")
    assert [s for s, _ in dyads_of(found, "09")] == ["UGAGOV"], [e.cameo.code for e in found]


def test_forming_a_government_is_no_inquiry(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Ugandan president formed a new government on Monday.")
    assert not dyads_of(found, "09"), [e.cameo.code for e in found]


def test_an_inquisition_carried_out_is_an_inquiry(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "Ugandan police carried out a lengthy inquisition into the senator's business dealings.",
    )
    assert [s for s, _ in dyads_of(found, "09")] == ["UGACOP"], [e.cameo.code for e in found]


def test_a_verdict_on_an_inquiry_keeps_both(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline,
        "The chief said it was preposterous for the Kenyan government to be carrying out an"
        " inquisition into the senator's life.",
    )
    assert [s for s, _ in dyads_of(found, "09")] == ["KENGOV"], [e.cameo.code for e in found]
    assert [t for _, t in dyads_of(found, "111")] == ["KENGOV"], [e.cameo.code for e in found]


def test_a_judge_halting_a_rule_rejects_it(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "A Kenyan judge in Kisumu has halted the new grazing rule.")
    assert [s for s, _ in dyads_of(found, "12")] == ["KENJUD"], [e.cameo.code for e in found]


def test_a_government_suspending_its_own_law_yields(pipeline: Pipeline) -> None:
    found = events_of(pipeline, "The Kenyan government has suspended the new grazing law.")
    assert not dyads_of(found, "12"), [e.cameo.code for e in found]
    assert dyads_of(found, "08"), [e.cameo.code for e in found]
