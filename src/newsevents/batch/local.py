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

from newsevents.dedup.across_articles import DEFAULT_RULE, MergeRule
from newsevents.model import Article, CodedArticle, Rejected
from newsevents.store import Store

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
) -> IngestSummary:
    """Code and store every article of `records`, storing and reporting the rejected ones.

    `replace` re-writes what is stored for each coded article and `merge` is the
    cross-article rule (None: no merging); see `Store.add_coded`.
    """
    summary = IngestSummary()
    started = clock()
    for articles, rejected in _batches(records, batch_size):
        coded, failed = code_batch(coder, articles, batch_size)
        _record_rejected(store, [*rejected, *failed], summary, on_rejected)
        _record_coded(store, coded, summary, replace=replace, merge=merge)
        summary.seconds = clock() - started
        if on_progress is not None:
            on_progress(summary.coded, summary.rejected)
    summary.seconds = clock() - started
    return summary


def code_batch(
    coder: Coder, articles: Sequence[Article], batch_size: int
) -> tuple[list[CodedArticle], list[Rejected]]:
    """Code a batch; if the coder fails on it, code its articles one by one to find the culprit."""
    if not articles:
        return [], []
    try:
        return list(coder.code_many(articles, batch_size=batch_size)), []
    except Exception as exc:  # not swallowed: isolated below and stored as a rejection
        if len(articles) == 1:
            reason = f"coding failed: {type(exc).__name__}: {exc} ({_where(exc)})"
            return [], [Rejected(articles[0].origin, reason, articles[0].text[:200])]
    coded: list[CodedArticle] = []
    failed: list[Rejected] = []
    for article in articles:
        ok, bad = code_batch(coder, [article], batch_size)
        coded += ok
        failed += bad
    return coded, failed


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
        summary.events += len(item.events)
        if item.events:
            summary.with_events += 1
        else:
            summary.without_events += 1
