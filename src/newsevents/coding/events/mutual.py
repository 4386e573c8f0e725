"""Meetings are mutual: who meets whom is also met by them.

CAMEO's consultations (root 04) describe one happening that both sides take part in:
"Peres met the Czech president" is as much the Czech president meeting Peres, and a
visit is the host's reception of the visitor (042 <-> 043). Event data users count both
directions of a dyad, so a consultation between two different coded actors is also coded
the other way round, with the same evidence and a rule marked `+mutual`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from newsevents.coding.events.journeys import DEFAULT_JOURNEYS, JourneyRule
from newsevents.model import EventMatch

MUTUAL_ROOT = "04"
# A visit seen from the other side is hosting it, and the other way round.
RECIPROCAL_CODE = {"042": "043", "043": "042"}


def with_mutual_consultations(
    matches: Iterable[EventMatch], parties: JourneyRule = DEFAULT_JOURNEYS
) -> Iterator[EventMatch]:
    """Every match, each consultation between two different actors followed by its mirror.

    Only a consultation between two parties (countries, state bodies, organisations) is
    mirrored: protesters visiting executives' homes are not hosted by them."""
    seen: set[tuple[int, int, str, str, str]] = set()
    for match in matches:
        yield match
        both = parties.is_party(match.source) and parties.is_party(match.target)
        mirror = _mirror(match) if both else None
        if mirror is None:
            continue
        key = (mirror.sentence_index, mirror.verb_span.start, mirror.code[:2], *_dyad(mirror))
        if key not in seen:
            seen.add(key)
            yield mirror


def _dyad(match: EventMatch) -> tuple[str, str]:
    return (match.source.code if match.source else "", match.target.code if match.target else "")


def _mirror(match: EventMatch) -> EventMatch | None:
    source, target = match.source, match.target
    if not match.code.startswith(MUTUAL_ROOT) or source is None or target is None:
        return None
    if source.code == target.code or match.threatened_code is not None or match.negated:
        return None
    return dataclasses.replace(
        match,
        code=RECIPROCAL_CODE.get(match.code, match.code),
        source=target,
        target=source,
        source_span=match.target_span,
        target_span=match.source_span,
        rule=f"{match.rule}+mutual",
    )
