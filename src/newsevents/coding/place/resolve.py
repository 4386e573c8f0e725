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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsevents.coding.place.distance import distance_km
from newsevents.coding.place.gazetteer import GazEntry, Gazetteer
from newsevents.coding.place.toponym import Toponym

MAX_CANDIDATES = 60
KIND_PRIOR = {"PCLI": 4.0, "CONT": 5.0, "ADM1": 3.0, "ADM2": 0.5, "PPL": 0.0}
ALTERNATE_PENALTY = 2.5
CONTAINER_BONUS = 8.0
COUNTRY_BONUS = 3.0
ADMIN1_BONUS = 2.5
ADMIN2_BONUS = 1.0
DATELINE_WEIGHT = 3
# A bare national capital's name means the capital, not a bigger namesake state
# ("Washington" in news is the US capital); "Washington state" or a context of
# the state's own towns still picks the state.
CAPITAL_BONUS = 4.5
# Any other national capital gets a smaller prior: a bare "Brussels" in a story that names
# American places is still the Belgian capital unless the story names the namesake's state.
CAPITAL_PRIOR = 2.0
# Rounds of re-placing names against the others' choices; it stops earlier at a fixed point.
MAX_ROUNDS = 10
# A place farther than this from the town it is printed in is a namesake, not a quarter.
QUARTER_KM = 30.0


@dataclass(frozen=True, slots=True)
class Context:
    """How often each country/admin area was chosen by the article's toponyms."""

    countries: dict[str, float]  # float votes: a name spreads one vote over its options
    admin1: dict[str, float]
    admin2: dict[str, float]


@dataclass(frozen=True, slots=True)
class Scene:
    """What a name is placed against: the other names' votes and the dateline's countries."""

    votes: Context
    home: frozenset[str]


def resolve(
    toponyms: Sequence[Toponym], gazetteer: Gazetteer, abbreviations: dict[str, str]
) -> list[GazEntry | None]:
    """The chosen place for each toponym (None where the gazetteer has no candidate).

    Round one scores against where the other names *could* be; later rounds
    against where they were placed, until no choice changes (three fixed rounds
    stopped some articles mid-swing: "London" went to England in round three though
    the Ontario towns around it had already pulled it back). A name never votes
    for itself.
    """
    options = [_candidates(t, gazetteer, abbreviations) for t in toponyms]
    areas = [_container_areas(t, gazetteer, abbreviations) for t in toponyms]
    priors = [_name_priors(t, opts, gazetteer) for t, opts in zip(toponyms, options, strict=True)]
    votes = {t.span.text: _possible(opts) for t, opts in zip(toponyms, options, strict=True)}
    chosen: list[GazEntry | None] = []
    for _ in range(MAX_ROUNDS):
        total, home = _sum(votes.values()), _home(toponyms, chosen)
        before = chosen
        chosen = [
            _best(
                opts,
                area,
                Scene(total, home if t.role != "dateline" else frozenset()),
                votes[t.span.text],
                prior,
            )
            for t, opts, area, prior in zip(toponyms, options, areas, priors, strict=True)
        ]
        if chosen == before:
            break
        votes = _placed(toponyms, chosen)
    return _in_container_towns(toponyms, chosen)


def _home(toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]) -> frozenset[str]:
    """The countries the article's dateline towns were placed in (none before round one)."""
    return frozenset(
        e.country_iso2
        for t, e in zip(toponyms, chosen, strict=False)
        if e is not None and t.role == "dateline"
    )


def _in_container_towns(
    toponyms: Sequence[Toponym], chosen: list[GazEntry | None]
) -> list[GazEntry | None]:
    """A quarter of a town ("the X neighborhood of Town") that the gazetteer lacks, or knows
    only as a namesake far from that town, is placed at the town."""
    towns = {
        t.span.text: e
        for t, e in zip(toponyms, chosen, strict=True)
        if e is not None and e.feature_code == "PPL"
    }
    out = list(chosen)
    for i, topo in enumerate(toponyms):
        town, entry = towns.get(topo.quarter_of), chosen[i]
        if town is not None and (entry is None or _far_town(entry, town)):
            out[i] = town
    return out


def _far_town(entry: GazEntry, town: GazEntry) -> bool:
    far = distance_km(entry.lat, entry.lon, town.lat, town.lon) > QUARTER_KM
    return entry.feature_code == "PPL" and far


def _candidates(
    topo: Toponym, gazetteer: Gazetteer, abbreviations: dict[str, str]
) -> list[GazEntry]:
    text = topo.span.text
    if topo.demonym_of is not None:
        return [topo.demonym_of]
    if text in abbreviations:
        entry = gazetteer.admin1(abbreviations[text])
        return [entry] if entry else []
    name = text.title() if topo.role == "dateline" else text
    found = gazetteer.candidates(name)[:MAX_CANDIDATES]
    # A county or district named after its town ("Paris" the departement) stands
    # for the town: the bare name means the town.
    towns = {e.admin2 for e in found if e.feature_code == "PPL" and not e.by_alternate_name}
    return [e for e in found if not (e.feature_code == "ADM2" and e.admin2 in towns)]


def _name_priors(
    topo: Toponym, options: Sequence[GazEntry], gazetteer: Gazetteer
) -> dict[int, float]:
    """Extra score per candidate id from how the name is written: 'X state', or a
    national capital (a big bonus when a state shares its name, a small prior otherwise,
    so the context still decides: "Paris" in a Texas paper is the Texan town)."""
    out: dict[int, float] = {}
    states = any(e.feature_code == "ADM1" and not e.by_alternate_name for e in options)
    for entry in options:
        if topo.state_word and entry.feature_code == "ADM1":
            out[entry.geonameid] = CONTAINER_BONUS
        elif not topo.state_word and gazetteer.is_capital(entry):
            out[entry.geonameid] = CAPITAL_BONUS if states else CAPITAL_PRIOR
    return out


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


def _possible(options: Sequence[GazEntry]) -> Context:
    """One vote spread over every country/state/county the name's candidates lie in,
    so two names that can both sit in Tennessee pull each other there."""
    context = Context({}, {}, {})
    for counter, codes in (
        (context.countries, {e.country_iso2 for e in options}),
        (context.admin1, {e.admin1 for e in options if e.admin1}),
        (context.admin2, {e.admin2 for e in options if e.admin2}),
    ):
        for code in codes:
            counter[code] = counter.get(code, 0.0) + 1.0 / len(codes)
    return context


def _placed(toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]) -> dict[str, Context]:
    """Each distinct name's vote for where it was placed (a dateline counts thrice)."""
    votes: dict[str, Context] = {}
    for topo, entry in zip(toponyms, chosen, strict=True):
        name = topo.span.text
        context = votes.setdefault(name, Context({}, {}, {}))
        if entry is None or context.countries:
            continue
        weight = float(DATELINE_WEIGHT if topo.role == "dateline" else 1)
        for counter, code in (
            (context.countries, entry.country_iso2),
            (context.admin1, entry.admin1),
            (context.admin2, entry.admin2),
        ):
            if code:
                counter[code] = weight
    return votes


def _sum(contexts: Iterable[Context]) -> Context:
    total = Context({}, {}, {})
    for c in contexts:
        for mine, theirs in (
            (total.countries, c.countries),
            (total.admin1, c.admin1),
            (total.admin2, c.admin2),
        ):
            for code, votes in theirs.items():
                mine[code] = mine.get(code, 0.0) + votes
    return total


def _best(
    options: Sequence[GazEntry],
    areas: frozenset[str],
    scene: Scene,
    own: Context,
    prior: dict[int, float],
) -> GazEntry | None:
    if not options:
        return None
    # Only a name that is no place's own name in the dateline's country is a local spelling:
    # "Mexico" there is still the country, not the capital that is also called so.
    named = {e.country_iso2 for e in options if not e.by_alternate_name}
    scene = Scene(scene.votes, scene.home - named)
    return max(
        options,
        key=lambda e: (score(e, areas, scene, own) + prior.get(e.geonameid, 0.0), e.population),
    )


def score(entry: GazEntry, areas: frozenset[str], scene: Scene, own: Context) -> float:
    """Prior (population, kind, name) plus agreement with the container and the article.

    An alternate name costs nothing in the dateline's own country: a local paper spells its
    towns its own way ("Saida" for Sidon in a Beirut story is no town in Algeria).
    """
    context = scene.votes
    value = math.log10(entry.population + 1)
    if entry.by_alternate_name:  # "Seoul" names the city; the province only by alias
        value -= 0.0 if entry.country_iso2 in scene.home else ALTERNATE_PENALTY
    else:
        value += KIND_PRIOR.get(entry.feature_code, 0.0)
    if areas and areas & {entry.country_iso2, entry.admin1, entry.admin2}:
        value += CONTAINER_BONUS
    country = _others(context.countries, own.countries, entry.country_iso2)
    value += COUNTRY_BONUS * min(1.0, country) + (1.0 if country > 1.5 else 0.0)
    value += ADMIN1_BONUS * min(1.0, _others(context.admin1, own.admin1, entry.admin1))
    value += ADMIN2_BONUS * min(1.0, _others(context.admin2, own.admin2, entry.admin2))
    return value


def _others(total: dict[str, float], own: dict[str, float], code: str) -> float:
    """Votes for `code` from the article's other names."""
    return total.get(code, 0.0) - own.get(code, 0.0) if code else 0.0
