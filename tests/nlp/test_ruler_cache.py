"""The entity ruler built from cached pattern tokens labels text as the tokenised one does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.model import EntityPattern
from newsevents.nlp import load_language
from newsevents.nlp.ruler_cache import default_cache_dir

PATTERNS = [
    EntityPattern("GPE", "Kaesong"),
    EntityPattern("PERSON", "Moon Jae-in"),
    EntityPattern("ORG", "Korean People's Army"),
    EntityPattern("GPE", "Port-au-Prince"),
]
TEXT = (
    "The Korean People's Army moved troops to Kaesong, Moon Jae-in said on a visit "
    "to Port-au-Prince."
)


def _ents(nlp: Any) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(TEXT).ents]


def test_cached_ruler_matches_like_a_tokenised_one(tmp_path: Path) -> None:
    plain = _ents(load_language(PATTERNS))
    first = _ents(load_language(PATTERNS, cache_dir=tmp_path))
    (cache,) = tmp_path.glob("ruler-*.json")
    assert [["Kaesong", False]] in json.loads(cache.read_text("utf-8"))
    second = _ents(load_language(PATTERNS, cache_dir=tmp_path))
    assert plain == first == second
    assert ("Moon Jae-in", "PERSON") in plain
    assert ("Kaesong", "GPE") in plain


def test_the_cache_is_read_and_a_broken_one_is_rebuilt(tmp_path: Path) -> None:
    load_language(PATTERNS[:1], cache_dir=tmp_path)
    (cache,) = tmp_path.glob("ruler-*.json")
    # A cache that says "Kaesong" is two tokens is believed: the ruler then misses it.
    cache.write_text(json.dumps([[["Kae", False], ["song", False]]]), encoding="utf-8")
    assert ("Kaesong", "GPE") not in _ents(load_language(PATTERNS[:1], cache_dir=tmp_path))
    cache.write_text("{torn", encoding="utf-8")
    assert ("Kaesong", "GPE") in _ents(load_language(PATTERNS[:1], cache_dir=tmp_path))
    assert json.loads(cache.read_text("utf-8")) == [[["Kaesong", False]]]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"NEWSEVENTS_CACHE_DIR": "/c/ne"}, Path("/c/ne")),
        ({"XDG_CACHE_HOME": "/x"}, Path("/x/newsevents")),
    ],
)
def test_cache_dir_from_environment(env: dict[str, str], expected: Path) -> None:
    assert default_cache_dir(env) == expected
