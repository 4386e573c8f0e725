"""Content-hash identifiers, so that re-running anything is harmless.

An article's id depends only on its normalised text (the same text under another
URL, a `?utm_` suffix or another date is the same article; the store records its
URLs and dates in `article_aliases`); an event's id on its article, evidence
spans in *normalised-text* positions and code, so re-wrapping lines or doubling
spaces keeps every id. Ingesting the same input twice therefore yields the same
ids, and the store ignores what it already holds.
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
    """A 16-hex-digit id from the article's normalised text.

    `url` is accepted for callers that have one but does not change the id: one
    text is one article whatever the address it was fetched from.
    """
    del url
    return _digest("article", normalise_text(text))


def normalised_offsets(text: str) -> list[int]:
    """For each raw offset 0..len(text), the matching offset in `normalise_text(text)`.

    Linear in the text. White-space runs count as one character and leading
    white space as none, as `normalise_text` does (NFC changes are ignored:
    they keep offsets within a few characters and are rare in news text).
    """
    out = [0] * (len(text) + 1)
    position = 0
    in_space = True  # leading white space maps to 0
    for index, char in enumerate(text):
        out[index] = position
        if char.isspace():
            if not in_space:
                position += 1
            in_space = True
        else:
            position += 1
            in_space = False
    out[len(text)] = position
    return out


def event_id(
    article: str, sentence_index: int, spans: tuple[tuple[int, int] | None, ...], code: str
) -> str:
    """A 16-hex-digit id from the article id, evidence spans and CAMEO code
    (the caller may add the dyad to `code`, as the event builder does).

    `spans` must be in normalised-text positions (`normalised_offsets`). They
    locate the event in the article on their own, so `sentence_index` (which a
    re-segmented text may shift) is accepted but not hashed.
    """
    del sentence_index
    rendered = ";".join("-" if s is None else f"{s[0]}:{s[1]}" for s in spans)
    return _digest("event", article, rendered, code)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()
