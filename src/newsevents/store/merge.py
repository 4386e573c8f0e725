"""The store side of cross-article merging: which coded events are new, which are mentions.

`plan_merge` reads what it needs from the database in two queries per batch
(the stored versions' signatures and the candidate events), decides in Python
with the rule of `newsevents.dedup.across_articles`, and returns the rows to
write; `refresh_counts` recomputes the num_* columns of the events it touched
from the `mentions` table, so the counts are always what the mentions say and a
re-run (or a `--replace`) cannot drift them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newsevents.dedup import near_duplicates
from newsevents.dedup.across_articles import EventKey, MergeRule, first_match
from newsevents.model import CodedArticle, Event
from newsevents.store import rows

if TYPE_CHECKING:
    import duckdb

KEY_COLUMNS = (
    "event_id", "source_country", "source_sector", "target_country", "target_sector",
    "cameo_code", "cameo_root", "modality", "date", "date_precision", "place_country",
    "place_lat", "place_lon",
)  # fmt: skip
# Only a place the text states for the event takes part in the merge rule: an inferred place
# (role sentence, dateline or article) tells where the reporter was, and two outlets
# writing from different cities about one happening must still merge.
STATED_PLACE = "coalesce(json_extract_string(record, '$.place.role'), 'event') = 'event'"
SEARCH_DAYS = 400  # candidates are events dated within this many days of the batch's dates


@dataclass(slots=True)
class MergePlan:
    """Rows to write for one batch: new events, every mention, article versions."""

    events: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def touched(self) -> list[str]:
        """The ids of the events whose counts must be recomputed."""
        return sorted({m["event_id"] for m in self.mentions})


def event_key(event: Event) -> EventKey:
    """The fields of a coded event the merge rule compares."""
    place = event.place if event.place is not None and event.place.role == "event" else None
    return EventKey(
        event_id=event.event_id,
        source_country=event.source.country if event.source else None,
        source_sector=event.source.sector if event.source else None,
        target_country=event.target.country if event.target else None,
        target_sector=event.target.sector if event.target else None,
        cameo_code=event.cameo.code, cameo_root=event.cameo.root, modality=event.modality,
        date=event.date.value, date_precision=event.date.precision,
        place_country=place.country if place else None,
        place_lat=place.lat if place else None, place_lon=place.lon if place else None,
    )  # fmt: skip


def plan_merge(
    con: duckdb.DuckDBPyConnection,
    coded: Sequence[CodedArticle],
    rule: MergeRule | None,
    now: dt.datetime,
) -> MergePlan:
    """Decide, for every event of the not-yet-stored articles, its event (new or existing)."""
    plan = MergePlan()
    fresh = _unstored(con, coded)
    stories = _assign_stories(con, fresh, rule, plan)
    candidates = _candidates(con, fresh, rule)
    lead = (rule or MergeRule()).lead_sentences
    for item in fresh:
        own: set[str] = set()  # events of this article stay apart (within-article dedup decided)
        for event in item.events:
            key = event_key(event)
            pool = [c for c in candidates.get(key.cameo_root, []) if c.event_id not in own]
            target = first_match(key, pool, rule) if rule is not None else None
            if target is None:
                target = event.event_id
                plan.events.append(rows.event_row(event, item.article))
                candidates.setdefault(key.cameo_root, []).append(key)
            own.add(target)
            plan.mentions.append(mention_row(event, item, target, stories, lead, now))
    return plan


def _unstored(con: duckdb.DuckDBPyConnection, coded: Sequence[CodedArticle]) -> list[CodedArticle]:
    """Each article once, keeping only its events that have no mention stored yet.

    Re-ingesting stored articles therefore adds nothing, while an event that a
    changed dictionary now finds in a stored article is still added.
    """
    ids = [e.event_id for c in coded for e in c.events]
    found = con.execute(
        "SELECT mention_id FROM mentions WHERE mention_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    stored = {row[0] for row in found}
    seen: set[str] = set()
    out: list[CodedArticle] = []
    for item in coded:
        if item.article.article_id in seen:
            continue
        seen.add(item.article.article_id)
        events = tuple(e for e in item.events if e.event_id not in stored)
        out.append(replace(item, events=events))
    return out


def _assign_stories(
    con: duckdb.DuckDBPyConnection,
    fresh: list[CodedArticle],
    rule: MergeRule | None,
    plan: MergePlan,
) -> dict[str, str]:
    """Map each article id to its story id (the stored or earlier article it is a version of)."""
    known = con.execute(
        "SELECT article_id, story_id FROM article_versions WHERE article_id IN (SELECT unnest(?))",
        [[c.article.article_id for c in fresh]],
    ).fetchall()
    stories: dict[str, str] = {row[0]: row[1] for row in known}
    pool = _stored_signatures(con, fresh, rule) if rule is not None else []
    for item in fresh:
        article = item.article
        if article.article_id in stories:
            continue
        sig = near_duplicates.signature(article.text)
        story = article.article_id
        if rule is not None:
            near = [(s, g) for s, g, day in pool if _close(day, article.published, rule)]
            story = near_duplicates.best_match(sig, near, rule.near_duplicate) or story
            pool.append((story, sig, article.published))
        stories[article.article_id] = story
        plan.versions.append(
            {"article_id": article.article_id, "story_id": story,
             "published": article.published, "signature": sig}
        )  # fmt: skip
    return stories


def _close(day: dt.date | None, published: dt.date | None, rule: MergeRule) -> bool:
    if day is None or published is None:
        return True
    return abs((day - published).days) <= rule.version_window_days


def _stored_signatures(
    con: duckdb.DuckDBPyConnection, fresh: list[CodedArticle], rule: MergeRule | None
) -> list[tuple[str, list[int], dt.date | None]]:
    days = [c.article.published for c in fresh if c.article.published is not None]
    window = dt.timedelta(days=(rule or MergeRule()).version_window_days)
    low = min(days) - window if days else dt.date.min
    high = max(days) + window if days else dt.date.max
    found = con.execute(
        "SELECT story_id, signature, published FROM article_versions "
        "WHERE published IS NULL OR published BETWEEN ? AND ? ORDER BY published, article_id",
        [low, high],
    ).fetchall()
    return [(row[0], list(row[1]), row[2]) for row in found]


def _candidates(
    con: duckdb.DuckDBPyConnection, fresh: list[CodedArticle], rule: MergeRule | None
) -> dict[str, list[EventKey]]:
    """Stored events that could match the batch's events, grouped by CAMEO root."""
    events = [e for c in fresh for e in c.events]
    if rule is None or not events:
        return {}
    days = [e.date.value for e in events if e.date.value is not None]
    low = min(days, default=dt.date.max) - dt.timedelta(days=SEARCH_DAYS)
    high = max(days, default=dt.date.min) + dt.timedelta(days=SEARCH_DAYS)
    found = con.execute(
        f"SELECT {', '.join(_key_select())} FROM events "
        "WHERE cameo_root IN (SELECT unnest(?)) AND (date IS NULL OR date BETWEEN ? AND ?) "
        "ORDER BY first_seen NULLS LAST, date NULLS LAST, event_id",
        [sorted({e.cameo.root for e in events}), low, high],
    ).fetchall()
    out: dict[str, list[EventKey]] = {}
    for row in found:
        key = EventKey(**dict(zip(KEY_COLUMNS, row, strict=True)))
        out.setdefault(key.cameo_root, []).append(key)
    return out


def _key_select() -> list[str]:
    """The key columns, with the place columns empty where the stored place was inferred."""
    return [
        f"CASE WHEN {STATED_PLACE} THEN {c} END AS {c}" if c.startswith("place_") else c
        for c in KEY_COLUMNS
    ]


def mention_row(
    event: Event,
    item: CodedArticle,
    target: str,
    stories: dict[str, str],
    lead: int,
    now: dt.datetime,
) -> dict[str, Any]:
    """One `mentions` row: where this report of `target` is, who published it, how sure."""
    prov, article = event.provenance, item.article
    return {
        "mention_id": event.event_id, "event_id": target, "article_id": article.article_id,
        "story_id": stories[article.article_id], "sentence_index": prov.sentence_index,
        "sentence_start": prov.sentence.start, "sentence_end": prov.sentence.end,
        "verb_start": prov.verb_span.start, "verb_end": prov.verb_span.end,
        "source_start": prov.source_span.start if prov.source_span else None,
        "target_start": prov.target_span.start if prov.target_span else None,
        "sentence": prov.sentence.text, "cameo_code": event.cameo.code,
        "outlet": article.outlet, "url": article.url, "published": article.published,
        "confidence": event.confidence, "modality": event.modality,
        "in_lead": prov.sentence_index < lead, "added_at": now,
    }  # fmt: skip


REFRESH_SQL = """
UPDATE events SET num_mentions = s.n_mentions, num_sources = s.n_sources,
    num_articles = s.n_articles, first_seen = s.first_seen, last_seen = s.last_seen,
    is_root = s.is_root
FROM (
    SELECT m.event_id, count(*) AS n_mentions, count(DISTINCT m.story_id) AS n_articles,
        count(DISTINCT coalesce(o.outlet, o.url, m.story_id)) AS n_sources,
        min(coalesce(m.published, CAST(m.added_at AS DATE))) AS first_seen,
        max(coalesce(m.published, CAST(m.added_at AS DATE))) AS last_seen,
        bool_or(m.in_lead) AS is_root
    FROM mentions m LEFT JOIN articles o ON o.article_id = m.story_id
    WHERE m.event_id IN (SELECT unnest(?))
    GROUP BY m.event_id
) AS s
WHERE events.event_id = s.event_id
"""


def refresh_counts(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> None:
    """Recompute num_mentions/num_sources/num_articles/first-last seen/is_root from mentions.

    num_articles counts stories (an article and its near-duplicate versions count
    once) and num_sources the distinct outlets of those stories' first articles, so
    a wire copy or an updated version adds a mention but neither an article nor a
    source; num_mentions counts every report, versions included.
    """
    if event_ids:
        con.execute(REFRESH_SQL, [event_ids])
