"""The name matcher built from its cached table labels text as a freshly tokenised one does."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from newsevents.model import EntityPattern
from newsevents.nlp import load_language
from newsevents.nlp.ruler_cache import default_cache_dir

pytestmark = pytest.mark.model

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


def test_cached_names_match_like_tokenised_ones(tmp_path: Path) -> None:
    plain = _ents(load_language(PATTERNS))
    first = _ents(load_language(PATTERNS, cache_dir=tmp_path))
    (cache,) = tmp_path.glob("names-*.pickle")
    labels, _ = pickle.loads(cache.read_bytes())
    assert labels[("Moon", "Jae", "-", "in")] == ("PERSON",)
    second = _ents(load_language(PATTERNS, cache_dir=tmp_path))
    assert plain == first == second
    assert ("Moon Jae-in", "PERSON") in plain
    assert ("Kaesong", "GPE") in plain


def test_the_cache_is_read_and_a_broken_one_is_rebuilt(tmp_path: Path) -> None:
    load_language(PATTERNS[:1], cache_dir=tmp_path)
    (cache,) = tmp_path.glob("names-*.pickle")
    # A cache that says "Kaesong" is two tokens is believed: the matcher then misses it.
    cache.write_bytes(pickle.dumps(({("Kae", "song"): ("GPE",)}, {"Kae": 2})))
    assert ("Kaesong", "GPE") not in _ents(load_language(PATTERNS[:1], cache_dir=tmp_path))
    for broken in (b"{torn", pickle.dumps(["not", "a", "table"])):
        cache.write_bytes(broken)
        assert ("Kaesong", "GPE") in _ents(load_language(PATTERNS[:1], cache_dir=tmp_path))
    assert pickle.loads(cache.read_bytes()) == ({("Kaesong",): ("GPE",)}, {"Kaesong": 1})


def test_an_unwritable_cache_folder_is_not_used(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert ("Kaesong", "GPE") in _ents(load_language(PATTERNS, cache_dir=blocker / "cache"))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"NEWSEVENTS_CACHE_DIR": "/c/ne"}, Path("/c/ne")),
        ({"XDG_CACHE_HOME": "/x"}, Path("/x/newsevents")),
    ],
)
def test_cache_dir_from_environment(env: dict[str, str], expected: Path) -> None:
    assert default_cache_dir(env) == expected
