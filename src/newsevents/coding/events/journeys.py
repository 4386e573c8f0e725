"""A journey is a visit (042) only when a state or an organisation makes it.

Motion verbs ("travelled to", "flew to", "arrived in", "went to") are how news reports
official visits, so the lexicon codes them 042. But news moves many people: protesters
travelling to the capital, diplomats' families flying home, a witness who went to court.
On real news most motion-verb 042s had such travellers and answered no key, so a journey
stays a visit only when its traveller is a country, a state body or office-holder, or an
international or non-governmental organisation, and its destination is an actor (a
country, its capital, an organisation), not a home, a funeral or a court room. Visit
nouns and "visit|tour X" are not journeys and are untouched.

A visit's mirror (the host receiving the visitor, 043) is only made for visits that stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsevents.model import Actor, EventMatch

VISIT_CODE = "042"


@dataclass(frozen=True)
class JourneyRule:
    """Which verbs are journeys and which travellers make a journey a visit (data, injected)."""

    motion_lemmas: frozenset[str]
    state_sectors: frozenset[str]
    organisation_prefixes: frozenset[str]

    def is_journey(self, match: EventMatch) -> bool:
        trigger = match.trigger
        return (
            match.code == VISIT_CODE
            and trigger.pos in ("VERB", "AUX")
            and trigger.lemma.lower() in self.motion_lemmas
        )

    def is_party(self, actor: Actor | None) -> bool:
        """A country, a state body or office-holder, or an organisation."""
        if actor is None:
            return False
        if actor.code[:3] in self.organisation_prefixes:
            return True
        return actor.country is not None and (
            actor.sector is None or actor.sector in self.state_sectors
        )


DEFAULT_JOURNEYS = JourneyRule(
    motion_lemmas=frozenset(
        {"travel", "fly", "go", "arrive", "head", "journey", "jet", "return", "come", "leave"}
        | {"depart", "land"}
    ),
    state_sectors=frozenset({"GOV", "MIL", "LEG", "ELI", "SPY", "JUD", "PTY", "OPP"}),
    organisation_prefixes=frozenset({"IGO", "NGO", "IMG"}),
)


def official_journeys(
    matches: Iterable[EventMatch], rule: JourneyRule = DEFAULT_JOURNEYS
) -> Iterator[EventMatch]:
    """Every match except journeys whose traveller or destination is not a party."""
    for match in matches:
        if rule.is_journey(match) and not (
            rule.is_party(match.source) and rule.is_party(match.target)
        ):
            continue
        yield match
