"""Property tests: whatever is coded, the store gives back the record the contract defines."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.builders import make_article, make_event

from newsevents.model import Attribution, CodedArticle, Modality
from newsevents.store import Store, event_record
from newsevents.store.duckdb_store import MERGE_COLUMNS

WORDS = ["Northland", "Southland", "troops", "shelled", "ministry", "condemned", "talks"]
CODES = ["195", "122", "046", "1712", "010"]
MODALITIES: list[Modality] = ["asserted", "planned", "threatened", "negated"]


@st.composite
def coded_articles(draw: st.DrawFn) -> CodedArticle:
    """An article of generated sentences, with events on words that really occur in it."""
    sentences = draw(
        st.lists(st.lists(st.sampled_from(WORDS), min_size=3, max_size=6), min_size=1, max_size=4)
    )
    text = " ".join(" ".join(s) + "." for s in sentences)
    url = draw(st.none() | st.just("https://example.org/") | st.text("abcxyz", min_size=1))
    published = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    article = make_article(text, url=url, published=published)
    events = {}
    for index, words in enumerate(sentences):
        if not draw(st.booleans()):
            continue
        sentence = " ".join(words) + "."
        source = (draw(st.sampled_from(["NLD", "NLDMIL", "SLDGOV"])), words[0])
        target = draw(st.none() | st.just(("SLD", words[-1])))
        outlet = draw(st.text("Wire ab", min_size=1, max_size=8))
        event = make_event(
            article, sentence=sentence, source=source, verb=words[1], target=target,
            code=draw(st.sampled_from(CODES)), sentence_index=index,
            day=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1))),
            modality=draw(st.sampled_from(MODALITIES)),
            confidence=draw(st.floats(0, 1).map(lambda x: round(x, 3))),
            reported_by=(Attribution(outlet, "outlet"),),
        )  # fmt: skip
        events[event.event_id] = event
    return CodedArticle(article, tuple(events.values()))


def _without_counts(record: dict[str, object]) -> dict[str, object]:
    """A stored record without the merge counts the store adds (issue 9's columns)."""
    return {k: v for k, v in record.items() if k not in MERGE_COLUMNS}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(coded_articles(), min_size=1, max_size=3))
def test_store_round_trip_gives_back_every_record(coded: list[CodedArticle]) -> None:
    unique = {c.article.article_id: c for c in coded}
    expected = {e.event_id: event_record(e, c.article) for c in unique.values() for e in c.events}
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.duckdb") as store:
        # cross-article merging off: the property is that what is written comes back
        store.add_coded(list(unique.values()), merge=None)
        again = store.add_coded(list(unique.values()), merge=None)
        records = [_without_counts(r) for r in store.event_records()]
        assert {r["event_id"]: r for r in records} == expected
        assert store.counts()["events"] == len(expected)
    assert again.events == 0  # writing the same articles twice adds nothing
