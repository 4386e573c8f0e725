"""An act that names no target in a story between two sides is aimed at the other side.

The rule is tested twice: on hand-built events (which events change, and which never do),
and end to end on short stories of our own through the real pipeline.
"""

from __future__ import annotations

import datetime as dt

from newsevents.coding.actors.counterpart import (
    COUNTERPART_ENTRY,
    OWN_SIDE_ENTRY,
    with_counterpart_targets,
)
from newsevents.model import Actor, CameoCode, Event, EventDate, Provenance, Span
from newsevents.pipeline import Pipeline

NOR = Actor("NOR", "NOR", None, "Norway")
GBR = Actor("GBR", "GBR", None, "Britain")
GBRGOV = Actor("GBRGOV", "GBR", "GOV", "the British minister")
FISH = Actor("GBR", "GBR", None, "the quota", entry="domestic-target+country-of-article")


def _event(code: str, source: Actor | None, target: Actor | None, n: int = 0) -> Event:
    span = Span(0, 10, "x")
    return Event(
        event_id=f"e{n}",
        article_id="a",
        source=source,
        target=target,
        cameo=CameoCode(code, code[:2], "", 0.0, 1, None),
        date=EventDate(None, "day", "publication"),
        provenance=Provenance("a", n, span, None, span, None, "r"),
    )


def _story(*extra: Event) -> list[Event]:
    """A two-sided story: Norway and Britain each coded three times."""
    talks = [_event("046", NOR, GBR, 1), _event("046", GBR, NOR, 2), _event("112", GBR, NOR, 3)]
    return [*talks, *extra]


def test_a_statement_without_target_is_aimed_at_the_other_side() -> None:
    said = _event("010", GBRGOV, None, 9)
    aimed = with_counterpart_targets(_story(said))[-1]
    assert aimed.target is not None
    assert (aimed.target.code, aimed.target.entry) == ("NOR", COUNTERPART_ENTRY)


def test_a_thing_taken_for_the_source_country_is_aimed_at_the_other_side() -> None:
    rejected = with_counterpart_targets(_story(_event("125", GBRGOV, FISH, 9)))[-1]
    assert rejected.target is not None
    assert rejected.target.code == "NOR"
    assert rejected.target.text == "the quota"  # the phrase the text gave is kept


def test_an_agentless_act_toward_one_side_is_the_other_side_s() -> None:
    accused = with_counterpart_targets(_story(_event("112", None, NOR, 9)))[-1]
    assert accused.source is not None
    assert (accused.source.code, accused.source.entry) == ("GBR", COUNTERPART_ENTRY)
    nobody = _event("112", None, None, 9)  # neither side known: nothing to go on
    assert with_counterpart_targets(_story(nobody))[-1] == nobody


def test_an_agentless_act_toward_both_sides_is_neither_side_s() -> None:
    """ "the allegations against Norway and Britain": one act (one sentence and trigger) told
    of both sides, so neither accuses the other; the accuser stays unknown."""
    both = [_event("112", None, NOR, 9), _event("112", None, GBR, 9)]
    assert [e.source for e in with_counterpart_targets(_story(*both))[-2:]] == [None, None]


def test_named_targets_and_material_acts_are_never_changed() -> None:
    named = _event("111", GBRGOV, Actor("GBRLEG", "GBR", "LEG", "parliament"), 8)
    fought = _event("190", GBRGOV, None, 9)
    story = _story(named, fought)
    assert with_counterpart_targets(story)[-2:] == [named, fought]


def test_a_one_sided_or_thin_story_has_no_counterpart() -> None:
    said = _event("010", GBRGOV, None, 9)
    domestic = [_event("173", GBRGOV, GBR, 1), _event("112", GBR, GBR, 2), said]
    assert with_counterpart_targets(domestic)[-1].target is None
    thin = [_event("046", NOR, GBR, 1), said]  # Norway coded once only
    assert with_counterpart_targets(thin)[-1].target is None


def test_the_near_end_of_a_link_coded_as_a_far_end_target_still_counts_as_a_side() -> None:
    """ "rejected a plea for an Oslo-London ferry" is coded toward Norway only, but the phrase
    names Britain too: Britain stays the story's other side for the statement with no target."""
    ferry = Actor("NORGOV", "NOR", "GOV", "an Oslo-London ferry", entry="NOR.capital+GBR.capital")
    story = [
        _event("120", GBRGOV, ferry, 1),
        _event("040", NOR, GBR, 2),
        _event("010", NOR, None, 3),
    ]
    aimed = with_counterpart_targets(story)[-1]
    assert aimed.target is not None
    assert (aimed.target.code, aimed.target.entry) == ("GBR", COUNTERPART_ENTRY)
    alone = Actor("NORGOV", "NOR", "GOV", "an Oslo ferry", entry="NOR.capital")
    story[0] = _event("120", GBRGOV, alone, 1)  # Britain is then coded twice only
    assert with_counterpart_targets(story)[-1].target is None


def test_in_a_one_sided_story_an_untargeted_act_of_conflict_is_aimed_within() -> None:
    domestic = [_event("173", GBRGOV, GBR, 1), _event("112", GBR, GBR, 2)]
    demanded = _event("100", GBRGOV, None, 9)
    aimed = with_counterpart_targets([*domestic, demanded])[-1]
    assert aimed.target is not None
    assert (aimed.target.code, aimed.target.entry) == ("GBR", OWN_SIDE_ENTRY)
    # a cooperative act to no one named stays without a target
    pledged = _event("030", GBRGOV, None, 8)
    assert with_counterpart_targets([*domestic, pledged])[-1] == pledged


def test_in_a_one_sided_story_an_agentless_act_of_conflict_is_the_sides_own() -> None:
    domestic = [_event("173", GBRGOV, GBR, 1), _event("112", GBR, GBR, 2)]
    accused = with_counterpart_targets([*domestic, _event("112", None, GBRGOV, 9)])[-1]
    assert accused.source is not None
    assert (accused.source.code, accused.source.entry) == ("GBR", OWN_SIDE_ENTRY)
    welcomed = _event("051", None, GBRGOV, 8)  # not an act of conflict: stays agentless
    assert with_counterpart_targets([*domestic, welcomed])[-1] == welcomed


def test_end_to_end_a_two_sided_story_and_a_domestic_one(pipeline: Pipeline) -> None:
    two_sided = (
        "LONDON — Britain and Norway held a fourth round of fishing talks on Monday. Norway "
        "rejected the British quota offer. Britain accused Norway of stalling. British "
        "officials criticised the proposal as unworkable."
    )
    events = pipeline.code_text(two_sided, dt.date(2021, 3, 2)).events
    criticised = [e for e in events if e.cameo.code == "111"]
    assert [(e.source and e.source.country, e.target and e.target.code) for e in criticised] == [
        ("GBR", "NOR")
    ]
    assert criticised[0].target is not None
    assert criticised[0].target.entry == COUNTERPART_ENTRY
    domestic = (
        "LAGOS — Nigerian police arrested four protesters on Monday. The governor criticised "
        "the plan. The governor welcomed the decision."
    )
    events = pipeline.code_text(domestic, dt.date(2021, 3, 2)).events
    assert {e.cameo.root for e in events} >= {"11", "05"}
    assert not any(e.target and e.target.entry == COUNTERPART_ENTRY for e in events)
