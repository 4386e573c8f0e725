"""Read one run of dictionary hits (no preposition between them) as an actor.

The rules are tried in order and the first that gives a reading wins, so a
reader sees the precedence at a glance in `FLAT_RULES`:
1. a named actor (person, organisation, group, media) decides; places and
   titles only fill gaps ("Hezbollah leader Naim Qassem", "Lebanese President X");
2. otherwise places give the country and the last role word, title or
   sector-bearing place gives the sector ("Kenyan police", "Seoul").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from newsevents.coding.actors.candidates import Hit
from newsevents.coding.actors.dictionary import INTERNATIONAL, ActorEntry
from newsevents.coding.actors.words import Word

# Weapon systems are named things too: "an Iskander missile" is Russia's military, and an
# exported type ("F-16s") takes the country of the place beside it ("Ukraine's F-16s").
NAMED_KINDS = frozenset({"person", "organisation", "group", "media", "agency", "weapon"})
PLACE_KINDS = frozenset({"country", "region", "capital", "demonym", "city"})
FORMER = frozenset(
    {"former", "ex", "erstwhile", "onetime", "retired", "exiled", "ousted", "deposed"}
)
# "pro-Russian separatists" are not Russian: a place after pro-/anti- names a side, not a home.
# Sectors of people outside the state, which a government or military title does not change.
NON_STATE_SECTORS = frozenset({"PRE", "REB", "SEP", "INS", "PRM", "UAF", "OPP"})
STATE_TITLE_SECTORS = frozenset({"GOV", "MIL"})
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


@dataclass(frozen=True, slots=True)
class Reading:
    """What one part of a phrase says: code, country, sector and the hits used."""

    code: str
    country: str | None
    sector: str | None
    hits: tuple[Hit, ...]
    strong: bool  # sector from a named actor or a role word, not a title or a capital
    named: bool


FlatRule = Callable[[list[Word], list[Hit], dt.date | None], Reading | None]


def read_flat(words: list[Word], hits: list[Hit], when: dt.date | None) -> Reading | None:
    """Read a run of hits with no preposition between them: the first rule that reads it."""
    if not hits:
        return None
    for rule in FLAT_RULES:
        reading = rule(words, hits, when)
        if reading is not None:
            return reading
    return None


def named_actor_decides(words: list[Word], hits: list[Hit], when: dt.date | None) -> Reading | None:
    """The last named actor in the run decides (see `_read_named`)."""
    named = next((h for h in reversed(hits) if h.entry.kind in NAMED_KINDS), None)
    if named is None:
        return None
    return _read_named(words, named, hits, when, former=_has_former(words, hits))


def place_and_role(words: list[Word], hits: list[Hit], _when: dt.date | None) -> Reading | None:
    """Country from the places, sector from the last role word, title or sector-bearing place;
    "former" makes an office-holder an ex-official (ELI). None when neither is found."""
    places = [h for h in hits if h.entry.kind in PLACE_KINDS and not _is_side(words, h)]
    roles = [h for h in hits if h.entry.kind == "role"]
    titles = [h for h in hits if h.entry.kind == "title" and h.entry.sector is not None]
    country = next((h.entry.country for h in places + roles if h.entry.country), None)
    sector_hits = roles or titles or [h for h in places if h.entry.sector]
    sector = sector_hits[-1].entry.sector if sector_hits else None
    if _has_former(words, hits) and (roles or titles):
        sector = "ELI"
    if country is None and sector is None:
        return None
    place = places[0] if places else None
    base = (place.entry.code[:3] if place and country in INTERNATIONAL else country) or ""
    code = compose(base, sector) if base else (sector or "")
    return Reading(code, country, sector, tuple(hits), bool(roles), False)


# The order is the precedence: a named actor outranks places and role words.
FLAT_RULES: tuple[FlatRule, ...] = (named_actor_decides, place_and_role)


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


def compose(base: str, sector: str | None) -> str:
    if sector is None or base.endswith(sector):
        return base
    return base + sector


def _read_named(
    words: list[Word], named: Hit, hits: list[Hit], when: dt.date | None, *, former: bool
) -> Reading:
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
        sector = _titled_sector(sector, title)  # the text's own title for when it was written
        code = compose(country or "", sector) if country else code
    if country is None:
        place = next((h for h in hits if _is_home(words, h)), None)
        if place is not None:
            country = place.entry.country
            code = compose(country or "", sector)
    after_roles = [h for h in hits if h.first > named.first and h.entry.kind == "role"]
    if country in INTERNATIONAL and after_roles:  # "UN peacekeepers", "EU lawmakers"
        sector = after_roles[-1].entry.sector
        code = code + (sector or "")
    if former:
        sector = "ELI"
        code = (country or "") + "ELI"
    return Reading(code, country, sector, tuple(hits), True, True)


def _titled_sector(own: str | None, title: Hit) -> str | None:
    """The sector a person's title gives: a government or military title ("leader",
    "president", "general") says how a breakaway, rebel or opposition figure acts, not
    that they became the state ("separatist leader Denis Pushilin" stays PRE)."""
    if own in NON_STATE_SECTORS and title.entry.sector in STATE_TITLE_SECTORS:
        return own
    return title.entry.sector


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
) -> Reading | None:
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
    return Reading(compose(home, sector), home, sector, kept, True, True)


def _has_former(words: list[Word], hits: list[Hit]) -> bool:
    """A "former"/"ex-" word before the last hit turns an office into an ex-official."""
    last = hits[-1].first
    start = max(0, hits[0].first - 3)
    return any(w.key in FORMER for w in words[start:last])
