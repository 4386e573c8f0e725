"""HTTP GET for the feed watcher: conditional, size-limited, bounded redirects and retries.

Why stdlib `urllib`: one GET at a time needs no client library. Limits make a
bad server cost a bounded amount: at most `max_bytes` read (a 50 MB page is cut
off, not downloaded), at most `max_redirects` hops (a redirect loop fails
fast), and a server error or a dropped connection is retried `retries` times
with exponential backoff through the `sleep` passed in (tests pass a no-op).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from newsevents.errors import NewsEventsError

USER_AGENT = "newsevents-watch/0.1 (+https://pypi.org/project/newsevents/)"


class FetchError(NewsEventsError):
    """A URL could not be fetched; the message names the URL and the reason.

    `retryable` says whether trying again later may help (server errors, network).
    """

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a fetch may cost."""

    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff_s: float = 1.0
    timeout_s: float = 20.0


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body (None when the server said 304 Not Modified); header names lower-case."""

    url: str
    status: int
    body: bytes | None
    headers: Mapping[str, str] = field(default_factory=dict)


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that gives up after `limit` hops (or one URL seen `limit` times)."""
    kind = type(
        "LimitedRedirects",
        (urllib.request.HTTPRedirectHandler,),
        {"max_redirections": limit, "max_repeats": limit},
    )
    handler: urllib.request.HTTPRedirectHandler = kind()
    return handler


def fetch(
    url: str,
    *,
    limits: Limits,
    headers: Mapping[str, str] | None = None,
    sleep: Callable[[float], None],
) -> Response:
    """GET `url`, retrying server errors and network failures with backoff."""
    attempt = 0
    while True:
        try:
            return _fetch_once(url, limits, dict(headers or {}))
        except FetchError as error:
            if not error.retryable or attempt >= limits.retries:
                raise
            sleep(limits.backoff_s * 2**attempt)
            attempt += 1


def _fetch_once(url: str, limits: Limits, headers: dict[str, str]) -> Response:
    opener = urllib.request.build_opener(_redirects(limits.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
    try:
        with opener.open(request, timeout=limits.timeout_s) as reply:
            body = reply.read(limits.max_bytes + 1)
            if len(body) > limits.max_bytes:
                raise FetchError(f"{url}: larger than the {limits.max_bytes:,}-byte limit")
            return Response(reply.geturl(), reply.status, body, _lower(reply.headers.items()))
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Response(url, 304, None, _lower(error.headers.items()))
        retry = error.code >= 500 or error.code == 429
        raise FetchError(f"{url}: HTTP {error.code} {error.reason}", retryable=retry) from error
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(f"{url}: {reason}", retryable=True) from error


def _lower(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name.lower(): value for name, value in items}
