"""Score the actor coder on actor-resolution cases (phrase -> country and sector).

Gold rows (see the gold README): `text`, optional `context` and `date`, and the
expected `country` and/or `sector`; a key is present only where the case checks
it, and an empty or null value means "no code expected". The cases mix CAMEO and
PLOVER vocabularies, so a predicted CAMEO sector also counts when its PLOVER
equivalent is expected (CAMEO HLH = PLOVER MED, CAMEO MED = PLOVER JRN, religion
codes = PLOVER REL, INS/SEP = REB); UNK ("unidentified") and JNK ("not an actor")
mean no sector is expected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.coding.actors.coder import ActorCoder
from newsevents.model import Actor

RELIGIONS = frozenset(
    {
        "ADR",
        "ALE",
        "ATH",
        "BAH",
        "BUD",
        "CHR",
        "CON",
        "CPT",
        "CTH",
        "DOX",
        "DRZ",
        "HIN",
        "HSD",
        "ITR",
        "JAN",
        "JEW",
        "JHW",
        "LDS",
        "MOS",
        "MRN",
        "NRM",
        "PAG",
        "PRO",
        "SFI",
        "SHI",
        "SHN",
        "SIK",
        "SUN",
        "TAO",
        "UDX",
        "ZRO",
    }
)
_TO_PLOVER = {"HLH": "MED", "MED": "JRN", "INS": "REB", "SEP": "REB", "NGM": "SOC"}
_NO_SECTOR = frozenset({"", "UNK", "JNK"})
_DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d")


@dataclass(frozen=True, slots=True)
class RowResult:
    """One gold case: what was checked, what the coder said, and whether it was right."""

    text: str
    actor: Actor | None
    country_ok: bool | None  # None: the case does not check the country
    sector_ok: bool | None

    @property
    def ok(self) -> bool:
        return self.country_ok is not False and self.sector_ok is not False


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read actor cases from a JSON Lines file (blank lines skipped; errors name the line)."""
    from newsevents.evaluate.gold import read_jsonl

    return [row for _number, row in read_jsonl(Path(path))]


def plover_sector(sector: str | None) -> str | None:
    """The PLOVER sector for a CAMEO role code (unchanged where both agree)."""
    if sector is None:
        return None
    if sector in RELIGIONS:
        return "REL"
    return _TO_PLOVER.get(sector, sector)


def parse_date(value: object) -> dt.date | None:
    """Gold dates come as ISO or as written English ("October 1, 2021", "1 july 2021")."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.title(), fmt).date()
        except ValueError:
            continue
    return None


def check_row(row: dict[str, Any], coder: ActorCoder) -> RowResult:
    """Code one case. A non-empty `context` supplies the country the phrase lacks,
    as the surrounding sentence would ("Defense Minister" in a German context)."""
    when = parse_date(row.get("date"))
    actor = coder.code_phrase(str(row["text"]), when)
    country = actor.country if actor else None
    context = str(row.get("context") or "")
    if country is None and context:
        around = coder.code_phrase(context, when)
        country = around.country if around else None
    country_ok = sector_ok = None
    if "country" in row:
        country_ok = (row["country"] or None) == country
    if "sector" in row:
        expected = row["sector"] or ""
        predicted = actor.sector if actor else None
        if expected in _NO_SECTOR:
            sector_ok = predicted is None
        else:
            sector_ok = expected in (predicted, plover_sector(predicted))
    return RowResult(str(row["text"]), actor, country_ok, sector_ok)


def score_actors(rows: Iterable[dict[str, Any]], coder: ActorCoder) -> dict[str, Any]:
    """Accuracy (country and sector both right where checked), and each part alone."""
    results = [check_row(row, coder) for row in rows]
    countries = [r.country_ok for r in results if r.country_ok is not None]
    sectors = [r.sector_ok for r in results if r.sector_ok is not None]
    return {
        "n": len(results),
        "accuracy": _share([r.ok for r in results]),
        "country_accuracy": _share(countries),
        "sector_accuracy": _share(sectors),
    }


def _share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0
