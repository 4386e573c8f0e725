"""The reported_by chain on sentences written for these tests (real model, real actor coder)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.attribution.quotes import quotation_around
from newsevents.coding.attribution.reported_by import reported_by
from newsevents.model import Article, Attribution

PUBLISHED = dt.date(2021, 3, 4)
CUES = Cues.load()


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsevents.nlp import load_language

    return load_language()


@pytest.fixture(scope="session")
def coder() -> ActorCoder:
    return ActorCoder(ActorDictionary.load())


def chain(
    nlp: Any, coder: ActorCoder, text: str, word: str, outlet: str | None = "The Harbour Times"
) -> tuple[Attribution, ...]:
    from newsevents.nlp import parse_text

    article = Article("a1", text, published=PUBLISHED, outlet=outlet)
    for sentence in parse_text(nlp, text):
        for token in sentence.tokens:
            if token.text == word:
                return reported_by(sentence, token, article, coder, PUBLISHED, cues=CUES.speech)
    raise AssertionError(f"{word!r} not in {text!r}")


def sources(links: tuple[Attribution, ...]) -> list[Attribution]:
    return [a for a in links if a.kind == "source"]


def codes(links: tuple[Attribution, ...]) -> list[str | None]:
    return [a.actor.code if a.actor else None for a in sources(links)]


def test_outlet_comes_first_and_only_when_known(nlp: Any, coder: ActorCoder) -> None:
    text = "Rebels attacked a police post near the river."
    links = chain(nlp, coder, text, "attacked")
    assert links == (Attribution(name="The Harbour Times", kind="outlet"),)
    assert chain(nlp, coder, text, "attacked", outlet=None) == ()


def test_state_news_agency_is_state_media(nlp: Any, coder: ActorCoder) -> None:
    text = "Pyongyang's KCNA state news said the bridge had been wrecked by a blast."
    assert codes(chain(nlp, coder, text, "wrecked")) == ["PRKMED"]


def test_a_country_that_also_said_so(nlp: Any, coder: ActorCoder) -> None:
    links = chain(nlp, coder, "South Korea also said the bridge had been destroyed.", "destroyed")
    [source] = sources(links)
    assert source.name == "South Korea"
    assert source.actor is not None
    assert source.actor.code == "KOR"


def test_source_told_a_wire_agency(nlp: Any, coder: ActorCoder) -> None:
    text = "A South Korean military source told Reuters that troops had shelled the village."
    links = chain(nlp, coder, text, "shelled")
    kinds = [(a.kind, a.name) for a in links]
    assert kinds == [
        ("outlet", "The Harbour Times"),
        ("source", "A South Korean military source"),
        ("via", "Reuters"),
    ]
    assert links[1].actor is not None
    assert links[1].actor.code == "KORMIL"


def test_spoken_to_parliament_is_no_via(nlp: Any, coder: ActorCoder) -> None:
    text = "The defence minister told parliament that troops had shelled the village."
    links = chain(nlp, coder, text, "shelled")
    assert [a.kind for a in links] == ["outlet", "source"]


def test_interview_with_a_broadcaster_is_a_via(nlp: Any, coder: ActorCoder) -> None:
    text = "The army said in an interview with Al Jazeera that it had shelled the town."
    links = chain(nlp, coder, text, "shelled")
    assert [(a.kind, a.name) for a in links[1:]] == [("source", "The army"), ("via", "Al Jazeera")]


def test_quote_text_when_the_event_is_inside_quotation_marks(nlp: Any, coder: ActorCoder) -> None:
    text = 'State television in China said the depot was "utterly wrecked by a huge blast".'
    [source] = sources(chain(nlp, coder, text, "wrecked"))
    assert source.quote == "utterly wrecked by a huge blast"
    outside = 'Chinese state television said the depot was burned after "a huge blast" on Friday.'
    [source] = sources(chain(nlp, coder, outside, "burned"))
    assert source.quote is None


def test_leading_quotation(nlp: Any, coder: ActorCoder) -> None:
    text = '"We destroyed the depot," a rebel commander told the newspaper.'
    links = chain(nlp, coder, text, "destroyed")
    assert sources(links)[0].quote == "We destroyed the depot"
    assert [a.kind for a in links] == ["outlet", "source", "via"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "According to Kenyan police, gunmen attacked a bus near the border.",
            "attacked",
            "KENCOP",
        ),
        ("Gunmen attacked a bus near the border, Kenyan police said.", "attacked", "KENCOP"),
        (
            "Chinese state television reported that the coast guard had rammed a fishing boat.",
            "rammed",
            "CHNMED",
        ),
        ("Ethiopian officials accused the rebels of shelling the market.", "shelling", "ETHGOV"),
        (
            "Militants stormed the convoy, according to a statement by the Indian army.",
            "stormed",
            "INDMIL",
        ),
    ],
)
def test_citation_forms(nlp: Any, coder: ActorCoder, text: str, word: str, expected: str) -> None:
    assert codes(chain(nlp, coder, text, word)) == [expected]


def test_quoted_as_saying_cites_both(nlp: Any, coder: ActorCoder) -> None:
    """The one quoted comes first (nearest the event), the medium that quoted it after."""
    text = "North Korean state media quoted the navy as saying it had seized two boats."
    links = sources(chain(nlp, coder, text, "seized"))
    assert [a.name for a in links] == ["the navy", "North Korean state media"]
    assert links[1].actor is not None
    assert links[1].actor.code == "PRKMED"


def test_cited_by_and_citing(nlp: Any, coder: ActorCoder) -> None:
    cited_by = "The casualty figures, cited by Kenyan police, show that the militia killed nine."
    assert "KENCOP" in codes(chain(nlp, coder, cited_by, "killed"))
    citing = "The ministry, citing an Indian army source, said troops had crossed the river."
    names = [a.name for a in sources(chain(nlp, coder, citing, "crossed"))]
    assert names == ["The ministry", "an Indian army source"]


def test_possessive_pronoun_source_takes_the_earlier_country(nlp: Any, coder: ActorCoder) -> None:
    text = "South Korea said the bridge was destroyed.\nIts media reported that a blast was heard."
    [source] = sources(chain(nlp, coder, text, "blast"))
    assert source.name == "Its media"
    assert source.actor is not None
    assert source.actor.code == "KORMED"


def test_spans_index_the_article_text(nlp: Any, coder: ActorCoder) -> None:
    text = "Rain fell. A South Korean military source told Reuters that troops had shelled a post."
    for link in chain(nlp, coder, text, "shelled")[1:]:
        assert link.span is not None
        assert text[link.span.start : link.span.end] == link.name


def test_no_speech_verb_no_source(nlp: Any, coder: ActorCoder) -> None:
    links = chain(nlp, coder, "The two armies exchanged fire near the lake.", "exchanged")
    assert sources(links) == []


def test_the_statement_itself_has_no_cited_source(nlp: Any, coder: ActorCoder) -> None:
    """An event coded on "said" (a statement) is the speaker's own act, not a citation."""
    links = chain(nlp, coder, "Kenyan police said gunmen attacked a bus.", "said")
    assert sources(links) == []


def test_quotation_pairs_stay_inside_a_paragraph() -> None:
    text = 'He said "the first part\nThen a second paragraph "with its own quote" ends.'
    inside = text.index("own")
    assert quotation_around(text, inside, inside + 3) == "with its own quote"
    assert quotation_around(text, text.index("first"), text.index("first") + 5) is None
