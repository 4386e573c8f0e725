"""Merge restatements of one happening inside a single article.

News repeats itself: "X blew up the office" in the lead, "the office was blown
up, state media said" two paragraphs later, "the building was blown up" in a
quote. Coding each as its own event would triple the count and scatter the
sources. Two events of one article are taken as the same happening when they
share a CAMEO root (the same code, for the verbal roots whose codes are distinct
acts), their source and target countries (and sectors) agree wherever both are
known, and their dates do not contradict. The first, most complete event is
kept and the others' `reported_by` links are added to it, so corroboration is
judged over every source the article gives. Two acts whose sources name different
people ("Ana Ruiz declined to comment"; "Tomas Berg also declined") are two happenings,
whatever their dictionary codes share, unless one verb carries both (joint subjects);
so are an act marked as one more of its kind ("a second mine blew up the rescue car")
and an unmarked one, and two acts where the one's target is the other's source phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.coding.place.inferred import stated_first
from newsevents.dedup.referents import Referents, other_names
from newsevents.model import Actor, Attribution, Event, Place

# Verbal roots whose codes name different acts, not one act told more or less precisely:
# a statement (010), a refusal to comment (011) and a warning (012) by one speaker are
# three things said; so are an appeal for aid and one for talks, or a criticism and an
# accusation.
DISTINCT_CODE_ROOTS = frozenset({"01", "02", "11", "12"})


def merge_restatements(events: Sequence[Event], referents: Referents | None = None) -> list[Event]:
    """Fold later restatements into the earliest compatible event, keeping input order.

    `referents` tells who the events' spans name, which their actor codes (a
    country and a sector) cannot; without it only the codes are compared.
    """
    kept: list[Event] = []
    for event in sorted(events, key=_completeness, reverse=True):
        for index, host in enumerate(kept):
            if _same_happening(host, event) and not _told_apart(host, event, referents):
                kept[index] = _absorb(host, event)
                break
        else:
            kept.append(event)
    order = {e.event_id: i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[e.event_id])


def _completeness(event: Event) -> tuple[int, int]:
    """Events with both actors coded host the others; earlier sentences first on ties."""
    known = (event.source is not None) + (event.target is not None)
    return known, -event.provenance.sentence_index


def _same_happening(a: Event, b: Event) -> bool:
    if a.cameo.root != b.cameo.root or a.modality != b.modality:
        return False
    if a.cameo.root in DISTINCT_CODE_ROOTS and a.cameo.code != b.cameo.code:
        return False
    if not (_compatible(a.source, b.source) and _compatible(a.target, b.target)):
        return False
    if _fully_coded(a) and _fully_coded(b) and not _same_dyad_and_code(a, b):
        return False  # two distinct fully coded events (say, an attack and a retaliation)
    return not (
        a.date.date_from == "text" and b.date.date_from == "text" and a.date.value != b.date.value
    )


def _told_apart(a: Event, b: Event, referents: Referents | None) -> bool:
    """Whether the words of two acts of separate verbs show two happenings: the one's
    target is the other's source phrase, their sources name different people, or one
    is marked as a repeat ("a second mine") and the other is not.

    One verb carrying both ("Ana Ruiz and Tomas Berg signed") is one act, so it still
    merges; so does a pronoun or a title, which names nobody, and names sharing a word
    ("Governor Ruiz", "Ana Ruiz"), which are one person told twice.
    """
    if a.provenance.verb_span == b.provenance.verb_span:
        return False
    if _turned_around(a, b):
        return True
    if referents is None:
        return False
    names = referents.names
    if other_names(names(a.provenance.source_span), names(b.provenance.source_span)):
        return True
    return referents.repeated(a) != referents.repeated(b)


def _turned_around(a: Event, b: Event) -> bool:
    """One act's target is the very phrase that is the other's source: "police shot four
    men who had fired at officers" tells a shooting and the shooting it answered."""
    pa, pb = a.provenance, b.provenance
    return (pa.target_span is not None and pa.target_span == pb.source_span) or (
        pa.source_span is not None and pa.source_span == pb.target_span
    )


def _fully_coded(event: Event) -> bool:
    return event.source is not None and event.target is not None


def _same_dyad_and_code(a: Event, b: Event) -> bool:
    return (
        a.cameo.code == b.cameo.code
        and a.source is not None
        and b.source is not None
        and a.target is not None
        and b.target is not None
        and a.source.code == b.source.code
        and a.target.code == b.target.code
    )


def _compatible(x: Actor | None, y: Actor | None) -> bool:
    """Unknown fits anything; known actors must share the country and any sector both give
    (a state news agency's statement is not its army's)."""
    if x is None or y is None:
        return True
    sectors_agree = x.sector is None or y.sector is None or x.sector == y.sector
    return x.country == y.country and sectors_agree


def _absorb(host: Event, other: Event) -> Event:
    links = list(host.reported_by)
    for link in other.reported_by:
        if not any(_same_link(link, seen) for seen in links):
            links.append(link)
    date = host.date
    if host.date.date_from != "text" and other.date.date_from == "text":
        date = other.date
    place = stated_first(host.place, _fitting(other.place, host))
    return replace(host, reported_by=tuple(links), date=date, place=place)


def _fitting(place: Place | None, host: Event) -> Place | None:
    """A restatement's place as the host may take it: a place it states for the act, or one
    inferred from its sentence or dateline only when it lies in a country of the host's
    actors ("in the spy dispute", told in a Washington paragraph, does not move a
    poisoning of Russians away from where the host's own report leaves it)."""
    if place is None or place.role == "event":
        return place
    countries = {a.country for a in (host.source, host.target) if a is not None and a.country}
    return place if not countries or place.country in countries else None


def _same_link(a: Attribution, b: Attribution) -> bool:
    if a.kind != b.kind:
        return False
    if a.actor is not None and b.actor is not None:
        return a.actor.code == b.actor.code and a.name.lower() == b.name.lower()
    return a.name.lower() == b.name.lower()
