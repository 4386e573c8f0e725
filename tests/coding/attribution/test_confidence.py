"""The confidence score: bounds, monotonicity in each input, and the documented formula."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import get_args

from hypothesis import given
from hypothesis import strategies as st

from newsevents.coding.attribution.confidence import (
    BASE,
    W_DATE,
    W_SOURCE,
    W_SPECIFICITY,
    W_SUPPORT,
    W_TARGET,
    confidence,
)
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


def score(**kw: object) -> float:
    event, match = make(**kw)  # type: ignore[arg-type]
    return confidence(event, match)


def test_full_evidence_reaches_one() -> None:
    chain = (
        Attribution("KCNA", "source", Actor("PRKMED", "PRK", "MED", "KCNA")),
        Attribution("Seoul", "source", Actor("KORGOV", "KOR", "GOV", "Seoul")),
    )
    event, match = make(chain=chain)
    assert confidence(event, match, pattern_size=4) == 1.0


def test_bare_event_is_the_documented_floor() -> None:
    expected = BASE + W_SPECIFICITY * 0.3  # root-level code, nothing else known
    assert score(code="17", source=None, target=None, date_from="none") == round(expected, 3)


def test_each_input_raises_the_score() -> None:
    weakest = score(code="17", source=None, target=None, date_from="none")
    assert score(code="1712", source=None, target=None, date_from="none") > weakest
    assert score(code="17", target=None, date_from="none") > weakest
    assert score(code="17", source=None, date_from="none") > weakest
    assert score(code="17", source=None, target=None, date_from="text") > weakest
    chain = (Attribution("Seoul", "source", Actor("KORGOV", "KOR", "GOV", "Seoul")),)
    assert score(code="17", source=None, target=None, date_from="none", chain=chain) > weakest


def test_weights_sum_to_one() -> None:
    assert abs(BASE + W_SPECIFICITY + W_SOURCE + W_TARGET + W_DATE + W_SUPPORT - 1.0) < 1e-9


def test_pronoun_resolved_and_countryless_actors_weigh_less() -> None:
    dictionary = score(target=None)
    pronoun = score(source=replace(KOR, text="it"), target=None)
    bare_role = score(source=Actor("MIL", None, "MIL", "the military"), target=None)
    assert dictionary > bare_role > pronoun > score(source=None, target=None)


def test_unrealised_modalities_score_lower() -> None:
    asserted = score()
    assert score(modality="threatened") == asserted
    assert asserted > score(modality="historical") > score(modality="planned")
    assert score(modality="planned") > score(modality="conditional")
    assert score(modality="conditional") > score(modality="hypothetical")
    assert score(modality="hypothetical") > score(modality="negated")


@given(
    code=st.sampled_from(["01", "173", "1712"]),
    has_source=st.booleans(),
    has_target=st.booleans(),
    date_from=st.sampled_from(get_args(DateFrom)),
    modality=st.sampled_from(get_args(Modality)),
    n_sources=st.integers(0, 4),
    pattern_size=st.one_of(st.none(), st.integers(-2, 9)),
)
def test_always_between_zero_and_one(
    code: str,
    has_source: bool,
    has_target: bool,
    date_from: DateFrom,
    modality: Modality,
    n_sources: int,
    pattern_size: int | None,
) -> None:
    chain = tuple(
        Attribution(f"s{i}", "source", Actor(f"X{i:02d}", f"X{i:02d}", None, "x"))
        for i in range(n_sources)
    )
    event, match = make(
        code,
        source=KOR if has_source else None,
        target=PRK if has_target else None,
        date_from=date_from,
        modality=modality,
        chain=chain,
    )
    value = confidence(event, match, pattern_size=pattern_size)
    assert 0.0 <= value <= 1.0
