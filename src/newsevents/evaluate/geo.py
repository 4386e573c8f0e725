"""Scoring toponym finding and resolution against geoparsing gold (LGL, GeoVirus).

Measures what a user of the places cares about: are the place names found
(span overlap recall/precision), and are they put on the map within 161 km
(100 miles, the field's usual tolerance), on the exact GeoNames id, and in
the right country. The gold's own country is not given: it is the country of
its GeoNames id, or else of the nearest gazetteer town to its coordinates.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.coding.place.distance import distance_km
from newsevents.coding.place.find import find_places
from newsevents.coding.place.gazetteer import GazEntry, Gazetteer
from newsevents.model import Article, Place
from newsevents.nlp import parse_articles

TOLERANCE_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float
    lon: float


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a geo gold JSONL file (`text`, `toponyms[]`), with a clear error per bad line."""
    from newsevents.errors import GoldFormatError
    from newsevents.evaluate.gold import read_jsonl

    rows = []
    for number, row in read_jsonl(Path(path)):
        if "text" not in row:
            raise GoldFormatError(f"{path}:{number}: expected an object with 'text'")
        rows.append(row)
    return rows


def gold_toponyms(row: dict[str, Any]) -> list[GoldToponym]:
    out = []
    for t in row.get("toponyms") or []:
        if t.get("lat") is None or t.get("lon") is None:
            continue
        gid = t.get("geonameid")
        out.append(
            GoldToponym(
                int(t["start"]),
                int(t["end"]),
                str(t.get("phrase", "")),
                int(gid) if gid not in (None, "") else None,
                float(t["lat"]),
                float(t["lon"]),
            )
        )
    return out


def _article(row: dict[str, Any], number: int) -> Article:
    published = None
    if row.get("date"):
        try:
            published = dt.date.fromisoformat(str(row["date"])[:10])
        except ValueError:
            published = None
    return Article(str(row.get("id", number)), str(row["text"]), published)


def score_geo(rows: Iterable[dict[str, Any]], nlp: Any, gazetteer: Gazetteer) -> dict[str, Any]:
    """Parse every row, find its places, and score them against its gold toponyms."""
    rows = list(rows)
    tally = _Tally(_CountryOracle(gazetteer))
    articles = [_article(row, i) for i, row in enumerate(rows)]
    start = time.perf_counter()
    place_seconds = 0.0
    for row, parsed in zip(rows, parse_articles(nlp, articles), strict=True):
        t0 = time.perf_counter()
        places = find_places(parsed, gazetteer)
        place_seconds += time.perf_counter() - t0
        tally.add(gold_toponyms(row), places)
    elapsed = time.perf_counter() - start
    result = tally.result()
    result["docs_per_s"] = round(len(rows) / elapsed, 2) if elapsed else 0.0
    result["place_share_of_time"] = round(place_seconds / elapsed, 4) if elapsed else 0.0
    return result


class _CountryOracle:
    """The gold toponym's country: by GeoNames id, else the nearest town (grid search)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._grid: dict[tuple[int, int], list[GazEntry]] | None = None

    def country(self, gold: GoldToponym) -> str | None:
        if gold.geonameid is not None:
            entry = self._gazetteer.get(gold.geonameid)
            if entry is not None:
                return self._gazetteer.cameo_country(entry)
        nearest = self._nearest(gold.lat, gold.lon)
        return self._gazetteer.cameo_country(nearest) if nearest else None

    def _nearest(self, lat: float, lon: float) -> GazEntry | None:
        if self._grid is None:
            self._grid = {}
            for e in self._gazetteer.entries():
                if e.feature_code == "PPL":
                    self._grid.setdefault((math.floor(e.lat), math.floor(e.lon)), []).append(e)
        cell = (math.floor(lat), math.floor(lon))
        near = [
            e
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for e in self._grid.get((cell[0] + dy, cell[1] + dx), ())
        ]
        if not near:
            return None
        return min(near, key=lambda e: distance_km(lat, lon, e.lat, e.lon))


class _Tally:
    def __init__(self, oracle: _CountryOracle) -> None:
        self.oracle = oracle
        self.n = self.matched = self.within = 0
        self.with_id = self.exact = self.country_n = self.country_ok = 0
        self.predicted = self.predicted_matched = 0

    def add(self, gold: list[GoldToponym], places: tuple[Place, ...]) -> None:
        spans = [(p, p.span) for p in places if p.span is not None]
        self.predicted += len(spans)
        self.predicted_matched += sum(
            any(s.start < g.end and g.start < s.end for g in gold) for _, s in spans
        )
        for g in gold:
            self.n += 1
            hit = next((p for p, s in spans if s.start < g.end and g.start < s.end), None)
            if hit is None:
                continue
            self.matched += 1
            self.within += distance_km(hit.lat, hit.lon, g.lat, g.lon) <= TOLERANCE_KM
            if g.geonameid is not None:
                self.with_id += 1
                self.exact += hit.geonameid == g.geonameid
            country = self.oracle.country(g)
            if country is not None:
                self.country_n += 1
                self.country_ok += hit.country == country

    def result(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "n": self.n,
            "recall": ratio(self.matched, self.n),
            "precision": ratio(self.predicted_matched, self.predicted),
            "accuracy_161km": ratio(self.within, self.matched),
            "exact_geonameid": ratio(self.exact, self.with_id),
            "country_accuracy": ratio(self.country_ok, self.country_n),
            "matched": self.matched,
            "predicted": self.predicted,
        }
