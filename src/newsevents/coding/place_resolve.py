"""Choosing the GeoNames place a toponym means, from priors and the article's context.

Why these signals: a bare country or state name almost always means the
country or state; otherwise bigger places are named more often (population
prior); and an article is about one area, so a town in the same country,
state or county as the article's other places wins ("Alexandria" next to
"Rapides Parish" is the Louisiana town, not the Egyptian city). An explicit
"City, State" and a dateline are the strongest evidence of all.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.gazetteer import Gazetteer, GazEntry
from newsevents.coding.place_mentions import Toponym

MAX_CANDIDATES = 60
KIND_PRIOR = {"PCLI": 4.0, "CONT": 5.0, "ADM1": 3.0, "ADM2": 0.5, "PPL": 0.0}
ALTERNATE_PENALTY = 2.5
CONTAINER_BONUS = 8.0
COUNTRY_BONUS = 3.0
ADMIN1_BONUS = 2.5
ADMIN2_BONUS = 1.0
DATELINE_WEIGHT = 3


@dataclass(frozen=True, slots=True)
class Context:
    """How often each country/admin area was chosen by the article's toponyms."""

    countries: Counter[str]
    admin1: Counter[str]
    admin2: Counter[str]


def resolve(
    toponyms: Sequence[Toponym], gazetteer: Gazetteer, abbreviations: dict[str, str]
) -> list[GazEntry | None]:
    """The chosen place for each toponym (None where the gazetteer has no candidate)."""
    options = [_candidates(t, gazetteer, abbreviations) for t in toponyms]
    areas = [_container_areas(t, gazetteer, abbreviations) for t in toponyms]
    empty = Context(Counter(), Counter(), Counter())
    chosen = [_best(opts, area, empty, None) for opts, area in zip(options, areas, strict=True)]
    for _ in range(2):  # context from the previous round, each toponym minus itself
        context = _context(toponyms, chosen)
        chosen = [
            _best(opts, area, context, own)
            for opts, area, own in zip(options, areas, chosen, strict=True)
        ]
    return chosen


def _candidates(
    topo: Toponym, gazetteer: Gazetteer, abbreviations: dict[str, str]
) -> list[GazEntry]:
    text = topo.span.text
    if text in abbreviations:
        entry = gazetteer.admin1(abbreviations[text])
        return [entry] if entry else []
    name = text.title() if topo.role == "dateline" else text
    return gazetteer.candidates(name)[:MAX_CANDIDATES]


def _container_areas(
    topo: Toponym, gazetteer: Gazetteer, abbreviations: dict[str, str]
) -> frozenset[str]:
    """Codes the toponym's printed container may stand for: admin1, admin2 or country."""
    if not topo.container:
        return frozenset()
    if topo.container in abbreviations:
        return frozenset({abbreviations[topo.container]})
    codes: set[str] = set()
    for entry in gazetteer.candidates(topo.container)[:MAX_CANDIDATES]:
        if entry.feature_code == "PCLI":
            codes.add(entry.country_iso2)
        elif entry.feature_code == "ADM1":
            codes.add(entry.admin1)
        elif entry.feature_code == "ADM2":
            codes.add(entry.admin2)
    return frozenset(codes)


def _context(toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]) -> Context:
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    admin2: Counter[str] = Counter()
    for topo, entry in zip(toponyms, chosen, strict=True):
        if entry is None:
            continue
        weight = DATELINE_WEIGHT if topo.role == "dateline" else 1
        countries[entry.country_iso2] += weight
        if entry.admin1:
            admin1[entry.admin1] += weight
        if entry.admin2:
            admin2[entry.admin2] += weight
    return Context(countries, admin1, admin2)


def _best(
    options: Sequence[GazEntry], areas: frozenset[str], context: Context, own: GazEntry | None
) -> GazEntry | None:
    if not options:
        return None
    return max(options, key=lambda e: (score(e, areas, context, own), e.population))


def score(entry: GazEntry, areas: frozenset[str], context: Context, own: GazEntry | None) -> float:
    """Prior (population, kind, name) plus agreement with the container and the article."""
    value = math.log10(entry.population + 1)
    if entry.by_alternate_name:  # "Seoul" names the city; the province only by alias
        value -= ALTERNATE_PENALTY
    else:
        value += KIND_PRIOR.get(entry.feature_code, 0.0)
    if areas and areas & {entry.country_iso2, entry.admin1, entry.admin2}:
        value += CONTAINER_BONUS

    def others(counter: Counter[str], key: str, mine: str) -> int:
        return counter[key] - (1 if mine == key else 0)

    country_hits = others(context.countries, entry.country_iso2, own.country_iso2 if own else "")
    if country_hits > 0:
        value += COUNTRY_BONUS + (1.0 if country_hits > 1 else 0.0)
    if entry.admin1 and others(context.admin1, entry.admin1, own.admin1 if own else "") > 0:
        value += ADMIN1_BONUS
    if entry.admin2 and others(context.admin2, entry.admin2, own.admin2 if own else "") > 0:
        value += ADMIN2_BONUS
    return value
