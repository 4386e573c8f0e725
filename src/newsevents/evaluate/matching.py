"""Does an event answer a key, and the best one-to-one pairing of keys and events.

An event answers a key when its code starts with one of the key's prefixes, its actors'
countries are the ones the key accepts, its date agrees with the key's date demand and,
when places are checked, it lies within the key's tolerance. Pairing is a maximum bipartite
matching found by augmenting paths (Kuhn's algorithm), so neither the order of the keys nor
that of the events changes how many are matched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsevents.coding.place.distance import distance_km
from newsevents.evaluate.article_keys import ArticleKey, KeyPlace
from newsevents.model import Actor, Event


def actor_country(actor: Actor | None) -> str | None:
    """An actor's country: its `country`, else the first three letters of its code."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code else None


def _side_ok(accepted: tuple[str | None, ...] | None, actor: Actor | None) -> bool:
    return accepted is None or actor_country(actor) in accepted


def _date_ok(key: ArticleKey, event: Event) -> bool:
    day = event.date.value
    if key.date is not None:
        return day == key.date
    if key.date_range is not None:
        return day is not None and key.date_range[0] <= day <= key.date_range[1]
    if key.date_year is not None:
        return day is not None and day.year == key.date_year
    return True


def _place_ok(place: KeyPlace | None, event: Event) -> bool:
    if place is None:
        return True
    if event.place is None:
        return False
    d = distance_km(place.lat, place.lon, event.place.lat, event.place.lon)
    return d <= place.tolerance_km


def answers(key: ArticleKey, event: Event, *, check_place: bool) -> bool:
    """Whether `event` can answer `key` (place only when `check_place`)."""
    return (
        event.cameo.code.startswith(key.code_prefixes)
        and _side_ok(key.sources, event.source)
        and _side_ok(key.targets, event.target)
        and _date_ok(key, event)
        and (not check_place or _place_ok(key.place, event))
    )


def max_matching(n_left: int, n_right: int, edge: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum matching {left: right}; left vertices are tried in index order.

    A left vertex once matched stays matched (augmenting paths only re-route it), so
    putting the keys that matter most first (core keys) keeps them matched when possible.
    """
    adjacency = [[r for r in range(n_right) if edge(left, r)] for left in range(n_left)]
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in adjacency[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return {left: right for right, left in owner.items()}


def match_keys(
    keys: Sequence[ArticleKey], events: Sequence[Event], *, check_place: bool
) -> dict[int, int]:
    """Key index -> event index for a maximum matching; core keys are tried first."""
    order = sorted(range(len(keys)), key=lambda i: (not keys[i].core, i))
    pairs = max_matching(
        len(keys),
        len(events),
        lambda left, right: answers(keys[order[left]], events[right], check_place=check_place),
    )
    return {order[left]: right for left, right in pairs.items()}
