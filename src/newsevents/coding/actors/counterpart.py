"""The other party of a two-sided story, as the target of an act that names none.

Reports about relations between two countries often leave the second one implicit:
"Norway is weighing a new quota" in a story on fishing talks with Iceland, "the Brazilians
withdrew a tariff proposal" in a story on trade talks with Argentina, "Chile objected to
those measures" in a story on Peru. The target phrase is a thing ("a new quota", "a tariff
proposal", "those measures") or missing, so the clause codes no target, or codes the
source's own country for the thing (`domestic_target`). CAMEO coders key such acts toward the
story's other party, and an event without a target is of little use for dyadic analysis.

So a verbal or cooperative act (roots 01-13) whose target is missing, or is only a thing
taken for the source's own country, is aimed at the article's counterpart: the side coded
most often in the article's events other than the source's own, when it is coded at least
`min_mentions` times. A story with no second side (a domestic report) changes nothing,
and an actor the text names as target is never replaced. The new target's `entry` is
`counterpart-of-article`, so a user can see, or filter out, what was inferred.

The same holds the other way round: an agentless verbal act toward one side ("Russia was
accused of meddling", "Britain was urged to reconsider") in such a story is the other
side's act, so its missing source becomes the counterpart of its target.

A story with one side only (a domestic report) has no counterpart; there a verbal act of
conflict (roots 09-13: investigating, demanding, criticising, rejecting, threatening) with
no target by that side is aimed within it: "the opposition vowed to keep protesting", "the
ombudsman demanded answers" in a story on Georgian politics are GEO->GEO, as coders key
them; and an agentless one toward that side ("the ministry was accused of lying") is that
side's own. Such an actor's `entry` is `own-side-of-article`. Cooperative and neutral acts
missing an actor stay so (an appeal or a pledge to no one named is too often to no one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from newsevents.coding.actors.implied import DOMESTIC_TARGET
from newsevents.model import Actor, Event

COUNTERPART_ENTRY = "counterpart-of-article"
OWN_SIDE_ENTRY = "own-side-of-article"
VERBAL_ROOTS = frozenset(f"{root:02d}" for root in range(1, 14))
# Verbal conflict: with no target and no other side in the story, aimed within the source's own.
CONFLICT_ROOTS = frozenset({"09", "10", "11", "12", "13"})
# A dictionary entry of one state ("KEN.capital", "UGA"), as opposed to a role or a rule.
_STATE_PART = re.compile(r"^[A-Z]{3}(?:\.|$)")


def with_counterpart_targets(events: Sequence[Event], min_mentions: int = 3) -> list[Event]:
    """The article's events, with the counterpart as target where the rule above applies."""
    sides = _sides(events)
    acted_on: dict[tuple[int, int], set[str]] = {}
    for e in events:
        acted_on.setdefault(_act(e), set()).add(_side(e.target) or "")
    return [
        _with_counterpart(event, sides, min_mentions, acted_on[_act(event)]) for event in events
    ]


def _sides(events: Sequence[Event]) -> Counter[str]:
    """How often each side is coded, each mention once: an act repeated by others ("Peru
    followed suit") names its target again in its evidence, not in the text."""
    seen: set[tuple[str, int]] = set()
    sides: Counter[str] = Counter()
    for e in events:
        for actor, span in (
            (e.source, e.provenance.source_span),
            (e.target, e.provenance.target_span),
        ):
            for side in _named(actor):  # every state the phrase names, once per mention
                if span is not None and (side, span.start) in seen:
                    continue
                if span is not None:
                    seen.add((side, span.start))
                sides[side] += 1
    return sides


def _act(event: Event) -> tuple[int, int]:
    """The sentence and trigger of an event: one act told of several targets gives several
    events ("allegations against Chile and Peru")."""
    return event.provenance.sentence_index, event.provenance.verb_span.start


def _with_counterpart(
    event: Event, sides: Counter[str], min_mentions: int, acted_on: AbstractSet[str] = frozenset()
) -> Event:
    if event.cameo.root not in VERBAL_ROOTS:
        return event
    own, other = _side(event.source), _side(event.target)
    if own is not None and _untargeted(event, own):
        side = _counterpart(own, sides, min_mentions)
        text = event.target.text if event.target is not None else ""
        if side is not None:
            return replace(event, target=_actor(side, text))
        if event.target is None and _within(event, own, sides):
            return replace(event, target=_actor(own, text, OWN_SIDE_ENTRY))
        return event
    if own is None and other is not None:
        side = _counterpart(other, sides, min_mentions)
        if side is not None and side in acted_on:
            # "allegations against Chile and Peru": both are accused, neither accuses
            return event
        if side is not None:
            return replace(event, source=_actor(side, ""))
        if _within(event, other, sides):
            return replace(event, source=_actor(other, "", OWN_SIDE_ENTRY))
    return event


def _counterpart(side: str, sides: Counter[str], min_mentions: int) -> str | None:
    """The side coded most often other than `side`, if it is coded `min_mentions` times."""
    others = [(other, n) for other, n in sides.most_common() if other != side]
    return others[0][0] if others and others[0][1] >= min_mentions else None


def _within(event: Event, side: str, sides: Counter[str]) -> bool:
    """Whether an act of conflict missing one actor has the leading side of a one-sided
    story as its other actor."""
    if event.cameo.root not in CONFLICT_ROOTS:
        return False
    leading = sides.most_common(1)
    return bool(leading) and leading[0][0] == side


def _actor(side: str, text: str, entry: str = COUNTERPART_ENTRY) -> Actor:
    return Actor(code=side, country=side, sector=None, text=text, entry=entry)


def _untargeted(event: Event, own: str) -> bool:
    """No target, or a thing that was only taken to be in the source's own country."""
    target = event.target
    if target is None:
        return True
    return _side(target) == own and target.entry.startswith(DOMESTIC_TARGET)


def _named(actor: Actor | None) -> list[str]:
    """The sides an actor's phrase names: its own, and the other states its phrase joins
    ("the Lima-Quito route", coded toward whichever end is not the actor's opponent), so
    that coding one end as the target does not hide the other end from the story's count."""
    side = _side(actor)
    if actor is None or side is None:
        return []
    states = (part[:3] for part in actor.entry.split("+") if _STATE_PART.match(part))
    return list(dict.fromkeys([side, *states]))


def _side(actor: Actor | None) -> str | None:
    """The side an actor stands for, as the CAMEO country part (or its first three letters:
    "IGO" for an international organisation)."""
    if actor is None:
        return None
    return actor.country or actor.code[:3] or None
