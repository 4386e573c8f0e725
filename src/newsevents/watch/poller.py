"""One round of `newsevents watch`: poll each feed, fetch its new pages, code and store them.

A feed is fetched with its ETag/Last-Modified (a 304 costs nothing more); each
entry link not seen before is fetched, reduced to text by trafilatura, coded
and stored, and its outcome recorded in the store (`store.watch_state`), so a
restarted watcher skips what it has. A page that fails (server error, too big,
redirect loop) is tried again in later rounds, at most `max_attempts` times,
then stored as rejected with its reason. A feed's validators are saved only
after its entries are handled, so a crash mid-feed re-reads the feed next time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsevents.batch.local import Coder, code_batch
from newsevents.errors import RecordError
from newsevents.ingest.checks import decode_bytes
from newsevents.ingest.html import article_from_html
from newsevents.model import Rejected
from newsevents.store import Store
from newsevents.store.watch_state import WatchState
from newsevents.watch.http import FetchError, Limits, fetch


@dataclass(slots=True)
class RoundSummary:
    """What one round did."""

    feeds: int = 0
    not_modified: int = 0
    coded: int = 0
    events: int = 0
    rejected: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)

    def text(self) -> str:
        return (
            f"feeds: {self.feeds} ({self.not_modified} not modified); pages: {self.coded} coded "
            f"({self.events} events), {self.rejected} rejected, {self.failed} to retry"
        )


@dataclass(frozen=True, slots=True)
class Watcher:
    """Everything a round needs, passed in: coder, store, limits, clock and sleep."""

    coder: Coder
    store: Store
    limits: Limits
    clock: Callable[[], dt.datetime]
    sleep: Callable[[float], None]
    max_attempts: int = 3

    def poll(self, feeds: Sequence[str]) -> RoundSummary:
        """Poll every feed once."""
        state = WatchState(self.store)
        summary = RoundSummary()
        for feed in feeds:
            summary.feeds += 1
            try:
                self._poll_feed(feed, state, summary)
            except FetchError as error:
                summary.problems.append(str(error))
        return summary

    def _poll_feed(self, feed: str, state: WatchState, summary: RoundSummary) -> None:
        response = fetch(feed, limits=self.limits, headers=state.validators(feed), sleep=self.sleep)
        if response.status == 304 or response.body is None:
            summary.not_modified += 1
            return
        for link, published in entry_links(response.body):
            seen = state.attempts(link)
            if seen and (seen[0] != "failed" or seen[1] >= self.max_attempts):
                continue
            self._handle_page(link, feed, published, state, summary)
        headers = response.headers
        state.save_validators(feed, headers.get("etag"), headers.get("last-modified"), self.clock())

    def _handle_page(
        self,
        link: str,
        feed: str,
        published: dt.date | None,
        state: WatchState,
        summary: RoundSummary,
    ) -> None:
        now = self.clock()
        try:
            page = fetch(link, limits=self.limits, sleep=self.sleep)
            html = decode_bytes(page.body or b"", link)
            article = article_from_html(html, link, url=link, published=published)
        except FetchError as error:
            if error.retryable:
                self._failed(link, feed, str(error), state, summary)
            else:  # too big, a redirect loop, a 404: trying again will not help
                self._reject(link, feed, str(error), state, summary)
            return
        except RecordError as error:
            self._reject(link, feed, error.reason, state, summary)
            return
        if isinstance(article, Rejected):
            self._reject(link, feed, article.reason, state, summary)
            return
        coded, failed = code_batch(self.coder, [article], 1)
        if failed:
            self._reject(link, feed, failed[0].reason, state, summary)
            return
        self.store.add_coded(coded)
        summary.coded += 1
        summary.events += len(coded[0].events)
        state.record(link, feed, "coded", now=now, article_id=article.article_id)

    def _reject(
        self, link: str, feed: str, reason: str, state: WatchState, summary: RoundSummary
    ) -> None:
        self.store.add_rejected([Rejected(link, reason)])
        state.record(link, feed, "rejected", now=self.clock(), reason=reason)
        summary.rejected += 1

    def _failed(
        self, link: str, feed: str, reason: str, state: WatchState, summary: RoundSummary
    ) -> None:
        state.record(link, feed, "failed", now=self.clock(), reason=reason)
        seen = state.attempts(link)
        if seen and seen[1] >= self.max_attempts:
            self.store.add_rejected([Rejected(link, f"gave up after {seen[1]} attempts: {reason}")])
            summary.rejected += 1
        else:
            summary.failed += 1
        summary.problems.append(reason)


def entry_links(body: bytes) -> list[tuple[str, dt.date | None]]:
    """(link, published date) of each feed entry that has a link, in feed order."""
    import feedparser

    parsed = feedparser.parse(body)
    links: list[tuple[str, dt.date | None]] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        links.append((str(link), date))
    return links
