"""Property tests of within-article merging: a second pass changes nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.store.builders import make_article, make_event

from newsevents.dedup.within_article import merge_restatements
from newsevents.model import Attribution, Event, Modality

TEXT = (
    "Northland troops shelled the border town. "
    "The town was shelled by Northland troops, Southland said. "
    "Southland troops attacked the town too. "
    "The ministry condemned the attack."
)
SENTENCES = [s.strip() + "." for s in TEXT.split(".")[:4]]
ARTICLE = make_article(TEXT, published=dt.date(2021, 5, 4))
ACTORS = [("NLDMIL", "Northland troops"), ("SLDMIL", "Southland troops"), ("SLD", "Southland")]
MODALITIES: list[Modality] = ["asserted", "planned"]


@st.composite
def events(draw: st.DrawFn) -> list[Event]:
    out: dict[str, Event] = {}
    for _ in range(draw(st.integers(0, 6))):
        index = draw(st.integers(0, len(SENTENCES) - 1))
        sentence = SENTENCES[index]
        present = [a for a in ACTORS if a[1] in sentence]
        source = draw(st.none() | st.sampled_from(present)) if present else None
        noun = "town" if "town" in sentence else "attack"
        target = draw(st.none() | st.just(("SLD", noun)))
        verb = next(w for w in ("shelled", "attacked", "condemned") if w in sentence)
        who = draw(st.sampled_from(["Wire", "Southland", "ministry"]))
        event = make_event(
            ARTICLE, sentence=sentence, source=source, verb=verb, target=target,
            code=draw(st.sampled_from(["195", "190", "122"])), sentence_index=index,
            day=draw(st.none() | st.sampled_from([dt.date(2021, 5, 3), dt.date(2021, 5, 4)])),
            modality=draw(st.sampled_from(MODALITIES)),
            reported_by=(Attribution(who, draw(st.sampled_from(["outlet", "source"]))),),
        )  # fmt: skip
        out[event.event_id] = event
    return list(out.values())


@settings(max_examples=200, deadline=None)
@given(events())
def test_merging_twice_is_merging_once(found: list[Event]) -> None:
    once = merge_restatements(found)
    assert merge_restatements(once) == once


@settings(max_examples=200, deadline=None)
@given(events())
def test_merging_keeps_every_source_and_never_adds_events(found: list[Event]) -> None:
    merged = merge_restatements(found)
    assert len(merged) <= len(found)
    assert {e.event_id for e in merged} <= {e.event_id for e in found}
    kept = {(a.name, a.kind) for e in merged for a in e.reported_by}
    assert {(a.name, a.kind) for e in found for a in e.reported_by} <= kept
