"""Legal and official acts told in passing on real news: a court turning a suit away is a
rejection (12x), and a statement that weighs an act reported beside it ("said it was
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
