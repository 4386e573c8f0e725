"""GET /articles/{id} (text with its events marked) and POST /articles (code and store)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends

from newsevents.api.deps import DB, Config, get_coder, require_reader, require_writer
from newsevents.api.errors import NotFoundError, TooLargeError
from newsevents.api.models import ArticleIn, ArticleOut, ErrorOut, PostResult
from newsevents.api.routes_events import counted_record
from newsevents.batch.local import Coder
from newsevents.errors import RecordError
from newsevents.model import Article, Rejected
from newsevents.store.duckdb_store import COUNTED_RECORD
from newsevents.store.records import event_record

router = APIRouter(tags=["articles"])
ROLES = ("source", "verb", "target")


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses={404: {"model": ErrorOut}, 503: {"model": ErrorOut}},
    dependencies=[Depends(require_reader)],
)
def get_article(db: DB, article_id: str) -> dict[str, Any]:
    """The article's text and metadata, every event it reports (merged ones too), and the
    source/verb/target spans of the events coded from it as `marks`."""
    found = db.dicts(
        "SELECT article_id, title, url, outlet, published, text FROM articles WHERE article_id = ?",
        [article_id],
    )
    if not found:
        raise NotFoundError(f"no article with id {article_id!r}")
    rows = db.rows(
        f"SELECT {COUNTED_RECORD} FROM events WHERE event_id IN "
        "(SELECT event_id FROM mentions WHERE article_id = ?) OR article_id = ? "
        "ORDER BY sentence_index, event_id",
        [article_id, article_id],
    )
    events = [counted_record(row) for row in rows]
    # A merged event's evidence offsets index its first article; mark only this article's own.
    own = [e for e in events if e["article_id"] == article_id]
    return {**found[0], "events": events, "marks": marks(own)}


def marks(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Source, verb and target spans of every event, in article offsets."""
    out = []
    for record in events:
        evidence = record.get("evidence") or {}
        for role in ROLES:
            span = evidence.get(role)
            if span and span.get("start") is not None:
                out.append(
                    {
                        "event_id": record["event_id"],
                        "role": role,
                        "start": span["start"],
                        "end": span["end"],
                    }
                )
    return sorted(out, key=lambda m: (m["start"], m["end"]))


Articles = Annotated[
    ArticleIn | list[ArticleIn],
    Body(description="one article like a JSON Lines record, or a list of them"),
]


@router.post(
    "/articles",
    response_model=PostResult,
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        413: {"model": ErrorOut},
    },
    dependencies=[Depends(require_writer)],
)
def post_articles(
    db: DB, config: Config, coder: Annotated[Coder, Depends(get_coder)], body: Articles
) -> dict[str, Any]:
    """Code and store articles; return their events and any rejected records with reasons."""
    from newsevents.batch.local import code_batch

    items = body if isinstance(body, list) else [body]
    if len(items) > config.max_batch:
        raise TooLargeError(
            f"batch of {len(items)} articles exceeds the limit of {config.max_batch}"
        )
    articles, rejected = to_articles(items)
    coded, failed = code_batch(coder, articles, batch_size=max(len(articles), 1))
    rejected += failed

    def store(store: Any) -> tuple[int, int]:
        counts = store.add_coded(coded)
        if rejected:
            store.add_rejected(rejected)
        return counts.articles, counts.events

    new_articles, new_events = db.write(store)
    return {
        "events": [event_record(e, c.article) for c in coded for e in c.events],
        "rejected": [{"origin": r.origin, "reason": r.reason} for r in rejected],
        "new_articles": new_articles,
        "new_events": new_events,
    }


def to_articles(items: list[ArticleIn]) -> tuple[list[Article], list[Rejected]]:
    """Articles from request items; unusable ones rejected with their position and reason."""
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for index, item in enumerate(items):
        origin = f"request[{index}]"
        try:
            record = article_from_item(item, origin)
        except RecordError as error:
            rejected.append(Rejected(error.origin, error.reason, item.text[:200]))
            continue
        if isinstance(record, Rejected):
            rejected.append(record)
        else:
            articles.append(record)
    return articles, rejected


def article_from_item(item: ArticleIn, origin: str) -> Article | Rejected:
    from newsevents.ingest.jsonl import article_from_mapping

    return article_from_mapping(item.model_dump(), origin)
