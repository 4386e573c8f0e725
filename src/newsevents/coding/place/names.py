"""Word lists the place finder reads: facts about how English news names places.

Kept apart from the logic so they can grow without touching the resolver:
state abbreviations (AP style and postal) for "Alexandria, La.", the
prepositions that make a phrase locative, and the nouns that introduce a
place name ("the border town of X").
"""

from __future__ import annotations

# US states: AP abbreviation and postal code -> GeoNames admin1 code.
_STATES = (
    ("AL", "Ala."),
    ("AK", "Alaska"),
    ("AZ", "Ariz."),
    ("AR", "Ark."),
    ("CA", "Calif."),
    ("CO", "Colo."),
    ("CT", "Conn."),
    ("DE", "Del."),
    ("DC", "D.C."),
    ("FL", "Fla."),
    ("GA", "Ga."),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Ill."),
    ("IN", "Ind."),
    ("IA", "Iowa"),
    ("KS", "Kan."),
    ("KY", "Ky."),
    ("LA", "La."),
    ("ME", "Maine"),
    ("MD", "Md."),
    ("MA", "Mass."),
    ("MI", "Mich."),
    ("MN", "Minn."),
    ("MS", "Miss."),
    ("MO", "Mo."),
    ("MT", "Mont."),
    ("NE", "Neb."),
    ("NV", "Nev."),
    ("NH", "N.H."),
    ("NJ", "N.J."),
    ("NM", "N.M."),
    ("NY", "N.Y."),
    ("NC", "N.C."),
    ("ND", "N.D."),
    ("OH", "Ohio"),
    ("OK", "Okla."),
    ("OR", "Ore."),
    ("PA", "Pa."),
    ("RI", "R.I."),
    ("SC", "S.C."),
    ("SD", "S.D."),
    ("TN", "Tenn."),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vt."),
    ("VA", "Va."),
    ("WA", "Wash."),
    ("WV", "W.Va."),
    ("WI", "Wis."),
    ("WY", "Wyo."),
)
_EXTRA = {
    "Calif": "CA",
    "Penn.": "PA",
    "Wisc.": "WI",
    "Tex.": "TX",
    "Colo": "CO",
    "Fla": "FL",
    "Okla": "OK",
    "Mich": "MI",
    "Minn": "MN",
    "Tenn": "TN",
    "Ariz": "AZ",
    "Kans.": "KS",
    "Nebr.": "NE",
    "Ore": "OR",
    "Mass": "MA",
    "Conn": "CT",
    "W.V.": "WV",
}


def state_abbreviations() -> dict[str, str]:
    """Abbreviation (as printed, case-sensitive) -> GeoNames admin1 code such as US.LA."""
    table = {ap: f"US.{code}" for code, ap in _STATES}
    table.update({code: f"US.{code}" for code, _ in _STATES})
    table.update({ab: f"US.{code}" for ab, code in _EXTRA.items()})
    return table


# Prepositions that place an event ("exploded in X", "a rally outside X").
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "across",
        "along",
        "over",
        "inside",
        "around",
        "throughout",
        "within",
        "into",
        "towards",
        "toward",
        "off",
        "to",
        "from",
        "on",
    }
)
# Of these, the ones strong enough to make an unknown-label name a toponym.
STRONG_LOCATIVE = frozenset({"in", "at", "near", "outside", "across", "throughout", "inside"})
# The event place uses the brief's locative set (direction words such as "to"
# and "from" name an origin or destination, not where the event happened).
EVENT_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "across",
        "along",
        "over",
        "inside",
        "around",
        "throughout",
        "within",
        "off",
    }
)
# A march happens where it sets out: "marched from X to Y" took place in X (its "to" is only
# where it went), so "from" is locative after these words (verbs and the nouns of a march).
ORIGIN_WORDS = frozenset({"march", "walk", "trek", "parade", "procession", "convoy"})
# A visit happens where it goes: "during a visit to X", "on a tour of X" place what is done
# on it in X, so "to" and "of" are locative after these nouns when a time preposition
# introduces them (a visit only announced or planned has not happened there).
VISIT_WORDS = frozenset({"visit", "trip", "tour", "journey"})
VISIT_OF = frozenset({"to", "of"})
DURING_PREPS = frozenset({"during", "in", "on", "at", "while"})
# Nouns that introduce a place name: "the border town of X", "X province".
PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "province",
        "county",
        "parish",
        "region",
        "district",
        "state",
        "capital",
        "area",
        "suburb",
        "borough",
        "township",
        "municipality",
        "island",
        "port",
        "outskirts",
        "neighbourhood",
        "neighborhood",
        "hamlet",
        "community",
        "prefecture",
        "governorate",
        "territory",
        "country",
        "republic",
        "kingdom",
        "enclave",
        "settlement",
        "camp",
        "border",
        "streets",
        "centre",
        "center",
    }
)
# Nouns for a part of a town: "the X neighborhood of Town" is in Town.
QUARTER_NOUNS = frozenset({"neighborhood", "neighbourhood", "district", "section", "suburb"})
# Administrative nouns that may follow a name the gazetteer knows without them
# ("the X district" is X).
UNIT_NOUNS = frozenset({"district", "governorate", "prefecture", "state"})
# Entity labels that name places outright, and labels the small model gives
# places by mistake (accepted only in a locative context and when the
# gazetteer knows the name).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MISLABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
# Bare compass words: "the North" is the speaker's own shorthand (North Korea,
# the north of the country), never the far-away admin area GeoNames names so.
BARE_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "centre",
        "center",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "midwest",
        "mid-west",
    }
)
# Words that lead a place name without making it a person's ("Greater London").
PLACE_MODIFIERS = frozenset(
    {
        "greater",
        "downtown",
        "uptown",
        "central",
        "inner",
        "outer",
        "upper",
        "lower",
        "old",
        "new",
        "metro",
        "metropolitan",
        "lake",
        "mount",
        "fort",
        "port",
        "san",
        "santa",
        "saint",
        "st",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "mid",
        "rural",
        "suburban",
        "little",
        "big",
        "great",
        "coastal",
        "occupied",
        "kurdish",
        "island",
        "isle",
        "cape",
        "gulf",
        "bay",
        "river",
        "valley",
        "county",
        "city",
        "district",
        "province",
        "state",
        "el",
        "la",
        "los",
        "las",
        "le",
        "al",
        "ras",
        "tel",
        "bir",
        "ad",
        "as",
        "ar",
        "an",
        "at",
        "ash",
        "az",
    }
)
