"""The actor coder: turn a noun phrase ("South Korea's defence ministry") into a CAMEO actor.

A phrase usually holds several dictionary names; which one decides what is a
matter of English noun-phrase structure, not of the names themselves:
- the head (the words before the first preposition) decides; an of/in/from
  phrase only fills what the head lacks ("the leader of North Korea" takes its
  country from the of-phrase, "president of the Riigikogu" its sector too);
- a named actor (person, organisation, group, media) outranks generic words
  ("Boko Haram gunmen" stays the group), a role word outranks a title ("rebel
  leader" is REB), and the last role word is the head noun ("a South Korean
  defence ministry official" -> ministry);
- places give the country; a capital alone stands for the government.
The coder is pure Python over precompiled tables (see actor_tables) because
the event coder calls it many times per sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.actors.dictionary import INTERNATIONAL, ActorDictionary, ActorEntry
from newsevents.coding.actors.tables import Hit, NameTable, Word, tokenize
from newsevents.model import Actor, Span

# Weapon systems are named things too: "an Iskander missile" is Russia's military, and an
# exported type ("F-16s") takes the country of the place beside it ("Ukraine's F-16s").
NAMED_KINDS = frozenset({"person", "organisation", "group", "media", "agency", "weapon"})
PLACE_KINDS = frozenset({"country", "region", "capital", "demonym", "city"})
PREPOSITIONS = frozenset(
    {
        "of",
        "in",
        "from",
        "at",
        "for",
        "to",
        "with",
        "on",
        "against",
        "near",
        "inside",
        "by",
        "within",
        "across",
        "among",
        "between",
        "over",
        "under",
        "outside",
        "via",
        "into",
    }
)
# Prepositions after which a place belongs to the head ("leader of X", "police in X").
COUNTRY_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "inside", "within", "across"})
FORMER = frozenset(
    {"former", "ex", "erstwhile", "onetime", "retired", "exiled", "ousted", "deposed"}
)
GLUE = frozenset({"the", "a", "an"})
# "pro-Russian separatists" are not Russian: a place after pro-/anti- names a side, not a home.
STANCE = frozenset({"pro", "anti"})
# Likewise a place before "-backed", "-made", ... is a patron or a maker: "Iranian-backed
# militias" are not Iranian, "a Chinese-made drone" is whoever flies it. ("-led" is not
# here: "the Saudi-led coalition" is Saudi Arabia's.)
PATRON = frozenset(
    {
        "backed",
        "sponsored",
        "funded",
        "financed",
        "supported",
        "armed",
        "trained",
        "aligned",
        "allied",
        "leaning",
        "friendly",
        "linked",
        "affiliated",
        "inspired",
        "made",
        "built",
        "supplied",
        "designed",
        "manufactured",
        "brokered",
        "mediated",
        "occupied",
        "controlled",
    }
)
_POSSESSIVES = frozenset({"'s", "’s"})
_BREAKS = frozenset('.,;:!?()[]"“”|/')  # punctuation that ends a noun phrase


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one part of a phrase says: code, country, sector and the hits used."""

    code: str
    country: str | None
    sector: str | None
    hits: tuple[Hit, ...]
    strong: bool  # sector from a named actor or a role word, not a title or a capital
    named: bool


def resolve_entry(entry: ActorEntry, when: dt.date | None) -> tuple[str, str | None, str | None]:
    """Code, country and sector of an entry on `when` (dated roles for office-holders).

    With no date the entry's principal code applies. On a date outside every
    role, someone who has left office is an ex-official (ELI); before any known
    office only the country is known.
    """
    if not entry.roles or when is None:
        return entry.code, entry.country, entry.sector
    for role in entry.roles:
        if role.covers(when):
            return role.code, role.country, role.sector
    country = entry.country
    if country is None:
        return entry.code, None, None
    if any(r.end is not None and r.end < when for r in entry.roles):
        return country + "ELI", country, "ELI"
    return country, country, None


class ActorCoder:
    """Code actor phrases and find actor mentions with one `ActorDictionary`."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._table = NameTable(dictionary)

    def code_phrase(
        self, text: str, when: dt.date | None = None, *, offset: int = 0
    ) -> Actor | None:
        """Code an actor phrase; None when nothing codable is in it.

        `when` selects date-bounded roles; `offset` is added to the span so it
        indexes the article when `text` is a slice of it.
        """
        words = tokenize(text)
        hits = self._table.scan(words, when, text)
        reading = _read(words, hits, 0, len(words), when)
        return _to_actor(text, words, reading, offset)

    def find_actors(
        self, text: str, when: dt.date | None = None, *, offset: int = 0, specific: bool = False
    ) -> list[Actor]:
        """Every actor mention in a longer text, left to right and non-overlapping.

        With `specific=True` only mentions that single out an actor are kept: generic
        role words with no name or country ("reporters", "officials") and places after a
        preposition ("talks in Cairo", where the place is a location) are left out, which
        is what antecedent search and discourse memory want.
        """
        words = tokenize(text)
        hits = self._table.scan(words, when, text)
        actors: list[Actor] = []
        for group in _group_hits(text, words, hits):
            if specific and not _is_specific(words, group):
                continue
            first, last = group[0].first, group[-1].last
            reading = _read(words, list(group), first, last, when)
            actor = _to_actor(text, words, reading, offset)
            if actor is not None:
                actors.append(actor)
        return actors


def _is_specific(words: list[Word], group: Sequence[Hit]) -> bool:
    """Whether a mention names a particular actor (see `ActorCoder.find_actors`)."""
    kinds = {h.entry.kind for h in group}
    if kinds & NAMED_KINDS:
        return True
    if not kinds & PLACE_KINDS:
        return False  # role words and titles alone: "reporters", "the officials"
    if kinds - PLACE_KINDS:
        return True  # a place with a role: "Kenyan police", "officials in Amman"
    before = group[0].first - 1
    while before >= 0 and words[before].key in GLUE:
        before -= 1
    return before < 0 or words[before].key not in PREPOSITIONS


def _group_hits(text: str, words: list[Word], hits: list[Hit]) -> list[list[Hit]]:
    """Group hits that form one noun phrase: adjacent, or joined by articles only, or
    after a possessive ("Seoul's unification ministry"), or a head without a country
    followed by of/in/from + a place ("police in Kyiv")."""
    groups: list[list[Hit]] = []
    for hit in hits:
        if groups:
            last = groups[-1][-1].last
            gap = [w.key for w in words[last : hit.first]]
            content = [k for k in gap if k not in GLUE]
            possessive = text[words[last - 1].end : words[last - 1].end + 2] in _POSSESSIVES
            joined = (
                not content
                or (possessive and len(content) <= 2 and not set(content) & PREPOSITIONS)
                or (
                    len(content) == 1
                    and content[0] in COUNTRY_PREPOSITIONS
                    and not any(h.entry.country for h in groups[-1])
                    and hit.entry.country is not None
                )
            )
            between = text[words[last - 1].end : words[hit.first].start]
            if joined and len(gap) <= 3 and not _BREAKS.intersection(between):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def _read(
    words: list[Word], hits: Sequence[Hit], lo: int, hi: int, when: dt.date | None
) -> _Reading | None:
    """Read words [lo, hi): the head before the first free preposition, then its complement."""
    covered = {i for h in hits for i in range(h.first, h.last)}
    split = next(
        (i for i in range(lo + 1, hi) if words[i].key in PREPOSITIONS and i not in covered), None
    )
    if split is None:
        return _read_flat(words, [h for h in hits if lo <= h.first < hi], when)
    head = _read_flat(words, [h for h in hits if lo <= h.first < split], when)
    tail = _read(words, hits, split + 1, hi, when)
    if head is None or tail is None:
        return head or tail
    return _merge(head, tail, words[split].key)


def _merge(head: _Reading, tail: _Reading, preposition: str) -> _Reading:
    """Fill what the head lacks from its prepositional complement."""
    if head.country is not None or head.named or preposition not in COUNTRY_PREPOSITIONS:
        return head
    if tail.strong and not head.strong:  # "president of the Riigikogu", "head of the army"
        return tail
    if tail.country is None or head.sector is None:
        return head
    code = _compose(tail.code if tail.country in INTERNATIONAL else tail.country, head.sector)
    return _Reading(code, tail.country, head.sector, head.hits + tail.hits, head.strong, False)


def _compose(base: str, sector: str | None) -> str:
    if sector is None or base.endswith(sector):
        return base
    return base + sector


def _read_flat(words: list[Word], hits: list[Hit], when: dt.date | None) -> _Reading | None:
    """Read a run of hits with no preposition between them."""
    if not hits:
        return None
    former = _has_former(words, hits)
    named = next((h for h in reversed(hits) if h.entry.kind in NAMED_KINDS), None)
    if named is not None:
        return _read_named(words, named, hits, when, former=former)
    places = [h for h in hits if h.entry.kind in PLACE_KINDS and not _is_side(words, h)]
    roles = [h for h in hits if h.entry.kind == "role"]
    titles = [h for h in hits if h.entry.kind == "title" and h.entry.sector is not None]
    country = next((h.entry.country for h in places if h.entry.country), None)
    sector_hits = roles or titles or [h for h in places if h.entry.sector]
    sector_hit = sector_hits[-1] if sector_hits else None
    sector = sector_hit.entry.sector if sector_hit else None
    if former and (roles or titles):
        sector = "ELI"
    if country is None and sector is None:
        return None
    place = places[0] if places else None
    base = (place.entry.code[:3] if place and country in INTERNATIONAL else country) or ""
    code = _compose(base, sector) if base else (sector or "")
    return _Reading(code, country, sector, tuple(hits), bool(roles), False)


def _read_named(
    words: list[Word], named: Hit, hits: list[Hit], when: dt.date | None, *, former: bool
) -> _Reading:
    """A person, organisation or group decides; places and titles only fill gaps."""
    code, country, sector = resolve_entry(named.entry, when)
    before = [h for h in hits if h.first < named.first]
    title = next(
        (h for h in reversed(before) if h.entry.kind in ("title", "role") and h.entry.sector), None
    )
    owner = _owner_of_title(before, title) if named.entry.kind == "person" else None
    if owner is not None:  # "Hezbollah leader Naim Qassem": the office is the group's
        code, country, sector = resolve_entry(owner.entry, when)
        title = None
    else:
        office = _office_of_title(words, before, named, hits, country, former=former)
        if office is not None:
            return office
    if named.entry.kind == "person" and title is not None and (when is None or sector is None):
        sector = title.entry.sector  # the text's own title for the time it was written
        code = _compose(country or "", sector) if country else code
    if country is None:
        place = next((h for h in hits if _is_home(words, h)), None)
        if place is not None:
            country = place.entry.country
            code = _compose(country or "", sector)
    after_roles = [h for h in hits if h.first > named.first and h.entry.kind == "role"]
    if country in INTERNATIONAL and after_roles:  # "UN peacekeepers", "EU lawmakers"
        sector = after_roles[-1].entry.sector
        code = code + (sector or "")
    if former:
        sector = "ELI"
        code = (country or "") + "ELI"
    return _Reading(code, country, sector, tuple(hits), True, True)


def _is_home(words: list[Word], hit: Hit) -> bool:
    """A place that gives the actor's country (not a side: "pro-X", "X-backed")."""
    return hit.entry.kind in PLACE_KINDS and bool(hit.entry.country) and not _is_side(words, hit)


def _is_side(words: list[Word], hit: Hit) -> bool:
    """Whether a place names a side or a maker rather than the actor's home (pro-X, X-backed)."""
    if hit.first and words[hit.first - 1].key in STANCE:
        return True
    return hit.last < len(words) and words[hit.last].key in PATRON


def _owner_of_title(before: list[Hit], title: Hit | None) -> Hit | None:
    """The organisation or group named just before a person's title, whose office it is
    ("Hamas leader X", "Kremlin spokesman X", "Wagner chief X"); None without one."""
    if title is None:
        return None
    owner = next((h for h in reversed(before) if h.first < title.first), None)
    if owner is None or owner.entry.kind not in NAMED_KINDS or owner.entry.kind == "person":
        return None
    return owner


def _office_of_title(
    words: list[Word],
    before: list[Hit],
    named: Hit,
    hits: list[Hit],
    country: str | None,
    *,
    former: bool,
) -> _Reading | None:
    """ "Lebanese President X": the place written before a person's title says whose office
    it is. When the person the name matched has another country (a surname shared with
    someone elsewhere), the title's country and sector win and the person match, being
    in doubt, is dropped. None when the text has no such place or the countries agree."""
    if named.entry.kind != "person":
        return None
    titles = [h for h in before if h.entry.kind in ("title", "role") and h.entry.sector]
    places = [
        h
        for h in before
        if h.entry.kind in PLACE_KINDS
        and h.entry.country
        and h.entry.country not in INTERNATIONAL
        and not _is_side(words, h)
    ]
    if not titles or not places or places[0].first > titles[-1].first:
        return None
    home = places[0].entry.country
    if home is None or home == country:
        return None
    sector = "ELI" if former else titles[-1].entry.sector
    kept = tuple(h for h in hits if h is not named)
    return _Reading(_compose(home, sector), home, sector, kept, True, True)


def _has_former(words: list[Word], hits: list[Hit]) -> bool:
    """A "former"/"ex-" word before the last hit turns an office into an ex-official."""
    last = hits[-1].first
    start = max(0, hits[0].first - 3)
    return any(w.key in FORMER for w in words[start:last])


def _to_actor(text: str, words: list[Word], reading: _Reading | None, offset: int) -> Actor | None:
    if reading is None or not reading.code:
        return None
    start = min(words[h.first].start for h in reading.hits)
    end = max(words[h.last - 1].end for h in reading.hits)
    principal = _principal(reading.hits)
    return Actor(
        code=reading.code,
        country=reading.country,
        sector=reading.sector,
        text=text[start:end],
        span=Span(offset + start, offset + end, text[start:end]),
        name=principal.entry.names[0],
        entry="+".join(h.entry.id for h in reading.hits),
    )


def _principal(hits: Sequence[Hit]) -> Hit:
    """The hit whose canonical name describes the actor best (named > place > role)."""
    for kinds in (NAMED_KINDS, PLACE_KINDS):
        found = [h for h in hits if h.entry.kind in kinds]
        if found:
            return found[-1] if kinds is NAMED_KINDS else found[0]
    return hits[-1]
