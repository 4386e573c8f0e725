"""Word-level name tables for the actor coder: tokenising and longest-match lookup.

Names are compiled once into dicts keyed by tuples of normalised words, so
coding a phrase costs a few dict lookups per word instead of a scan over
thousands of names. Normalising (accents, case, dots, possessive 's) is done
the same way for dictionary names and for text, so "U.S.", "US", "Khürelsükh"
and "North Korea's" meet their entries.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from newsevents.coding.actor_dictionary import ActorDictionary, ActorEntry

_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\w+")
_APOSTROPHES = "'’`´"
# Kinds whose names are proper names: the first word must be capitalised in the text.
_CASE_FREE_KINDS = frozenset({"role", "title"})
_PLURAL_KINDS = frozenset({"role", "title", "demonym"})


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the text: its char offsets, lookup key and letter case."""

    start: int
    end: int
    key: str
    upper: bool
    capital: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry reachable by one name, with the case the name demands."""

    entry: ActorEntry
    acronym: bool
    proper: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match over words [first, last) of a text."""

    entry: ActorEntry
    first: int
    last: int


def normalise(word: str) -> str:
    """Lower-case, strip accents and dots: the key words are looked up by."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace(".", "").casefold()


def tokenize(text: str) -> list[Word]:
    """Split `text` into words, dropping the "s" of possessives ("Korea's" -> "Korea")."""
    words: list[Word] = []
    for match in _WORD_RE.finditer(text):
        raw = match.group()
        if raw in ("s", "S") and match.start() > 0 and text[match.start() - 1] in _APOSTROPHES:
            continue
        letters = [c for c in raw if c.isalpha()]
        words.append(
            Word(
                match.start(),
                match.end(),
                normalise(raw),
                upper=bool(letters) and all(c.isupper() for c in letters),
                capital=raw[:1].isupper() or raw[:1].isdigit(),
            )
        )
    return words


def _plural(key: str) -> str:
    if key.endswith("man"):
        return key[:-3] + "men"
    if key.endswith("y") and len(key) > 2 and key[-2] not in "aeiou":
        return key[:-1] + "ies"
    if key.endswith(("s", "sh", "ch", "x")):
        return key + "es"
    return key + "s"


class NameTable:
    """Longest-match lookup of dictionary names over a word sequence."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.names: dict[tuple[str, ...], list[Candidate]] = {}
        self.surnames: dict[tuple[str, ...], list[Candidate]] = {}
        for entry in dictionary.entries:
            for name in entry.names:
                self._add(self.names, name, entry, plural=entry.kind in _PLURAL_KINDS)
            if entry.kind == "person":
                surname = entry.surname or entry.names[0].split()[-1]
                self._add(self.surnames, surname, entry, plural=False)
        # The longest name starting with each word bounds the lookups at a position.
        self.longest: dict[str, int] = {}
        for table in (self.names, self.surnames):
            for key in table:
                self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    @staticmethod
    def _add(
        table: dict[tuple[str, ...], list[Candidate]], name: str, entry: ActorEntry, *, plural: bool
    ) -> None:
        words = tokenize(name)
        if not words:
            return
        letters = [c for c in name if c.isalpha()]
        acronym = (
            entry.kind not in _CASE_FREE_KINDS
            and len(letters) <= 6
            and all(c.isupper() for c in letters)
        )
        candidate = Candidate(entry, acronym, entry.kind not in _CASE_FREE_KINDS)
        keys = [tuple(w.key for w in words)]
        if plural and not keys[0][-1].endswith("s"):
            keys.append((*keys[0][:-1], _plural(keys[0][-1])))
        for key in keys:
            table.setdefault(key, []).append(candidate)

    def scan(self, words: list[Word], when: dt.date | None) -> list[Hit]:
        """Every longest match left to right, non-overlapping."""
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            hit = self._match_at(self.names, words, i, when)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.last
            if hit.entry.kind == "title":
                person = self._match_at(self.surnames, words, i, when)
                if person is not None and person.entry.kind == "person":
                    hits.append(person)
                    i = person.last
        return hits

    def _match_at(
        self,
        table: dict[tuple[str, ...], list[Candidate]],
        words: list[Word],
        i: int,
        when: dt.date | None,
    ) -> Hit | None:
        if i >= len(words):
            return None
        for n in range(min(self.longest.get(words[i].key, 0), len(words) - i), 0, -1):
            candidates = table.get(tuple(w.key for w in words[i : i + n]))
            if not candidates:
                continue
            span = words[i : i + n]
            for candidate in reversed(candidates):  # later files override earlier ones
                if candidate.acronym and not all(w.upper for w in span):
                    continue
                if candidate.proper and not span[0].capital:
                    continue
                if candidate.entry.valid_on(when):
                    return Hit(candidate.entry, i, i + n)
        return None
