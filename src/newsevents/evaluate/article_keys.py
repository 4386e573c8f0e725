"""Reading exhaustive article keys and the article texts they refer to.

A key file (`articles_dev_*.json`) lists, per article, every happening a careful CAMEO
coder would code (`keys`), and the texts live in a separate JSON Lines file (`geo_*.jsonl`)
matched by `id`. Keys and texts are read into frozen values here, apart from the matching
(`evaluate.matching`) and the scoring (`evaluate.articles`), so a reader can check what a key
demands without reading how events are scored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import GoldFormatError
from newsevents.evaluate.gold import read_jsonl
from newsevents.model import Article


@dataclass(frozen=True, slots=True)
class KeyPlace:
    """Where a keyed happening took place, and how far off a predicted place may be."""

    name: str
    lat: float
    lon: float
    tolerance_km: float


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """One keyed happening: what an event must agree with to answer it.

    `sources`/`targets` are the accepted actor countries (None inside accepts an uncoded
    actor); an empty `targets` with `any_target` set means the key puts no demand on the
    target. Date demands: `date` (exact day), `date_range` (inclusive) or `date_year`.
    """

    key: str
    evidence: str
    code_prefixes: tuple[str, ...]
    sources: tuple[str | None, ...] | None
    targets: tuple[str | None, ...] | None
    date: dt.date | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    date_year: int | None = None
    place: KeyPlace | None = None
    core: bool = False


@dataclass(frozen=True, slots=True)
class KeyedArticle:
    """An article to code (text and publication date) with its keys."""

    article: Article
    keys: tuple[ArticleKey, ...]
    not_events: tuple[str, ...] = ()


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldFormatError(f"{where}: bad date {value!r}") from exc


def _actors(raw: Mapping[str, Any], side: str) -> tuple[str | None, ...] | None:
    """Accepted countries for one side: `side` (one code) or `side_any` (a list)."""
    if raw.get(side) is not None:
        return (str(raw[side]),)
    if f"{side}_any" in raw:
        return tuple(None if c is None else str(c) for c in raw[f"{side}_any"])
    return None


def _place(raw: Any) -> KeyPlace | None:
    if not raw:
        return None
    return KeyPlace(
        str(raw.get("name", "")),
        float(raw["lat"]),
        float(raw["lon"]),
        float(raw.get("tolerance_km", 50)),
    )


def read_key(raw: Mapping[str, Any], where: str) -> ArticleKey:
    """One key from its JSON object; `where` names it in errors."""
    if not raw.get("code_any"):
        raise GoldFormatError(f"{where}: key has no code_any")
    rng = raw.get("date_range")
    return ArticleKey(
        key=str(raw.get("key", where)),
        evidence=str(raw.get("evidence", "")),
        code_prefixes=tuple(str(c) for c in raw["code_any"]),
        sources=_actors(raw, "source"),
        targets=_actors(raw, "target"),
        date=_date(raw["date"], where) if raw.get("date") else None,
        date_range=(_date(rng[0], where), _date(rng[1], where)) if rng else None,
        date_year=int(raw["date_year"]) if raw.get("date_year") else None,
        place=_place(raw.get("place")),
        core=bool(raw.get("core", False)),
    )


def read_docs(paths: Iterable[Path]) -> dict[str, Mapping[str, Any]]:
    """Article records by `id` from JSON Lines files; a bad line names file and line."""
    return {
        str(record["id"]): record
        for path in paths
        for _, record in read_jsonl(path)
        if "id" in record
    }


def article_text(doc: Mapping[str, Any]) -> str:
    """Title and text as one article: the title leads unless the text already opens with it."""
    title = str(doc.get("title") or "").strip()
    text = str(doc.get("text") or "")
    if not title or text.startswith(title[:40]):
        return text
    return f"{title}\n\n{text}"


def load_keyed_articles(keys_path: Path, doc_paths: Sequence[Path]) -> list[KeyedArticle]:
    """Every keyed article with its text; a key whose article has no text is an error."""
    if not keys_path.is_file():
        raise GoldFormatError(f"key file {keys_path} not found")
    try:
        data = json.loads(keys_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{keys_path}: not JSON ({exc.msg})") from exc
    items = data["articles"] if isinstance(data, dict) else data
    docs = read_docs(doc_paths)
    out: list[KeyedArticle] = []
    for item in items:
        doc_id = str(item["id"])
        if doc_id not in docs:
            raise GoldFormatError(f"{keys_path}: article {doc_id} not found in --docs files")
        published = item.get("published")
        article = Article(
            article_id=doc_id,
            text=article_text(docs[doc_id]),
            published=_date(published, f"{keys_path}:{doc_id}") if published else None,
            url=docs[doc_id].get("url"),
        )
        keys = tuple(
            read_key(k, f"{keys_path}:{doc_id}:{k.get('key', i)}")
            for i, k in enumerate(item.get("keys", []))
        )
        out.append(KeyedArticle(article, keys, tuple(item.get("not_events", []))))
    return out
