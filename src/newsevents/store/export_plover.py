"""PLOVER export: one POLECAT-style JSON record per stored event, as JSON Lines.

Why a record of its own (not our event record): POLECAT users expect PLOVER's
names (event_type, mode, context, actor, recipient, location) and the evidence
as a list of mentions. The record is described by `store/data/plover_event.schema.json`
(`plover_schema()`), written from the PLOVER tables: event types, modes and contexts
are closed lists.

How the PLOVER fields are derived (documented in docs/store_cli.md):
- event_type: the CAMEO code's PLOVER event (the CAMEO->PLOVER mapping in
  store/data/cameo_plover.tsv; the most specific code listed, else its parents).
  CAMEO 01 (statements) and 02 (appeals) have no PLOVER type: event_type is null.
- mode: from the text's modality where PLOVER has a mode for it (negated ->
  negation, historical -> historical, planned -> future, conditional or
  hypothetical -> hypothetical), else the mapping's mode for the CAMEO code, else null.
- context: the mapping's contexts for the CAMEO code (a list, possibly empty).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.store.export_common import prepare_file

if TYPE_CHECKING:
    from newsevents.store import Store

MODALITY_MODES = {
    "negated": "negation",
    "historical": "historical",
    "planned": "future",
    "conditional": "hypothetical",
    "hypothetical": "hypothetical",
}
EVENTS_SQL = "SELECT * FROM events ORDER BY date NULLS LAST, event_id"
MENTIONS_SQL = """
SELECT event_id, mention_id, article_id, outlet, url, strftime(published, '%Y-%m-%d') AS published,
    sentence_index, trim(sentence) AS sentence, confidence, modality
FROM mentions ORDER BY event_id, published NULLS LAST, added_at, mention_id
"""


def export_plover(store: Store, out: Path, *, force: bool = False) -> dict[str, int]:
    """Write one JSON record per event to `out` (JSON Lines); return how many."""
    prepare_file(out, force=force)
    mentions: dict[str, list[dict[str, Any]]] = {}
    for row in store.frame(MENTIONS_SQL).to_dict("records"):
        mentions.setdefault(str(row.pop("event_id")), []).append(_clean(row))
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for event in store.frame(EVENTS_SQL).to_dict("records"):
            record = plover_record(_clean(event), mentions.get(str(event["event_id"]), []))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return {"events": count}


def plover_record(e: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The POLECAT-style record of one stored event (an `events` row) and its mentions."""
    code = str(e["cameo_code"])
    event_type, mode, contexts = mapping_for(code)
    return {
        "id": e["event_id"],
        "event_type": event_type,
        "mode": MODALITY_MODES.get(str(e["modality"]), mode),
        "context": contexts,
        "date": str(e["date"])[:10] if e["date"] is not None else None,
        "date_precision": e["date_precision"],
        "actor": _actor(e, "source"),
        "recipient": _actor(e, "target"),
        "location": _location(e),
        "cameo_code": code,
        "num_mentions": int(e["num_mentions"]),
        "num_sources": int(e["num_sources"]),
        "num_articles": int(e["num_articles"]),
        "mentions": mentions,
    }


def _actor(e: dict[str, Any], side: str) -> dict[str, Any] | None:
    if not e[f"{side}_code"]:
        return None
    return {
        "code": e[f"{side}_code"],
        "name": e[f"{side}_text"],
        "country": e[f"{side}_country"],
        "sector": e[f"{side}_sector"],
    }


def _location(e: dict[str, Any]) -> dict[str, Any] | None:
    if not e["place_name"] or e["place_lat"] is None:
        return None
    geonameid = e["place_geonameid"]
    return {
        "name": e["place_name"],
        "country": e["place_country"],
        "lat": float(e["place_lat"]),
        "lon": float(e["place_lon"]),
        "geonameid": int(geonameid) if geonameid is not None else None,
    }


def _clean(row: dict[Any, Any]) -> dict[str, Any]:
    """Missing values (NaN, NaT, pandas NA) as None, so records are plain JSON."""
    return {str(k): (None if _missing(v) else v) for k, v in row.items()}


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def mapping_for(code: str) -> tuple[str | None, str | None, list[str]]:
    """(event type, mode, contexts) of a CAMEO code: its own row, else its parents'."""
    table = cameo_plover()
    for size in range(len(code), 1, -1):
        found = table.get(code[:size]) or table.get(code[:size] + "0")
        if found is not None:
            return found
    return None, None, []


@lru_cache(maxsize=1)
def cameo_plover() -> dict[str, tuple[str | None, str | None, list[str]]]:
    """CAMEO code -> (PLOVER event, mode, contexts), from the shipped table."""
    text = resources.files("newsevents.store").joinpath("data/cameo_plover.tsv")
    out: dict[str, tuple[str | None, str | None, list[str]]] = {}
    for line in text.read_text("utf-8").splitlines()[1:]:
        code, event, mode, context = [*line.split("\t"), "", "", ""][:4]
        contexts = [c.strip() for c in context.split(";") if c.strip()]
        out[code] = (event or None, mode or None, contexts)
    return out


def plover_schema() -> dict[str, Any]:
    """The JSON Schema every exported record satisfies (draft 2020-12)."""
    text = resources.files("newsevents.store").joinpath("data/plover_event.schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return loaded
