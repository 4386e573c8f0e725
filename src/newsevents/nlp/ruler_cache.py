"""The name matcher's table, tokenised once and cached on disk.

Why: tokenising our ~41,000 names takes about a second at every start. The
tokens of a name depend only on the name, the spaCy version and the model's
tokenizer, so the finished table (token texts -> labels, plain dicts) is kept
in the cache folder (`newsevents.cache`) under a hash of all three, the code
of `names`, the tokenizer's own rules (`loader` adjusts them) and every
(label, phrase) in order. A missing, unreadable or stale entry is rebuilt; a
cache folder that cannot be written is simply not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.cache import cached, content_key, default_cache_dir, module_sources
from newsevents.nlp import names
from newsevents.nlp.names import NameTable, build_table

__all__ = ["default_cache_dir", "name_table", "table_key"]


def table_key(nlp: Any, entries: Sequence[tuple[str, str]]) -> str:
    """A hash of the spaCy version, the model and every (label, phrase), in order."""
    from importlib.metadata import version

    meta = nlp.meta
    head = ["names", version("spacy"), meta.get("name", ""), meta.get("version", "")]
    code = module_sources(names)
    rules = _tokenizer_rules(nlp)  # `loader` adjusts them ("re-" stays on its word)
    return content_key(
        [*head, *code, rules, *(f"{label}\x1f{phrase}" for label, phrase in entries)]
    )


def _tokenizer_rules(nlp: Any) -> str:
    """The tokenizer's prefix, suffix and infix patterns: a name's tokens depend on them."""
    parts = []
    for attr in ("prefix_search", "suffix_search", "infix_finditer"):
        bound = getattr(nlp.tokenizer, attr, None)
        parts.append(str(getattr(getattr(bound, "__self__", None), "pattern", "")))
    return "\x1e".join(parts)


def name_table(nlp: Any, entries: Sequence[tuple[str, str]], cache_dir: Path | None) -> NameTable:
    """The `NameTable` of (label, phrase) `entries`, from `cache_dir` when it holds it."""

    def build() -> tuple[dict[tuple[str, ...], tuple[str, ...]], dict[str, int]]:
        phrases = [phrase for _, phrase in entries]
        tokens = [[t.text for t in doc] for doc in nlp.tokenizer.pipe(phrases)]
        table = build_table(entries, tokens, nlp.vocab.strings.add)
        return table.labels, table.longest

    labels, longest = cached(cache_dir, "names", table_key(nlp, entries), build, _is_table)
    return NameTable(labels, longest)


def _is_table(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], dict)
        and isinstance(value[1], dict)
    )
