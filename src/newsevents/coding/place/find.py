"""Where: every toponym of an article resolved to GeoNames, and each event's own place.

`find_places` = find the toponym spans (`place_mentions`) + choose their
GeoNames entries from priors and the article's context (`place_resolve`).
`event_place` (in `place_event`) reads the dependency parse: a place is the
event's own only when the trigger's clause attaches it with a locative
preposition ("exploded in X", "in its border town of X") or takes a town as
object ("shelled X"); a place merely mentioned elsewhere in the sentence is
not where the event happened.
"""

from __future__ import annotations

from newsevents.coding.place.event import event_place
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.coding.place.mentions import find_toponyms
from newsevents.coding.place.names import state_abbreviations
from newsevents.coding.place.resolve import resolve
from newsevents.model import ParsedArticle, Place

__all__ = ["event_place", "find_places"]


def find_places(
    parsed: ParsedArticle, gazetteer: Gazetteer, *, demonyms: bool = True
) -> tuple[Place, ...]:
    """Every toponym in the article resolved to a `Place` (role 'mentioned' or 'dateline').

    Toponyms the gazetteer cannot place (streets, rivers, unknown hamlets) are
    left out rather than guessed. `demonyms`: nationality words ("Israeli")
    count as mentions of their country (LGL's convention; off for GeoVirus's).
    """
    abbreviations = state_abbreviations()
    toponyms = find_toponyms(parsed, gazetteer, abbreviations, demonyms=demonyms)
    chosen = resolve(toponyms, gazetteer, abbreviations)
    places: list[Place] = []
    for topo, entry in zip(toponyms, chosen, strict=True):
        if entry is None:
            continue
        places.append(
            Place(
                name=entry.name,
                geonameid=entry.geonameid,
                lat=entry.lat,
                lon=entry.lon,
                country=gazetteer.cameo_country(entry),
                feature_class=entry.feature_class,
                feature_code=entry.feature_code,
                admin_code=entry.admin2 or entry.admin1 or entry.country_iso2,
                role=topo.role,
                span=topo.span,
            )
        )
    return tuple(places)
