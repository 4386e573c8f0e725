"""The local ingest run: read → code → store, in batches, with progress and a summary.

Why batches: spaCy parses faster in `nlp.pipe` batches and DuckDB writes faster
in bulk, while a small batch keeps memory flat and makes an interrupted run lose
little (what was stored stays stored; re-running skips it by content id).

Every input record ends as exactly one of: coded with events, coded with no
event, or rejected with a reason; `IngestSummary` counts all three and they add
up to the records read. A record the coder itself fails on is rejected with the
error as its reason (and the rest of its batch is coded one by one), so one odd
article never stops a long run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newsevents.batch.watchdog import ArticleTimeoutError, deadline
from newsevents.config import Settings
from newsevents.dedup.across_articles import DEFAULT_RULE, MergeRule
from newsevents.ingest.clean import replaced_count
from newsevents.model import Article, CodedArticle, Rejected
from newsevents.store import Store

DEFAULTS = Settings()

ProgressCallback = Callable[[int, int], None]
"""Called after each batch with (articles coded so far, records rejected so far)."""


class Coder(Protocol):
    """What the run needs from a pipeline (`newsevents.pipeline.Pipeline` provides it)."""

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int | None = None
    ) -> Iterator[CodedArticle]: ...


@dataclass(slots=True)
class IngestSummary:
    """What a run did. `records == coded + rejected`; `coded == with_events + without_events`."""

    with_events: int = 0
    without_events: int = 0
    rejected: int = 0
    events: int = 0
    new_articles: int = 0
    new_events: int = 0
    seconds: float = 0.0
    rejections: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    replaced_chars: int = 0  # U+FFFD characters (bad bytes replaced) in the coded articles
    repaired_articles: int = 0

    @property
    def coded(self) -> int:
        return self.with_events + self.without_events

    @property
    def records(self) -> int:
        return self.coded + self.rejected

    @property
    def articles_per_second(self) -> float:
        return self.coded / self.seconds if self.seconds > 0 else 0.0

    def exit_status(self) -> int:
        """0 when every record was coded, 1 when some were rejected."""
        return 1 if self.rejected else 0

    def text(self) -> str:
        """A one-paragraph human summary (printed to stderr by the CLI)."""
        return (
            f"records: {self.records} = {self.coded} coded "
            f"({self.with_events} with events, {self.without_events} without) "
            f"+ {self.rejected} rejected\n"
            f"events: {self.events} ({self.new_events} new); articles new: {self.new_articles}\n"
            f"time: {self.seconds:.1f} s ({self.articles_per_second:.1f} articles/s)"
            + (f"\nnotes: {len(self.notes)} (parts not coded, see above)" if self.notes else "")
            + (
                f"\nbad bytes replaced (U+FFFD): {self.replaced_chars} characters in "
                f"{self.repaired_articles} articles"
                if self.replaced_chars
                else ""
            )
        )


def run_ingest(
    records: Iterable[Article | Rejected],
    coder: Coder,
    store: Store,
    *,
    batch_size: int = 32,
    on_rejected: Callable[[Rejected], None] | None = None,
    on_progress: ProgressCallback | None = None,
    replace: bool = False,
    merge: MergeRule | None = DEFAULT_RULE,
    clock: Callable[[], float] = time.perf_counter,
    max_chars: int = DEFAULTS.max_article_chars,
    seconds: float = DEFAULTS.article_seconds,
) -> IngestSummary:
    """Code and store every article of `records`, storing and reporting the rejected ones.

    `replace` re-writes what is stored for each coded article and `merge` is the
    cross-article rule (None: no merging); see `Store.add_coded`. `max_chars` and `seconds`
    are the per-article limits of `code_batch`.
    """
    summary = IngestSummary()
    started = clock()
    for articles, rejected in _batches(records, batch_size):
        coded, failed = code_batch(
            coder, articles, batch_size, max_chars=max_chars, seconds=seconds
        )
        coded, unstored = _store_coded(store, coded, summary, replace=replace, merge=merge)
        _record_rejected(store, [*rejected, *failed, *unstored], summary, on_rejected)
        summary.seconds = clock() - started
        if on_progress is not None:
            on_progress(summary.coded, summary.rejected)
    summary.seconds = clock() - started
    return summary


def code_batch(
    coder: Coder,
    articles: Sequence[Article],
    batch_size: int,
    *,
    max_chars: int = DEFAULTS.max_article_chars,
    seconds: float = DEFAULTS.article_seconds,
) -> tuple[list[CodedArticle], list[Rejected]]:
    """Code a batch; if the coder fails on it, code its articles one by one to find the culprit.

    Articles over `max_chars` are rejected before coding; the batch may take
    `seconds` per article (`watchdog.deadline`), an article alone `seconds`.
    """
    fitting, failed = _within_size(articles, max_chars)
    if not fitting:
        return [], failed
    try:
        with deadline(seconds * len(fitting)):
            return list(coder.code_many(fitting, batch_size=batch_size)), failed
    except Exception as exc:  # not swallowed: isolated below and stored as a rejection
        if len(fitting) == 1:
            return [], [*failed, _coding_failure(fitting[0], exc)]
    coded: list[CodedArticle] = []
    for article in fitting:
        ok, bad = code_batch(coder, [article], batch_size, max_chars=max_chars, seconds=seconds)
        coded += ok
        failed += bad
    return coded, failed


def _within_size(
    articles: Sequence[Article], max_chars: int
) -> tuple[list[Article], list[Rejected]]:
    fitting = [a for a in articles if len(a.text) <= max_chars]
    too_long = [
        Rejected(
            a.origin,
            f"article too long: {len(a.text):,} characters (limit max_article_chars = "
            f"{max_chars:,})",
            a.text[:200],
        )
        for a in articles
        if len(a.text) > max_chars
    ]
    return fitting, too_long


def _coding_failure(article: Article, exc: Exception) -> Rejected:
    if isinstance(exc, ArticleTimeoutError):
        reason = str(exc)
    else:
        reason = f"coding failed: {type(exc).__name__}: {str(exc)[:200]} ({_where(exc)})"
    return Rejected(article.origin, reason, article.text[:200])


def _where(exc: BaseException) -> str:
    """Where the error was raised (file:line of the innermost frame), for the bug report."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "no traceback"
    last = frames[-1]
    return f"at {Path(last.filename).name}:{last.lineno} in {last.name}"


def _batches(
    records: Iterable[Article | Rejected], size: int
) -> Iterator[tuple[list[Article], list[Rejected]]]:
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for record in records:
        if isinstance(record, Rejected):
            rejected.append(record)
        else:
            articles.append(record)
        if len(articles) >= size or len(rejected) >= size:
            yield articles, rejected
            articles, rejected = [], []
    if articles or rejected:
        yield articles, rejected


def _record_rejected(
    store: Store,
    rejected: list[Rejected],
    summary: IngestSummary,
    on_rejected: Callable[[Rejected], None] | None,
) -> None:
    if not rejected:
        return
    store.add_rejected(rejected)
    summary.rejected += len(rejected)
    summary.rejections += rejected
    if on_rejected is not None:
        for record in rejected:
            on_rejected(record)


def _store_coded(
    store: Store,
    coded: list[CodedArticle],
    summary: IngestSummary,
    *,
    replace: bool,
    merge: MergeRule | None,
) -> tuple[list[CodedArticle], list[Rejected]]:
    """Store a batch; if the store refuses it, store article by article and reject the culprit."""
    if not coded:
        return [], []
    try:
        _record_coded(store, coded, summary, replace=replace, merge=merge)
        return coded, []
    except Exception as exc:
        if len(coded) == 1:
            article = coded[0].article
            reason = f"could not be stored: {type(exc).__name__}: {str(exc)[:200]}"
            return [], [Rejected(article.origin, reason, article.text[:200])]
    stored: list[CodedArticle] = []
    failed: list[Rejected] = []
    for item in coded:
        ok, bad = _store_coded(store, [item], summary, replace=replace, merge=merge)
        stored += ok
        failed += bad
    return stored, failed


def _record_coded(
    store: Store,
    coded: list[CodedArticle],
    summary: IngestSummary,
    *,
    replace: bool,
    merge: MergeRule | None,
) -> None:
    if not coded:
        return
    counts = store.add_coded(coded, replace=replace, merge=merge)
    summary.new_articles += counts.articles
    summary.new_events += counts.events
    for item in coded:
        summary.notes += [f"note {item.article.origin}: {note}" for note in item.notes]
        summary.events += len(item.events)
        replaced = replaced_count(item.article.title, item.article.text)
        summary.replaced_chars += replaced
        summary.repaired_articles += replaced > 0
        if item.events:
            summary.with_events += 1
        else:
            summary.without_events += 1
