"""Table rows for the store, built from model values and their JSON records.

Kept apart from the connection code so the column lists can be read (and
tested) next to `schema.sql` without a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from newsevents.ingest.clean import replaced_count
from newsevents.model import Article, CodedArticle, Event, Rejected
from newsevents.store.records import event_record

EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "date_from", "timex",
    "source_code", "source_country", "source_sector", "source_text",
    "target_code", "target_country", "target_sector", "target_text",
    "cameo_code", "cameo_root", "quad_class", "goldstein", "plover",
    "modality", "confidence", "corroboration",
    "place_name", "place_geonameid", "place_lat", "place_lon", "place_country",
    "sentence_index", "sentence", "rule", "dictionary_version", "model_version", "record",
)  # fmt: skip
ARTICLE_COLUMNS = (
    "article_id", "origin", "url", "title", "outlet", "published", "text", "n_events",
    "ingested_at", "replaced_chars",
)  # fmt: skip
REPORTED_BY_COLUMNS = ("event_id", "position", "name", "kind", "actor_code", "quote")
PLACE_COLUMNS = (
    "article_id", "position", "name", "geonameid", "lat", "lon", "country", "feature_class",
    "role", "span_start", "span_end",
)  # fmt: skip
REJECTED_COLUMNS = ("rejected_id", "origin", "reason", "excerpt", "rejected_at")
ALIAS_COLUMNS = ("alias_id", "article_id", "url", "published", "origin", "seen_at")


def article_row(coded: CodedArticle, now: dt.datetime) -> dict[str, Any]:
    a: Article = coded.article
    return {
        "article_id": a.article_id, "origin": a.origin, "url": a.url, "title": a.title,
        "outlet": a.outlet, "published": a.published, "text": a.text,
        "n_events": len(coded.events), "ingested_at": now,
        "replaced_chars": replaced_count(a.title, a.text),
    }  # fmt: skip


def event_row(event: Event, article: Article | None) -> dict[str, Any]:
    """One `events` row: filter columns plus the full JSON record."""
    record = event_record(event, article)
    row: dict[str, Any] = {name: record.get(name) for name in EVENT_COLUMNS}
    row["date"] = event.date.value
    row["timex"] = event.date.timex or None
    for side in ("source", "target", "place"):
        nested = record[side] or {}
        for key in ("code", "country", "sector", "text", "name", "geonameid", "lat", "lon"):
            if f"{side}_{key}" in row:
                row[f"{side}_{key}"] = nested.get(key)
    row["record"] = json.dumps(record, ensure_ascii=False)
    return row


def reported_by_rows(event: Event) -> list[dict[str, Any]]:
    return [
        {
            "event_id": event.event_id, "position": position, "name": link.name,
            "kind": link.kind, "actor_code": link.actor.code if link.actor else None,
            "quote": link.quote,
        }
        for position, link in enumerate(event.reported_by)
    ]  # fmt: skip


def place_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    return [
        {
            "article_id": coded.article.article_id, "position": position, "name": p.name,
            "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country,
            "feature_class": p.feature_class, "role": p.role,
            "span_start": p.span.start if p.span else None,
            "span_end": p.span.end if p.span else None,
        }
        for position, p in enumerate(coded.places)
    ]  # fmt: skip


def rejected_row(record: Rejected, now: dt.datetime) -> dict[str, Any]:
    """A rejected row; its id hashes origin, reason and excerpt, so re-runs add nothing."""
    key = "\x1f".join((record.origin, record.reason, record.raw_excerpt))
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()
    return {
        "rejected_id": digest, "origin": record.origin, "reason": record.reason,
        "excerpt": record.raw_excerpt, "rejected_at": now,
    }  # fmt: skip


def alias_row(article: Article, now: dt.datetime) -> dict[str, Any]:
    """Where and when an article was seen; the id hashes all four, so re-runs add nothing."""
    published = article.published.isoformat() if article.published else ""
    key = "\x1f".join((article.article_id, article.url or "", published, article.origin))
    digest = hashlib.blake2b(key.encode("utf-8", "replace"), digest_size=8).hexdigest()
    return {
        "alias_id": digest, "article_id": article.article_id, "url": article.url,
        "published": article.published, "origin": article.origin, "seen_at": now,
    }  # fmt: skip
