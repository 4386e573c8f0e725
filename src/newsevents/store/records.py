"""The one mapping from an `Event` to a flat-ish JSON record.

Why one mapping: the CLI (``--format jsonl``), the store (which keeps the record
beside its filter columns) and future exports (GDELT 2.0, PLOVER) must agree on
names, and other tools rely on them. Field names listed in `RECORD_FIELDS` are
a public contract: add to it, never rename.
"""

from __future__ import annotations

from typing import Any

from newsevents.model import Actor, Article, Attribution, Event, Place, Span

RECORD_FIELDS = (
    "event_id",
    "article_id",
    "date",
    "date_precision",
    "date_from",
    "timex",
    "source",
    "target",
    "cameo_code",
    "cameo_root",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover",
    "threatened_code",
    "modality",
    "confidence",
    "corroboration",
    "place",
    "places_mentioned",
    "reported_by",
    "sentence_index",
    "sentence",
    "evidence",
    "rule",
    "dictionary_version",
    "model_version",
    "url",
    "title",
    "outlet",
    "published",
)

# Flat columns for CSV output: nested objects become `parent_child` columns.
CSV_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "date_from",
    "source_code", "source_country", "source_sector", "source_text",
    "target_code", "target_country", "target_sector", "target_text",
    "cameo_code", "cameo_root", "quad_class", "goldstein", "plover", "modality", "confidence",
    "corroboration", "place_name", "place_geonameid", "place_lat", "place_lon", "place_country",
    "reported_by", "sentence", "rule", "url", "outlet", "published", "title",
)  # fmt: skip


def event_record(event: Event, article: Article | None = None) -> dict[str, Any]:
    """The JSON-ready record of `event` (article metadata added when `article` is given)."""
    prov = event.provenance
    date = event.date
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "date": date.value.isoformat() if date.value else None,
        "date_precision": date.precision,
        "date_from": date.date_from,
        "timex": {"value": date.timex, "text": date.span.text if date.span else None,
                  "start": date.span.start if date.span else None,
                  "end": date.span.end if date.span else None},
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "cameo_code": event.cameo.code,
        "cameo_root": event.cameo.root,
        "cameo_name": event.cameo.name,
        "quad_class": event.cameo.quad_class,
        "goldstein": event.cameo.goldstein,
        "plover": event.cameo.plover,
        "threatened_code": event.threatened_code,
        "modality": event.modality,
        "confidence": event.confidence,
        "corroboration": event.corroboration,
        "place": place_record(event.place),
        "places_mentioned": [place_record(p) for p in event.places_mentioned],
        "reported_by": [attribution_record(a) for a in event.reported_by],
        "sentence_index": prov.sentence_index,
        "sentence": prov.sentence.text,
        "evidence": {
            "sentence": span_record(prov.sentence),
            "source": span_record(prov.source_span),
            "verb": span_record(prov.verb_span),
            "target": span_record(prov.target_span),
        },
        "rule": prov.rule,
        "dictionary_version": prov.dictionary_version,
        "model_version": prov.model_version,
        **article_fields(article),
    }  # fmt: skip


def article_fields(article: Article | None) -> dict[str, Any]:
    """The article metadata repeated on each record, so a record stands on its own."""
    if article is None:
        return {"url": None, "title": None, "outlet": None, "published": None}
    return {
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
    }


def actor_record(actor: Actor | None) -> dict[str, Any] | None:
    """`{code, country, sector, text}` (plus the dictionary entry), or None."""
    if actor is None:
        return None
    return {
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "text": actor.text,
        "name": actor.name,
        "entry": actor.entry,
    }


def place_record(place: Place | None) -> dict[str, Any] | None:
    """`{name, geonameid, lat, lon, country}` (plus feature class, role, text offsets), or None."""
    if place is None:
        return None
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "feature_class": place.feature_class,
        "role": place.role,
        "span": span_record(place.span),
    }


def attribution_record(link: Attribution) -> dict[str, Any]:
    """One `reported_by` link: `{name, kind, actor, quote}` (`actor` is the actor code)."""
    return {
        "name": link.name,
        "kind": link.kind,
        "actor": link.actor.code if link.actor else None,
        "quote": link.quote,
    }


def span_record(span: Span | None) -> dict[str, Any] | None:
    """`{start, end, text}` in article offsets, or None."""
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV row of a record: nested objects flattened, lists as '; '-joined names."""
    row: dict[str, Any] = {}
    for column in CSV_COLUMNS:
        parent, _, child = column.partition("_")
        nested = record.get(parent)
        if parent in {"source", "target", "place"} and child:
            row[column] = nested.get(child) if isinstance(nested, dict) else None
        elif column == "reported_by":
            row[column] = "; ".join(link["name"] for link in record.get("reported_by") or [])
        else:
            row[column] = record.get(column)
    return row
