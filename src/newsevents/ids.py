"""Content-hash identifiers, so that re-running anything is harmless.

An article's id depends only on its normalised text and URL; an event's id on
its article, sentence, evidence spans and code. Ingesting the same input twice
therefore yields the same ids, and the store ignores what it already holds.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC, collapsed white space, stripped: trivial re-formatting keeps the id."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str, url: str | None = None) -> str:
    """A 16-hex-digit id from the article's normalised text and URL."""
    return _digest("article", normalise_text(text), url or "")


def event_id(
    article: str, sentence_index: int, spans: tuple[tuple[int, int] | None, ...], code: str
) -> str:
    """A 16-hex-digit id from the article id, sentence, evidence spans and CAMEO code
    (the caller may add the dyad to `code`, as the event builder does)."""
    rendered = ";".join("-" if s is None else f"{s[0]}:{s[1]}" for s in spans)
    return _digest("event", article, str(sentence_index), rendered, code)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()
