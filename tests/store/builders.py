"""Hand-built `Event` and `CodedArticle` values (real dataclasses) for store, query and CLI tests.

The sentences are our own; offsets are computed from the text so the evidence
is always consistent with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from newsevents.ids import article_id, event_id
from newsevents.model import (
    Actor,
    Article,
    Attribution,
    CameoCode,
    CodedArticle,
    Event,
    EventDate,
    Modality,
    Place,
    Provenance,
    Span,
)


def span_of(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(at, at + len(part), part)


def actor(code: str, text: str, span: Span | None = None) -> Actor:
    return Actor(code=code, country=code[:3], sector=code[3:6] or None, text=text, span=span)


def make_event(
    article: Article,
    *,
    sentence: str,
    source: tuple[str, str] | None,
    verb: str,
    target: tuple[str, str] | None,
    code: str,
    day: dt.date | None = None,
    modality: Modality = "asserted",
    confidence: float = 0.8,
    place: Place | None = None,
    reported_by: tuple[Attribution, ...] = (),
    sentence_index: int = 0,
) -> Event:
    """An event whose spans are found in `article.text` inside `sentence`."""
    sent = span_of(article.text, sentence)
    src = span_of(article.text, source[1], sent.start) if source else None
    vrb = span_of(article.text, verb, sent.start)
    tgt = span_of(article.text, target[1], sent.start) if target else None
    spans = tuple((s.start, s.end) if s else None for s in (src, vrb, tgt))
    return Event(
        event_id=event_id(article.article_id, sentence_index, spans, code),
        article_id=article.article_id,
        source=actor(source[0], source[1], src) if source else None,
        target=actor(target[0], target[1], tgt) if target else None,
        cameo=CameoCode(code, code[:2], f"name of {code}", -5.0, 4 if code >= "14" else 1, "X"),
        date=EventDate(day, "day" if day else "unknown", "text" if day else "none",
                       day.isoformat() if day else ""),
        provenance=Provenance(article.article_id, sentence_index, sent, src, vrb, tgt,
                              rule=f"test.{code}", dictionary_version="d1", model_version="m1"),
        place=place,
        reported_by=reported_by,
        modality=modality,
        confidence=confidence,
    )  # fmt: skip


def make_article(text: str, *, url: str | None = None, published: dt.date | None = None) -> Article:
    return Article(article_id(text, url), text, published, title="A title", url=url, origin="t")


BORDER_TEXT = (
    "Northland troops shelled villages in Southland on Monday. "
    "Southland's foreign ministry condemned the attack. "
    "Officials in both capitals said talks could resume."
)


def border_article() -> CodedArticle:
    """Three events of different codes, actors, dates and modalities in one article."""
    article = make_article(BORDER_TEXT, url="https://example.org/a1", published=dt.date(2021, 5, 4))
    s1, s2, s3 = (part.strip() + "." for part in BORDER_TEXT.split(".")[:3])
    where = span_of(BORDER_TEXT, "Southland")
    place = Place("Lakeside", 123, 10.5, 20.25, "SLD", "P", "event", where)
    wire = Attribution("Example Wire", "outlet")
    ministry = Attribution("foreign ministry", "source", actor("SLDGOV", "Southland"), "condemned")
    events = (
        make_event(article, sentence=s1, source=("NLDMIL", "Northland troops"), verb="shelled",
                   target=("SLD", "villages in Southland"), code="195", day=dt.date(2021, 5, 3),
                   place=place, reported_by=(wire,), confidence=0.9),
        make_event(article, sentence=s2, source=("SLDGOV", "Southland's foreign ministry"),
                   verb="condemned", target=None, code="122", day=dt.date(2021, 5, 4),
                   reported_by=(wire, ministry), sentence_index=1, confidence=0.6),
        make_event(article, sentence=s3, source=("NLD", "Officials"), verb="resume",
                   target=("SLD", "both capitals"), code="046", modality="planned",
                   sentence_index=2, confidence=0.3),
    )  # fmt: skip
    return CodedArticle(article, events, (place,))


def empty_article() -> CodedArticle:
    """An article coded with no event."""
    return CodedArticle(make_article("The weather was mild and nothing else happened."), ())


class KeywordCoder:
    """A tiny real coder for tests that run before/without the spaCy pipeline.

    One event per occurrence of a known verb, between the words around it; an
    article containing "KABOOM" makes it raise, to test failure isolation.
    """

    VERBS: dict[str, str] = {"shelled": "195", "condemned": "122", "met": "040"}  # noqa: RUF012

    def code_many(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = None,  # noqa: ARG002
    ) -> Iterator[CodedArticle]:
        for article in articles:
            if "KABOOM" in article.text:
                raise ValueError("the coder cannot handle this article")
            yield CodedArticle(article, tuple(self._events(article)))

    def _events(self, article: Article) -> Iterator[Event]:
        words = article.text.split()
        for position, word in enumerate(words[1:-1], start=1):
            code = self.VERBS.get(word)
            if code:
                yield make_event(
                    article, sentence=article.text, source=("AAA", words[position - 1]),
                    verb=word, target=("BBB", words[position + 1]), code=code,
                    day=article.published,
                )  # fmt: skip
