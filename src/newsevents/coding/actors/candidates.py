"""What the name tables hold and find: a dictionary entry reachable by one name, and a match.

Kept apart from the tables (`actors.tables`) so that the loose-spelling table
(`actors.loose`) can be built from the same candidates without importing the tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.coding.actors.dictionary import ActorEntry


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry reachable by one name, with the case the name demands."""

    entry: ActorEntry
    acronym: bool
    proper: bool
    spelled: str = ""  # the name as spelt in the dictionary (kept for loose candidates)


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match over words [first, last) of a text."""

    entry: ActorEntry
    first: int
    last: int


# A name table: normalised name words -> the entries that name reaches.
Table = dict[tuple[str, ...], list[Candidate]]
