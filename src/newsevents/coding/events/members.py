"""Events of compound actors: a phrase joining two states' people ("Chilean and Peruvian
officials", "the Nairobi-Kampala route") is coded once per member state, as coders key them."""

from __future__ import annotations

import dataclasses
import re

from newsevents.coding.events.discourse import STATE_PART
from newsevents.model import Actor

# A hyphen or dash between two names: "Nairobi-Kampala", "Chilean–Peruvian" (not the
# "Turkish-backed" of "Turkish-backed Syrian militias")
HYPHENS = re.compile(r"[A-Z]\w*[-\u2013][A-Z]")


def member_dyads(
    source: Actor | None, target: Actor | None, mutual: bool
) -> list[tuple[Actor | None, Actor | None]]:
    """The (source, target) pairs of an event whose phrase joins two states' people ("Chilean
    and Peruvian officials"): one per member, as coders key a compound actor; members of a
    mutual act with no target act on each other ("Russian and Venezuelan delegations held
    talks"). A pair whose two sides are one actor is dropped; one actor each gives one pair."""
    sources, targets = _members(source), _far_ends(source, _members(target))
    if mutual and target is None and len(sources) >= 2:
        return [(a, b) for a in sources for b in sources if a is not b]
    pairs = [(s, t) for s in sources for t in targets if s is None or t is None or s.code != t.code]
    return pairs or [(source, target)]


def _far_ends(source: Actor | None, ends: list[Actor | None]) -> list[Actor | None]:
    """ "rejected a plea for a Nairobi-Kampala route", "halted the Lima-Quito pipeline": a
    hyphen joins the two ends of one link, and a side at one end acts on the other end."""
    if source is None or len(ends) < 2 or not any(HYPHENS.search(e.text) for e in ends if e):
        return ends
    far: list[Actor | None] = [e for e in ends if e is not None and e.country != source.country]
    return far if len(far) < len(ends) else ends


def _members(actor: Actor | None) -> list[Actor | None]:
    """The states an actor's phrase coordinates ("Chilean and Peruvian officials", "the
    Nairobi-Kampala route"), each with the phrase's sector; the actor alone when it names one
    state or fewer."""
    if actor is None or (" and " not in actor.text and not HYPHENS.search(actor.text)):
        return [actor]
    states = [p.split(".")[0] for p in actor.entry.split("+") if STATE_PART.match(p)]
    countries = [c for c in dict.fromkeys(states) if len(c) == 3 and c.isupper()]
    if len(countries) < 2:
        return [actor]
    sector = actor.sector or ""
    return [dataclasses.replace(actor, code=c + sector, country=c) for c in countries]
