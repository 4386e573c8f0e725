"""Corroboration labels from reported_by chains (hand-built values and one real parse)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import pytest

from newsevents.coding.attribution.corroboration import corroboration
from newsevents.coding.attribution.cues import Cues
from newsevents.model import Actor, Attribution


def actor(code: str) -> Actor:
    country = code[:3]
    return Actor(code=code, country=country, sector=code[3:6] or None, text=code)


def cite(code: str | None, kind: Literal["source", "via"] = "source") -> Attribution:
    return Attribution(name=code or "officials", kind=kind, actor=actor(code) if code else None)


OUTLET = Attribution(name="The Harbour Times", kind="outlet")
PRK, KOR = actor("PRKMIL"), actor("KORGOV")


@pytest.mark.parametrize(
    ("chain", "expected"),
    [
        ((OUTLET, cite("PRKMED"), cite("KOR")), "both sides"),
        ((OUTLET, cite("PRKMED")), "source side"),
        ((OUTLET, cite("KORMIL")), "target side"),
        ((OUTLET, cite("USAGOV"), cite("IGOUNO")), "third party"),
        ((OUTLET,), "unattributed"),
        ((), "unattributed"),
        ((OUTLET, cite(None)), "unattributed"),
        ((OUTLET, cite("USAGOV"), cite("KOR")), "target side"),
    ],
)
def test_labels(chain: tuple[Attribution, ...], expected: str) -> None:
    assert corroboration(PRK, KOR, chain) == expected


def test_a_relaying_medium_does_not_vouch() -> None:
    """ "a South Korean source told Reuters": Reuters passes it on; only the source counts."""
    chain = (OUTLET, cite("KORMIL"), cite("PRKMED", kind="via"))
    assert corroboration(PRK, KOR, chain) == "target side"


def test_missing_actors() -> None:
    assert corroboration(None, KOR, (cite("KOR"),)) == "target side"
    assert corroboration(PRK, None, (cite("PRK"),)) == "source side"
    assert corroboration(None, None, (cite("PRK"),)) == "unattributed"


def test_domestic_event_sides_by_full_code() -> None:
    police, protesters = actor("KENCOP"), actor("KENOPP")
    assert corroboration(police, protesters, (cite("KENCOP"), cite("KENOPP"))) == "both sides"
    assert corroboration(police, protesters, (cite("KENCOP"),)) == "source side"
    assert corroboration(police, protesters, (cite("KENGOV"),)) == "unattributed"
    assert corroboration(police, protesters, (cite("UGAGOV"),)) == "third party"


@pytest.mark.model
def test_restatements_claimed_by_one_side_and_confirmed_by_the_other(cues: Cues) -> None:
    """Seed-like: the blast is claimed by the North's state media and confirmed by the South;
    the pipeline unions the chains of the two restatements and asks once."""
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.actors.dictionary import ActorDictionary
    from newsevents.coding.attribution.reported_by import reported_by
    from newsevents.model import Article
    from newsevents.nlp import load_language, parse_text

    text = (
        "North Korea's KCNA state news said the bridge had been wrecked by a blast.\n"
        "South Korea also said the bridge had been destroyed."
    )
    nlp: Any = load_language()
    coder = ActorCoder(ActorDictionary.load())
    day = dt.date(2021, 3, 4)
    article = Article("a1", text, published=day, outlet="The Harbour Times")
    links: list[Attribution] = []
    for sentence in parse_text(nlp, text):
        for token in sentence.tokens:
            if token.text in ("wrecked", "destroyed"):
                links.extend(reported_by(sentence, token, article, coder, day, cues=cues.speech))
    source, target = actor("PRK"), actor("KOR")
    assert corroboration(source, target, links) == "both sides"
    first_only = reported_by(*_first(nlp, text), article, coder, day, cues=cues.speech)
    assert corroboration(source, target, first_only) == "source side"


def _first(nlp: Any, text: str) -> tuple[Any, Any]:
    from newsevents.nlp import parse_text

    sentence = parse_text(nlp, text)[0]
    return sentence, next(t for t in sentence.tokens if t.text == "wrecked")
