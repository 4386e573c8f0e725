"""Article-level accuracy: code whole articles and match their events to exhaustive keys.

Recall counts keys answered by some event (place checked where the key has one); precision
counts output events that answer some key (place not checked), each from its own maximum
one-to-one matching (`evaluate.matching`). Only the events a user sees by default count as
output: those at or above the confidence threshold (`events_shown`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.evaluate.article_keys import ArticleKey, KeyedArticle, load_keyed_articles
from newsevents.evaluate.gold import ErrorRecord
from newsevents.evaluate.matching import actor_country, match_keys
from newsevents.evaluate.runner import EvalResult, PipelineLike
from newsevents.model import Article, CodedArticle, Event

Coder = Callable[[Iterable[Article]], Iterator[CodedArticle]]


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """One article's keys, its shown events and the two matchings."""

    keyed: KeyedArticle
    events: tuple[Event, ...]
    recall_pairs: dict[int, int]
    precision_pairs: dict[int, int]

    def summary(self) -> dict[str, Any]:
        """The per-article line of the report."""
        core = [i for i, k in enumerate(self.keyed.keys) if k.core]
        return {
            "id": self.keyed.article.article_id,
            "keys": len(self.keyed.keys),
            "core_keys": len(core),
            "found": len(self.recall_pairs),
            "core_found": sum(1 for i in core if i in self.recall_pairs),
            "predicted_events": len(self.events),
            "correct_events": len(self.precision_pairs),
        }


def events_shown(events: Iterable[Event], threshold: float) -> tuple[Event, ...]:
    """The events a user sees by default: confidence at or above the threshold."""
    return tuple(e for e in events if e.confidence >= threshold)


def score_article(keyed: KeyedArticle, events: Sequence[Event]) -> ArticleScore:
    """Both matchings of one article's keys against its events."""
    return ArticleScore(
        keyed,
        tuple(events),
        match_keys(keyed.keys, events, check_place=True),
        match_keys(keyed.keys, events, check_place=False),
    )


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def totals(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    """The headline figures over all articles."""
    lines = [s.summary() for s in scores]
    keys = sum(x["keys"] for x in lines)
    found = sum(x["found"] for x in lines)
    predicted = sum(x["predicted_events"] for x in lines)
    correct = sum(x["correct_events"] for x in lines)
    recall, precision = _ratio(found, keys), _ratio(correct, predicted)
    f1 = round(2 * recall * precision / (recall + precision), 4) if recall + precision else 0.0
    return {
        "n_articles": len(lines),
        "keys": keys,
        "core_keys": sum(x["core_keys"] for x in lines),
        "recall": recall,
        "core_recall": _ratio(
            sum(x["core_found"] for x in lines), sum(x["core_keys"] for x in lines)
        ),
        "precision": precision,
        "f1": f1,
        "predicted_events": predicted,
        "per_article": lines,
    }


def _event_record(event: Event) -> dict[str, Any]:
    prov = event.provenance
    return {
        "event_id": event.event_id,
        "code": event.cameo.code,
        "source": event.source.code if event.source else None,
        "source_country": actor_country(event.source),
        "target": event.target.code if event.target else None,
        "target_country": actor_country(event.target),
        "date": event.date.value.isoformat() if event.date.value else None,
        "place": event.place.name if event.place else None,
        "modality": event.modality,
        "confidence": event.confidence,
        "rule": prov.rule,
        "sentence": prov.sentence.text,
        "source_text": prov.source_span.text if prov.source_span else None,
        "verb_text": prov.verb_span.text,
        "target_text": prov.target_span.text if prov.target_span else None,
    }


def _key_record(key: ArticleKey) -> dict[str, Any]:
    return {
        "key": key.key,
        "evidence": key.evidence,
        "code_any": list(key.code_prefixes),
        "source": list(key.sources) if key.sources is not None else None,
        "target": list(key.targets) if key.targets is not None else None,
        "core": key.core,
    }


def error_records(score: ArticleScore) -> Iterator[dict[str, Any]]:
    """Missed keys and unmatched events of one article, for `--errors`."""
    article_id = score.keyed.article.article_id
    for i, key in enumerate(score.keyed.keys):
        if i not in score.recall_pairs:
            yield {"article": article_id, "kind": "missed_key", **_key_record(key)}
    matched = set(score.precision_pairs.values())
    for j, event in enumerate(score.events):
        if j not in matched:
            record = _event_record(event)
            yield {"article": article_id, "kind": "unmatched_event", **record}


def score_articles(
    keyed: Sequence[KeyedArticle], coder: Coder, *, threshold: float
) -> list[ArticleScore]:
    """Code every keyed article and score it against its keys (input order)."""
    coded = coder(k.article for k in keyed)
    return [
        score_article(k, events_shown(c.events, threshold))
        for k, c in zip(keyed, coded, strict=True)
    ]


def as_errors(scores: Sequence[ArticleScore]) -> tuple[ErrorRecord, ...]:
    """Every missed key and unmatched event as error records (for `--errors`)."""
    out: list[ErrorRecord] = []
    for score in scores:
        for record in error_records(score):
            if record["kind"] == "missed_key":
                out.append(
                    ErrorRecord(record["article"], record["evidence"], "missed_key", record, None)
                )
            else:
                out.append(
                    ErrorRecord(
                        record["article"], record["sentence"], "unmatched_event", None, record
                    )
                )
    return tuple(out)


def evaluate_articles(
    keys_path: Path,
    doc_paths: Sequence[Path],
    pipeline: PipelineLike | None = None,
    *,
    threshold: float | None = None,
    batch_size: int = 32,
) -> EvalResult:
    """Run the article task: load keys and texts, code them, match, report."""
    keyed = load_keyed_articles(keys_path, doc_paths)
    if pipeline is None:
        from newsevents.pipeline import Pipeline

        pipeline = Pipeline.load()
    shown = pipeline.show_threshold if threshold is None else threshold
    started = time.perf_counter()
    scores = score_articles(
        keyed, lambda arts: pipeline.code_many(arts, batch_size=batch_size), threshold=shown
    )
    figures = totals(scores)
    figures["threshold"] = shown
    return EvalResult(
        "articles", str(keys_path), figures, as_errors(scores), time.perf_counter() - started
    )


def at_threshold(scores: Sequence[ArticleScore], threshold: float) -> list[ArticleScore]:
    """The same articles scored on only the events at or above `threshold`."""
    return [score_article(s.keyed, events_shown(s.events, threshold)) for s in scores]


def reliability(scores: Sequence[ArticleScore], width: float = 0.1) -> list[dict[str, Any]]:
    """Events per confidence band and the share of them that answer a key.

    A calibrated confidence puts about 0.35 correct in the 0.3-0.4 band; the table is how
    a user checks that the number means what it says.
    """
    bands = round(1 / width)
    counts = [[0, 0] for _ in range(bands)]
    for score in scores:
        matched = set(score.precision_pairs.values())
        for j, event in enumerate(score.events):
            band = min(int(event.confidence / width), bands - 1)
            counts[band][0] += 1
            counts[band][1] += j in matched
    return [
        {
            "band": f"{i * width:.1f}-{(i + 1) * width:.1f}",
            "events": n,
            "correct": ok,
            "share_correct": round(ok / n, 3) if n else None,
        }
        for i, (n, ok) in enumerate(counts)
        if n
    ]
