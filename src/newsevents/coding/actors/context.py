"""Give a bare role actor the country its reporters speak for.

News often names an actor by role alone once the country is clear from who is
speaking: "North Korean state media quoted the military as saying ...". The
dictionary can only code "the military" as MIL; a reader codes it PRKMIL.
When every cited source that has a country agrees on one, that country is
taken, and the actor's `entry` records the inference so `explain` shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.model import Actor, Attribution

# Codes that stand in the country slot but name no state.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def with_reporters_country(actor: Actor | None, chain: Sequence[Attribution]) -> Actor | None:
    """`actor` with its reporters' country when it has a role but no country, else unchanged."""
    if actor is None or actor.country is not None or not actor.sector:
        return actor
    countries = {
        link.actor.country
        for link in chain
        if link.kind == "source"
        and link.actor is not None
        and link.actor.country is not None
        and link.actor.country not in NON_STATE
    }
    if len(countries) != 1:
        return actor
    country = countries.pop()
    return replace(
        actor,
        code=country + actor.code,
        country=country,
        entry=f"{actor.entry}+country-of-reporter",
    )
