"""The cache folder: gazetteer, actor tables and names are read back as built, rebuilt when
torn, re-keyed when a source changes, and skipped when the folder cannot be written."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from newsevents.cache import cached, content_key
from newsevents.coding.actors.cache import load_actors
from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.place.gazetteer import Gazetteer


def _entry(tmp_path: Path, name: str) -> Path:
    (path,) = tmp_path.glob(f"{name}-*.pickle")
    return path


def test_cached_returns_what_was_built_and_rebuilds_a_torn_entry(tmp_path: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"built": len(calls)}

    def valid(value: object) -> bool:
        return isinstance(value, dict)

    key = content_key(["x", b"bytes"])
    assert cached(tmp_path, "t", key, build, valid) == {"built": 1}
    assert cached(tmp_path, "t", key, build, valid) == {"built": 1}  # read, not built
    _entry(tmp_path, "t").write_bytes(b"\x80\x05torn")
    assert cached(tmp_path, "t", key, build, valid) == {"built": 2}
    _entry(tmp_path, "t").write_bytes(pickle.dumps(["a list"]))  # readable but not valid
    assert cached(tmp_path, "t", key, build, valid) == {"built": 3}
    assert content_key(["x", b"bytes"]) == key
    assert content_key(["x", b"other"]) != key
    assert content_key(["xb", b"ytes"]) != key  # parts are length-prefixed


def test_only_the_newest_entries_of_a_name_are_kept(tmp_path: Path) -> None:
    for age, key in enumerate(["k5", "k4", "k3", "k2", "k1"]):
        old = tmp_path / f"t-{key}.pickle"
        old.write_bytes(pickle.dumps(key))
        os.utime(old, (1_000_000 - age, 1_000_000 - age))  # k1 oldest
    (tmp_path / "other-k0.pickle").write_bytes(pickle.dumps("another name"))
    assert cached(tmp_path, "t", "new", lambda: "new", lambda v: isinstance(v, str)) == "new"
    kept = sorted(p.name for p in tmp_path.glob("t-*.pickle"))
    assert kept == ["t-k3.pickle", "t-k4.pickle", "t-k5.pickle", "t-new.pickle"]
    assert (tmp_path / "other-k0.pickle").exists()


def test_an_unwritable_folder_is_not_used(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert cached(blocker / "cache", "t", "k", lambda: 7, lambda v: isinstance(v, int)) == 7
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_cached_gazetteer_answers_as_the_packaged_one(tmp_path: Path) -> None:
    fresh = Gazetteer.load()
    first = Gazetteer.load(tmp_path)
    second = Gazetteer.load(tmp_path)  # from the cache
    for gazetteer in (first, second):
        assert gazetteer.version == fresh.version
        assert len(gazetteer) == len(fresh)
        assert gazetteer.candidates("Kaesong") == fresh.candidates("Kaesong")
        assert gazetteer.candidates("Springfield") == fresh.candidates("Springfield")
        assert gazetteer.admin1("US.LA") == fresh.admin1("US.LA")
        assert gazetteer.demonym_place("Israelis") == fresh.demonym_place("Israelis")
        assert gazetteer.entity_patterns() == fresh.entity_patterns()
    kaesong = fresh.candidates("Kaesong")[0]
    assert second.get(kaesong.geonameid) == kaesong
    assert len(fresh.candidates("Springfield")) > 1


def test_a_gazetteer_entry_is_believed_until_torn(tmp_path: Path) -> None:
    Gazetteer.load(tmp_path)
    path = _entry(tmp_path, "gazetteer")
    fields = list(pickle.loads(path.read_bytes()))
    fields[0] = "geonames-from-the-cache"
    path.write_bytes(pickle.dumps(tuple(fields)))
    assert Gazetteer.load(tmp_path).version == "geonames-from-the-cache"
    path.write_bytes(path.read_bytes()[:1000])
    assert Gazetteer.load(tmp_path).version == Gazetteer.load().version


def test_cached_actors_code_as_freshly_loaded_ones(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "- {id: my.agency, kind: organisation, code: NORSPY, names: [Northern Listening Post]}\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    fresh = ActorCoder(ActorDictionary.load([user]))
    first = load_actors([user], cache)
    second = load_actors([user], cache)  # from the cache
    phrases = ["the Northern Listening Post", "South Korea's defence ministry", "President Moon"]
    for coder in (first, second):
        assert coder.dictionary.version == fresh.dictionary.version
        assert coder.dictionary.entries == fresh.dictionary.entries
        assert [coder.code_phrase(p) for p in phrases] == [fresh.code_phrase(p) for p in phrases]
    assert second.code_phrase(phrases[0]) is not None


def test_an_edited_user_file_gets_a_new_actor_entry(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("- {id: a, kind: organisation, code: NORSPY, names: [Zorvan Post]}\n")
    cache = tmp_path / "cache"
    assert load_actors([user], cache).code_phrase("the Zorvan Post") is not None
    user.write_text("- {id: a, kind: organisation, code: NORSPY, names: [Quilt Post]}\n")
    coder = load_actors([user], cache)
    assert coder.code_phrase("the Zorvan Post") is None
    assert coder.code_phrase("the Quilt Post") is not None
    assert len(list(cache.glob("actors-*.pickle"))) == 2
