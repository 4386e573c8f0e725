"""The confidence score: a logistic model over readable features, with weights as data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.coding.attribution.confidence import (
    FEATURES,
    ConfidenceModel,
    confidence,
    features,
)
from newsevents.errors import DictionaryError
from newsevents.model import (
    Actor,
    Attribution,
    CameoCode,
    DateFrom,
    Event,
    EventDate,
    EventMatch,
    Modality,
    Provenance,
    Span,
    Token,
)

VERB = Span(10, 18, "attacked")
TRIGGER = Token(2, "attacked", "attack", "VERB", "VBD", "ROOT", 2, 10, 18)
KOR = Actor("KORMIL", "KOR", "MIL", "South Korean troops")
PRK = Actor("PRKGOV", "PRK", "GOV", "Pyongyang")


def make(
    code: str = "1712",
    *,
    source: Actor | None = KOR,
    target: Actor | None = PRK,
    date_from: DateFrom = "text",
    modality: Modality = "asserted",
    chain: tuple[Attribution, ...] = (),
) -> tuple[Event, EventMatch]:
    match = EventMatch(0, TRIGGER, code, source, target, "17:1712:p0", VERB)
    event = Event(
        event_id="e1",
        article_id="a1",
        source=source,
        target=target,
        cameo=CameoCode(code, code[:2], "", None, 4, None),
        date=EventDate(dt.date(2021, 3, 3), "day", date_from),
        provenance=Provenance("a1", 0, Span(0, 30, ""), None, VERB, None, "17:1712:p0"),
        reported_by=chain,
        modality=modality,
    )
    return event, match


def score(model: ConfidenceModel | None = None, **kw: object) -> float:
    event, _ = make(**kw)  # type: ignore[arg-type]
    return confidence(event, model or EVIDENCE_MODEL)


# A model of our own: each kind of evidence counts for, each doubt against.
EVIDENCE_MODEL = ConfidenceModel(
    bias=-2.0,
    weights={
        "source_named": 1.5,
        "source_inferred": 1.0,
        "target_coded": 1.0,
        "date_text": 0.5,
        "support": 0.5,
        "specificity": 0.5,
        "modality_negated": -2.0,
        "modality_conditional": -1.0,
        "bare_statement": -1.0,
    },
    threshold=0.3,
)


def test_no_evidence_scores_the_bias_alone() -> None:
    model = ConfidenceModel(bias=0.0, weights={}, threshold=0.0)
    assert score(model) == 0.5


def test_each_kind_of_evidence_raises_the_score() -> None:
    weakest = score(code="17", source=None, target=None, date_from="none")
    assert score(code="1712", source=None, target=None, date_from="none") > weakest
    assert score(code="17", target=None, date_from="none") > weakest
    assert score(code="17", source=None, date_from="none") > weakest
    assert score(code="17", source=None, target=None, date_from="text") > weakest
    chain = (Attribution("Seoul", "source", Actor("KORGOV", "KOR", "GOV", "Seoul")),)
    assert score(code="17", source=None, target=None, date_from="none", chain=chain) > weakest


def test_a_named_source_and_an_inferred_one_are_told_apart() -> None:
    inferred = replace(KOR, entry="role.military+country-of-article")
    event, _ = make(source=inferred)
    assert features(event)["source_inferred"] == 1.0
    assert features(event)["source_named"] == 0.0
    assert score(source=KOR) > score(source=inferred)


def test_a_bare_statement_is_flagged() -> None:
    event, _ = make(code="010", target=None)
    assert features(event)["bare_statement"] == 1.0
    assert features(make(code="010")[0])["bare_statement"] == 0.0


def test_only_a_noun_pattern_is_a_noun_trigger() -> None:
    event, _ = make()
    for rule, noun in (
        ("18_assault:180:n0", True),
        ("01_statement:010:n12=>111:evaluation", True),
        ("02_appeal:020:p1=>010:naming=>111:evaluation", False),
        ("17:1712:p0", False),
    ):
        named = replace(event, provenance=replace(event.provenance, rule=rule))
        assert features(named)["noun_trigger"] == (1.0 if noun else 0.0), rule


def test_doubtful_modalities_score_lower() -> None:
    assert score() > score(modality="conditional") > score(modality="negated")


def test_the_packaged_model_loads_and_names_only_known_features() -> None:
    model = ConfidenceModel.load()
    assert set(model.weights) <= set(FEATURES)
    assert 0.0 <= model.threshold <= 1.0


def test_a_model_file_with_an_unknown_feature_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.yaml"
    bad.write_text("bias: 0\nthreshold: 0.2\nweights: {shoe_size: 1.0}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="shoe_size"):
        ConfidenceModel.load(bad)


@given(
    code=st.sampled_from(["01", "173", "1712"]),
    has_source=st.booleans(),
    has_target=st.booleans(),
    date_from=st.sampled_from(get_args(DateFrom)),
    modality=st.sampled_from(get_args(Modality)),
)
def test_always_between_zero_and_one(
    code: str, has_source: bool, has_target: bool, date_from: DateFrom, modality: Modality
) -> None:
    value = score(
        ConfidenceModel.load(),
        code=code,
        source=KOR if has_source else None,
        target=PRK if has_target else None,
        date_from=date_from,
        modality=modality,
    )
    assert 0.0 <= value <= 1.0
