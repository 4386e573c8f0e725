"""Where an event happened when its own clause does not say: the nearest fitting place.

News rarely repeats the place in every sentence: "Police shot four men at a checkpoint"
follows a lead or a dateline that gave the town. A GDELT or POLECAT user expects an
action place for such events (GDELT's ActionGeo is inferred the same way), but must be
able to tell it from a place the text states. So an inferred place keeps a role that says
where it came from, in order of trust:

- ``sentence``: a place named in the event's own sentence, though not attached to its
  clause ("In the capital, X, police shot ...", "fired on towns along the border"); first
  the town or district that says where the event's subject works ("a judge in X ruled");
- ``dateline``: the article's dateline town;
- ``article``: the town, or else the state or district, the article names most often, when
  one clearly leads (a story told around "the Jenin camp" names the district Jenin, not a town).

An inferred place must lie in the country of the event's source or target when either
has a country: "Turkey shelled Syria", datelined Beirut, gets no place from Beirut.
A town beats a region or a country (a sentence that names only "Syria" does not hide the
dateline's town in Syria), a state or district beats a country (but gives way to the
article's main place when that lies inside it), and in a sentence the place nearest the
trigger wins.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.model import Place, PlaceRole

TOWN_CLASS = "P"  # GeoNames feature class of populated places
# GeoNames feature codes of the places that can lead an article: towns, states and districts
# (a country or continent says no more than the actors' own countries do).
MAIN_PLACE_CODES = frozenset({"PPL", "ADM1", "ADM2"})
DISTRICT_CODES = frozenset({"ADM1", "ADM2"})
MIN_LEAD = 2  # the article's main place must be named at least this often, and more than any other


@dataclass(frozen=True)
class ArticleSetting:
    """The article-wide fallbacks, found once per article: its dateline place and the
    town, state or district it names most (`None` where there is none)."""

    dateline: Place | None
    main_place: Place | None

    @classmethod
    def of(cls, places: Sequence[Place]) -> ArticleSetting:
        dateline = next((p for p in places if p.role == "dateline"), None)
        return cls(dateline, _main_place(places))


def inferred_place(
    in_sentence: Sequence[Place],
    trigger_start: int,
    setting: ArticleSetting,
    countries: frozenset[str],
    subject: Place | None = None,
) -> Place | None:
    """The event's inferred place (role sentence, dateline or article), or None.

    `in_sentence` are the places of the event's sentence; `countries` are the countries
    of the event's coded source and target, empty when neither has one (then any place
    fits). `subject` is the town or district naming where the trigger's subject works
    ("a judge in X"): it comes first, unless it is the state around the dateline town
    ("Oklahoma lawmakers" in a story from its capital sit in the capital).
    """

    def fits(place: Place | None) -> Place | None:
        return (
            place if place is not None and (not countries or place.country in countries) else None
        )

    near = sorted((p for p in in_sentence if fits(p)), key=lambda p: abs(_start(p) - trigger_start))
    towns = [p for p in near if p.feature_class == TOWN_CLASS]
    dateline, main = fits(setting.dateline), fits(setting.main_place)
    districts = [p for p in near if p.feature_code in DISTRICT_CODES and not within(main, p)]
    dateline_town, main_town = _town(dateline), _town(main)
    ranked: list[tuple[Place | None, PlaceRole]] = [
        (None if within(dateline_town or main_town, subject) else fits(subject), "sentence"),
        (towns[0] if towns else None, "sentence"),
        (dateline_town, "dateline"),
        (main_town, "article"),
        (districts[0] if districts else None, "sentence"),
        (main, "article"),
        (near[0] if near else None, "sentence"),
        (dateline, "dateline"),
    ]
    for place, role in ranked:
        if place is not None:
            return dataclasses.replace(place, role=role)
    return None


def _town(place: Place | None) -> Place | None:
    return place if place is not None and place.feature_class == TOWN_CLASS else None


def within(place: Place | None, area: Place | None) -> bool:
    """Does `place` lie inside `area`, a state or district (never inside a town)? Then a
    sentence naming the area says no more than the article's place inside it ("a camp in
    the West Bank" in a story told around Jenin)."""
    if place is None or area is None or area.feature_code not in DISTRICT_CODES:
        return False
    if not place.admin_code or not area.admin_code:
        return False
    return place.admin_code == area.admin_code or place.admin_code.startswith(area.admin_code + ".")


def _start(place: Place) -> int:
    return place.span.start if place.span is not None else 0


def _main_place(places: Sequence[Place]) -> Place | None:
    """The town, state or district the article names most often, when it is named at least
    `MIN_LEAD` times and more often than any other (a place built without a feature code
    counts when it is a town)."""
    counts = Counter(p.geonameid for p in places if _can_lead(p))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_LEAD:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return next(p for p in places if p.geonameid == ranked[0][0])


def _can_lead(place: Place) -> bool:
    if place.feature_code:
        return place.feature_code in MAIN_PLACE_CODES
    return place.feature_class == TOWN_CLASS


# How far a place of each role can be trusted as the event's location, best first.
ROLE_TRUST: tuple[PlaceRole, ...] = ("event", "sentence", "dateline", "article")


def stated_first(a: Place | None, b: Place | None) -> Place | None:
    """Of two reports' places for one event, the more trusted one (`a` on a tie): a place
    one report states beats a place another report's dateline suggests."""
    if a is None or b is None:
        return a or b
    return b if _trust(b) < _trust(a) else a


def _trust(place: Place) -> int:
    return ROLE_TRUST.index(place.role) if place.role in ROLE_TRUST else len(ROLE_TRUST)
