"""Word-level name tables for the actor coder: longest-match lookup over `words.tokenize`.

Names are compiled once into dicts keyed by tuples of normalised words, so
coding a phrase costs a few dict lookups per word instead of a scan over
thousands of names. Normalising is done the same way for dictionary names and
for text, so one entry covers the usual ways a name is written:
- accents, case and dots: "U.S." = "US", "Khürelsükh" = "Khurelsukh";
- possessive 's is dropped ("North Korea's"); other inner apostrophes are
  removed ("Shi'ite" = "Shiite", "Jama'a" = "Jamaa");
- the Arabic article before a name is folded into it ("al-Assad" = "Assad",
  "Al Jazeera" = "Jazeera") so entries need not list both forms.
Transliterations that differ in spelling (Zelensky/Zelenskiy/Zelenskyy,
Gaddafi/Qaddafi/Kadhafi, Katyusha/Katushya) meet through a second, looser key
(`loose_key`), tried only when no exact name matches a capitalised word.
"""

from __future__ import annotations

import datetime as dt

from newsevents.coding.actors.candidates import Candidate, Hit
from newsevents.coding.actors.dictionary import ActorDictionary, ActorEntry
from newsevents.coding.actors.loose import close, loosen
from newsevents.coding.actors.words import Word, loose_key, plural_of, tokenize

# Kinds whose names are proper names: the first word must be capitalised in the text.
_CASE_FREE_KINDS = frozenset({"role", "title"})
_PLURAL_KINDS = frozenset({"role", "title", "demonym"})
# One-word names that a capitalised neighbour shows to be part of a longer, unknown name:
# places ("Paris Agreement", "John F. Kennedy"), organisations ("National Liberation Front"
# is not the newspaper Liberation) and persons ("Amin Gemayel" is not Ma'ruf Amin).
_EMBEDDABLE_PLACES = frozenset({"city", "capital", "country"})
_EMBEDDABLE_NAMED = frozenset({"organisation", "group", "media", "agency", "weapon"})
_MEDIA_KINDS = frozenset({"media", "agency"})
# Role words that end the name of a public body ("... Tourism Authority", "... Service").
_BODY_KINDS = frozenset({"role"})
_BREAK_CHARS = frozenset('.,;:!?()[]"“”|/')
# What joins the two ends of a link written as one word ("Nairobi-Kampala", "Lima–Quito").
_LINK_DASHES = frozenset({"-", "\u2013"})
# Capitalised words that sit beside names without being part of them.
_NOT_NAME_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "from",
        "with",
        "pro",
        "anti",
        "ex",
        "mr",
        "mrs",
        "ms",
        "dr",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "i",
        "we",
        "he",
        "she",
        "they",
        "it",
        "but",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
    }
)


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
        self.loose_names = loosen(self.names)
        self.loose_surnames = loosen(self.surnames)
        # The longest name starting with each word bounds the lookups at a position.
        self.longest: dict[str, int] = {}
        tables = (self.names, self.surnames, self.loose_names, self.loose_surnames)
        for table in tables:
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
            keys.append((*keys[0][:-1], plural_of(keys[0][-1])))
        for key in keys:
            table.setdefault(key, []).append(candidate)

    def scan(self, words: list[Word], when: dt.date | None, text: str = "") -> list[Hit]:
        """Every longest match left to right, non-overlapping, without one-word names that
        turn out to be part of a longer unknown name (see `_embedded`); `text` is what
        `words` came from, to see punctuation between them."""
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            hit = self._match_at(self.names, words, i, when)
            hit = hit or self._loose_not_surname(words, hits, i, when, text)
            if hit is None or (words[i].key == "the" and self._longer_after(words, hit, when)):
                i += 1  # "The Times of Israel" is the Times of Israel, not The Times
                continue
            hits.append(hit)
            i = hit.last
            if hit.entry.kind == "title":
                person = self._surname_after_title(words, i, when)
                if person is not None:
                    hits.append(person)
                    i = person.last
        covered = {k for h in hits for k in range(h.first, h.last)}
        bodies = {h.first for h in hits if h.entry.kind in _BODY_KINDS}
        return [
            h
            for h in hits
            if not _embedded(h, words, covered, text) or _names_body(h, words, bodies, text)
        ]

    def _loose_not_surname(
        self, words: list[Word], hits: list[Hit], i: int, when: dt.date | None, text: str
    ) -> Hit | None:
        """The loose-spelling match at i, unless it is one word right after an unmatched
        capitalised word: then it is the surname of someone the dictionary lacks ("Judge
        Maren Ericksen" is not Ericsson) or a word of an unknown name ("the Serious Crimes
        Court" is not the party Creemos). Exact matches are judged later (`_embedded`)."""
        hit = self._match_loose(self.loose_names, words, i, when)
        if hit is None or hit.last - hit.first != 1 or not text:
            return hit
        covered = {k for h in hits for k in range(h.first, h.last)}
        return None if _name_word(words, i - 1, covered, text, i) else hit

    def _longer_after(self, words: list[Word], hit: Hit, when: dt.date | None) -> bool:
        """Whether a name starting after the leading "the" of `hit` reaches further."""
        later = self._match_at(self.names, words, hit.first + 1, when)
        return later is not None and later.last > hit.last

    def _surname_after_title(self, words: list[Word], i: int, when: dt.date | None) -> Hit | None:
        """A person named by surname after a title ("President Moon"), unless the whole name
        that follows is another entry ("President Scott Morrison" is not Senator Rick Scott)
        or the surname is shared by people of different countries on that date."""
        person = self._match_at(self.surnames, words, i, when)
        person = person or self._match_loose(self.loose_surnames, words, i, when)
        full = self._match_at(self.names, words, i, when)
        if person is None or person.entry.kind != "person":
            return None
        if full is not None and full.last >= person.last:
            return None  # the whole name is read next
        if not self._unambiguous_surname(words, person, when):
            return None
        return self._serving(words, person, when)

    def _serving(self, words: list[Word], hit: Hit, when: dt.date | None) -> Hit:
        """The person the surname means on `when`: the one in office then when there is one
        ("Prime Minister Blair" in 2005 is Tony Blair, whichever file lists him first)."""
        key = tuple(w.key for w in words[hit.first : hit.last])
        serving = [
            c.entry
            for c in self.surnames.get(key, [])
            if when is not None
            and c.entry.valid_on(when)
            and any(r.covers(when) for r in c.entry.roles)
        ]
        return Hit(serving[-1], hit.first, hit.last) if serving else hit

    def _unambiguous_surname(self, words: list[Word], hit: Hit, when: dt.date | None) -> bool:
        """Whether the people this surname can mean agree on the country ("President Kim"
        may be either Korea; with a date, only those in office then count)."""
        key = tuple(w.key for w in words[hit.first : hit.last])
        people = [c.entry for c in self.surnames.get(key, []) if c.entry.valid_on(when)]
        if when is not None:
            serving = [e for e in people if any(r.covers(when) for r in e.roles)]
            people = serving or people
        return len({e.country for e in people}) <= 1

    def _match_at(
        self,
        table: dict[tuple[str, ...], list[Candidate]],
        words: list[Word],
        i: int,
        when: dt.date | None,
    ) -> Hit | None:
        if i >= len(words):
            return None
        keys = [w.key for w in words[i : i + self.longest.get(words[i].key, 0)]]
        return self._longest(table, keys, words, i, when)

    def _match_loose(
        self,
        table: dict[tuple[str, ...], list[Candidate]],
        words: list[Word],
        i: int,
        when: dt.date | None,
    ) -> Hit | None:
        """The loose-spelling fallback: only for a capitalised word no exact name starts at,
        and only for a spelling close to the name's (`loose.close`)."""
        if i >= len(words) or not words[i].capital:
            return None
        first = loose_key(words[i].key)
        keys = [first] + [loose_key(w.key) for w in words[i + 1 : i + self.longest.get(first, 0)]]
        hit = self._longest(table, keys, words, i, when)
        if hit is None:
            return None
        written = "".join(w.key for w in words[hit.first : hit.last])
        names = table.get(tuple(keys[: hit.last - hit.first]), [])
        near = any(c.entry is hit.entry and close(written, c.spelled) for c in names)
        return hit if near else None

    def _longest(
        self,
        table: dict[tuple[str, ...], list[Candidate]],
        keys: list[str],
        words: list[Word],
        i: int,
        when: dt.date | None,
    ) -> Hit | None:
        """The longest name over `keys` (the words from position i) that the case and date allow."""
        for n in range(len(keys), 0, -1):
            candidates = table.get(tuple(keys[:n]))
            if not candidates:
                continue
            span = words[i : i + n]
            for candidate in reversed(candidates):  # later files override earlier ones
                if candidate.acronym and not all(w.upper or w.key.isdigit() for w in span):
                    continue
                if candidate.proper and not span[0].capital:
                    continue
                if candidate.entry.valid_on(when):
                    return Hit(candidate.entry, i, i + n)
        return None


def _embedded(hit: Hit, words: list[Word], covered: set[int], text: str) -> bool:
    """Whether a one-word name is only a piece of a longer name the dictionary lacks.

    English puts a name that modifies another before it ("Hamas gunmen", "Reuters
    reporter"), so a known word is read as part of an unknown name when an unmatched
    capitalised word follows it (places, persons, media: "Paris Agreement", "Amin
    Gemayel", "Liberation Front") or when it sits inside a run of such words
    ("National Liberation Front"). Acronyms and multi-word names are left alone.
    """
    if hit.last - hit.first != 1 or words[hit.first].upper or _linked(hit, words, covered, text):
        return False
    kind = hit.entry.kind
    after = _name_word(words, hit.last, covered, text, hit.last - 1)
    if after and (kind in _EMBEDDABLE_PLACES or kind == "person" or kind in _MEDIA_KINDS):
        return True
    if kind in _EMBEDDABLE_PLACES or kind in _EMBEDDABLE_NAMED:
        before = hit.first > 0 and _name_word(words, hit.first - 1, covered, text, hit.first)
        return bool(before and (after or kind in _EMBEDDABLE_PLACES))
    return False


def _linked(hit: Hit, words: list[Word], covered: set[int], text: str) -> bool:
    """Whether a one-word name is the far end of a hyphenated link to a name just before it
    ("Nairobi-Kampala Route" in a title-case headline): the capitalised word after it is the
    noun the pair modifies, as in "the Nairobi-Kampala route", not the rest of its name."""
    before = hit.first - 1
    if before < 0 or before not in covered or not text:
        return False
    return text[words[before].end : words[hit.first].start] in _LINK_DASHES


def _names_body(hit: Hit, words: list[Word], bodies: set[int], text: str) -> bool:
    """Whether a country's name opens the name of one of its public bodies: "Namibia
    Tourism Authority", "Lesotho Highlands Authority" (capitalised words the dictionary lacks,
    then a role word it knows) are that country's, unlike "Paris Agreement"."""
    if hit.entry.kind != "country":
        return False
    j = hit.last
    while j < len(words) and j not in bodies and _name_word(words, j, set(), text, j - 1):
        j += 1
    return j > hit.last and j in bodies


def _name_word(words: list[Word], j: int, covered: set[int], text: str, other: int) -> bool:
    """Whether word j, beside word `other`, looks like part of a proper name: capitalised,
    matched by nothing, not a function word, and not split from `other` by punctuation."""
    if not 0 <= j < len(words) or j in covered:
        return False
    word = words[j]
    if not word.capital or word.key in _NOT_NAME_WORDS or word.key.isdigit():
        return False
    lo, hi = sorted((j, other))
    between = text[words[lo].end : words[hi].start] if text else " "
    if _BREAK_CHARS.intersection(between):
        return False
    if j < other:  # a capital at the start of a sentence says nothing
        return j > 0 and not _BREAK_CHARS.intersection(text[words[j - 1].end : word.start])
    return True
