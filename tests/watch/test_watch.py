"""`newsevents watch` against a real HTTP server on 127.0.0.1: good pages, 500s, a
redirect loop, a 50 MB page, conditional GETs and a restart that re-codes nothing."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.batch.coders import shared_pipeline

from newsevents.store import Store
from newsevents.watch.http import FetchError, Limits, fetch
from newsevents.watch.poller import Watcher

ARTICLE = """<html><head><title>Troops clash at the border</title></head><body>
<article><h1>Troops clash at the border</h1>
<p>Government troops clashed with rebel fighters near the northern border on Sunday,
the defence ministry said in a statement released in the capital.</p>
<p>The ministry said the army had arrested twelve fighters and seized a stock of weapons.
Rebel leaders accused the government of attacking villages and vowed to fight on.</p>
<p>Neighbouring countries urged both sides to return to talks brokered last year.</p>
</article></body></html>"""
BIG = 50 * 2**20


def feed(base: str) -> str:
    items = "".join(
        f"<item><title>{p}</title><link>{base}/{p}</link>"
        "<pubDate>Sun, 13 Mar 2022 10:00:00 GMT</pubDate></item>"
        for p in ("good.html", "err500", "loop", "big.html")
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


class Handler(BaseHTTPRequestHandler):
    hits: Counter[str]
    honour_etag: list[bool]

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        if self.path == "/feed.xml":
            if self.honour_etag[0] and self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(
                feed(f"http://127.0.0.1:{self.server.server_address[1]}").encode(), etag=True
            )
        elif self.path == "/good.html":
            self._send(ARTICLE.encode())
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big.html":
            self._send_big()
        else:
            self.send_response(500)
            self.end_headers()

    def _send(self, body: bytes, *, etag: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", '"v1"')
        self.end_headers()
        self.wfile.write(body)

    def _send_big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        chunk = b"<p>" + b"x" * (2**20 - 3)
        try:
            for _ in range(BIG // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size limit, as it should


@pytest.fixture
def server() -> Iterator[tuple[str, Counter[str], list[bool]]]:
    hits: Counter[str] = Counter()
    honour: list[bool] = [True]
    handler = type("H", (Handler,), {"hits": hits, "honour_etag": honour})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits, honour
    httpd.shutdown()
    httpd.server_close()


def _watcher(store: Store, sleeps: list[float]) -> Watcher:
    clock = lambda: dt.datetime(2022, 3, 14, 12, 0)  # noqa: E731
    return Watcher(shared_pipeline(), store, Limits(max_bytes=2**20), clock, sleeps.append)


def test_watch_codes_new_pages_survives_bad_ones_and_restarts(
    server: tuple[str, Counter[str], list[bool]], tmp_path: Path
) -> None:
    base, hits, honour = server
    feeds, db, sleeps = [f"{base}/feed.xml"], tmp_path / "w.duckdb", []
    with Store.open(db) as store:
        first = _watcher(store, sleeps).poll(feeds)
        assert (first.coded, first.rejected, first.failed) == (1, 2, 1)
        assert first.events > 0
        assert hits["/err500"] == 3, "one try and two bounded retries"
        assert sleeps == [1.0, 2.0], "exponential backoff between them"
        reasons = " ".join(store.rejected_frame()["reason"])
        assert "limit" in reasons
        assert "redirect" in reasons
        second = _watcher(store, sleeps).poll(feeds)
        assert second.not_modified == 1
        assert hits["/good.html"] == 1
    honour[0] = False  # the feed changes: every entry is listed again
    with Store.open(db) as store:
        for _ in range(2):
            _watcher(store, sleeps).poll(feeds)
        assert hits["/good.html"] == 1, "a restart does not re-fetch or re-code a coded page"
        assert hits["/big.html"] == 1, "a page over the size limit is not fetched again"
        assert hits["/loop"] == Limits().max_redirects + 1, "a redirect loop: one bounded try"
        assert hits["/err500"] == 9, "a failing page is tried in at most 3 rounds"
        assert store.counts()["articles"] == 1
        assert any("gave up after 3 attempts" in r for r in store.rejected_frame()["reason"])


def test_fetch_says_why_it_failed(server: tuple[str, Counter[str], list[bool]]) -> None:
    base, _, _ = server
    limits = Limits(max_bytes=1000, retries=0)
    with pytest.raises(FetchError, match="HTTP 500") as error:
        fetch(f"{base}/err500", limits=limits, sleep=lambda _: None)
    assert error.value.retryable
    with pytest.raises(FetchError, match="redirect") as loop:
        fetch(f"{base}/loop", limits=limits, sleep=lambda _: None)
    assert not loop.value.retryable
    with pytest.raises(FetchError, match="1,000-byte limit"):
        fetch(f"{base}/big.html", limits=limits, sleep=lambda _: None)
