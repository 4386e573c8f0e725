"""Acts told in a participle or through a document: "..., accusing X of" after another act
is an accusation of its own, and "issued a statement condemning X" is the issuer's."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_accusing_participle_after_a_reported_arrest_is_the_reporters_accusation(
    pipeline: Pipeline,
) -> None:
    found = events_of(
        pipeline,
        "The Zambian party said six of its members were detained, accusing the authorities"
        " of running a campaign of intimidation.",
    )
    accusations = [e for e in found if e.cameo.code.startswith("112")]
    assert accusations, [e.cameo.code for e in found]
    accuser, accused = accusations[0].source, accusations[0].target
    assert accuser is not None
    assert accuser.code == "ZMBPTY"
    assert accused is not None
    assert accused.code.startswith("ZMB")
    assert any(e.cameo.code.startswith("17") for e in found)


def test_accusing_after_a_protest_stays_how_the_protest_was_made(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "The Zambian party protested on Friday, accusing the government of lying."
    )
    assert [e.cameo.code[:2] for e in found] == ["14"], [e.cameo.code for e in found]


def test_a_statement_condemning_someone_is_its_issuers_criticism(pipeline: Pipeline) -> None:
    for verb in ("issued", "signed"):
        found = events_of(
            pipeline,
            f"Three Zambian opposition parties {verb} a joint letter condemning the detentions.",
        )
        codes = [e.cameo.code for e in found]
        assert "111" in codes, codes
        assert not [c for c in codes if c.startswith("057")], codes
        source = next(e.source for e in found if e.cameo.code == "111")
        assert source is not None
        assert source.code.startswith("ZMB"), source


def test_a_visit_to_protest_is_a_protest_as_well(pipeline: Pipeline) -> None:
    found = events_of(
        pipeline, "Forty Zambian students visited the minister's home to protest the fees."
    )
    assert [e.cameo.code[:2] for e in found] == ["04", "14"], [e.cameo.code for e in found]
    marched = events_of(pipeline, "Thousands of Zambians marched in Lusaka to protest the new tax.")
    assert [e.cameo.code[:2] for e in marched] == ["14"], [e.cameo.code for e in marched]
