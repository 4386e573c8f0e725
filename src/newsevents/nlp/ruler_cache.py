"""The entity ruler's phrase patterns, tokenised once and cached on disk.

Why: the ruler holds ~41,000 names; `EntityRuler.add_patterns` runs the
tokenizer over every one of them at each start, about a second of the load.
The tokens of a name depend only on the name, the spaCy version and the
model's tokenizer, so they are cached in a user cache folder under a hash of
all three and the names; a start with the cache builds the pattern docs from
the cached words (`Doc(vocab, words, spaces)`), which gives the very same
token texts the PhraseMatcher matches on (ORTH). Patterns are added to the
ruler in the same order, one by one, as `add_patterns` does. A missing,
unreadable or stale cache is rebuilt; a cache folder that cannot be written is
simply not used.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CACHE_FORMAT = "2"  # 2: the tokenizer keeps "re-" on its word
Tokens = list[tuple[str, bool]]


def default_cache_dir(env: dict[str, str] | None = None) -> Path:
    """``$NEWSEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsevents``, else ~/.cache/newsevents."""
    values = dict(os.environ) if env is None else env
    if values.get("NEWSEVENTS_CACHE_DIR"):
        return Path(values["NEWSEVENTS_CACHE_DIR"])
    base = values.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def cache_key(nlp: Any, entries: Sequence[tuple[str, str]]) -> str:
    """A hash of the spaCy version, the model and every (label, phrase), in order."""
    from importlib.metadata import version

    meta = nlp.meta
    digest = hashlib.blake2b(digest_size=16)
    head = [CACHE_FORMAT, version("spacy"), meta.get("name", ""), meta.get("version", "")]
    digest.update("\x1f".join(head).encode("utf-8"))
    for label, phrase in entries:
        digest.update(f"\x1e{label}\x1f{phrase}".encode())
    return digest.hexdigest()


def add_phrase_patterns(
    nlp: Any, ruler: Any, entries: Sequence[tuple[str, str]], cache_dir: Path | None
) -> None:
    """Add (label, phrase) patterns to `ruler` as `add_patterns` would, tokenising via the cache."""
    from spacy.tokens import Doc

    path = cache_dir / f"ruler-{cache_key(nlp, entries)}.json" if cache_dir else None
    tokens = _read(path, len(entries)) if path else None
    if tokens is None:
        tokens = _tokenize(nlp, [phrase for _, phrase in entries])
        if path is not None:
            _write(path, tokens)
    for (label, _), words in zip(entries, tokens, strict=True):
        doc = Doc(nlp.vocab, words=[w for w, _ in words], spaces=[s for _, s in words])
        ruler.phrase_patterns[label].append(doc)
        ruler.phrase_matcher.add(label, [doc])


def _tokenize(nlp: Any, phrases: list[str]) -> list[Tokens]:
    return [[(t.text, bool(t.whitespace_)) for t in doc] for doc in nlp.tokenizer.pipe(phrases)]


def _read(path: Path, expected: int) -> list[Tokens] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or len(data) != expected:
        return None
    return [[(str(w), bool(s)) for w, s in words] for words in data]


def _write(path: Path, tokens: list[Tokens]) -> None:
    """Write atomically (temp file, then rename); an unwritable cache folder is not an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(tokens, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return
