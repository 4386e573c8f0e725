"""The other party of a two-sided story, as the target of an act that names none.

Reports about relations between two countries often leave the second one implicit:
"Japan is considering imports of beef" in a story on British beef in Japan, "the Americans
dropped a controversial demand" in a story on trade talks with Canada, "Slovenia disagreed
with such actions" in a story on Russia. The target phrase is a thing ("beef", "the
demand", "such actions") or missing, so the clause codes no target, or codes the source's
own country for the thing (`domestic_target`). CAMEO coders key such acts toward the
story's other party, and an event without a target is of little use for dyadic analysis.

So a verbal or cooperative act (roots 01-13) whose target is missing, or is only a thing
taken for the source's own country, is aimed at the article's counterpart: the side coded
most often in the article's events other than the source's own, when it is coded at least
`min_mentions` times. A story with no second side (a domestic report) changes nothing,
and an actor the text names as target is never replaced. The new target's `entry` is
`counterpart-of-article`, so a user can see, or filter out, what was inferred.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsevents.coding.actors.context import DOMESTIC_TARGET
from newsevents.model import Actor, Event

COUNTERPART_ENTRY = "counterpart-of-article"
VERBAL_ROOTS = frozenset(f"{root:02d}" for root in range(1, 14))


def with_counterpart_targets(events: Sequence[Event], min_mentions: int = 3) -> list[Event]:
    """The article's events, with the counterpart as target where the rule above applies."""
    sides = Counter(side for e in events for side in (_side(e.source), _side(e.target)) if side)
    return [_aimed(event, sides, min_mentions) for event in events]


def _aimed(event: Event, sides: Counter[str], min_mentions: int) -> Event:
    own = _side(event.source)
    if own is None or event.cameo.root not in VERBAL_ROOTS or not _untargeted(event, own):
        return event
    others = [(side, n) for side, n in sides.most_common() if side != own]
    if not others or others[0][1] < min_mentions:
        return event
    side = others[0][0]
    text = event.target.text if event.target is not None else ""
    target = Actor(code=side, country=side, sector=None, text=text, entry=COUNTERPART_ENTRY)
    return replace(event, target=target)


def _untargeted(event: Event, own: str) -> bool:
    """No target, or a thing that was only taken to be in the source's own country."""
    target = event.target
    if target is None:
        return True
    return _side(target) == own and target.entry.startswith(DOMESTIC_TARGET)


def _side(actor: Actor | None) -> str | None:
    """The side an actor stands for, as the CAMEO country part (or its first three letters:
    "IGO" for an international organisation)."""
    if actor is None:
        return None
    return actor.country or actor.code[:3] or None
