"""benchmarks/accuracy.py scores real newswire beside the textbook files and reports each
real-news target as met or not (no pipeline needed: the document is built by hand)."""

from __future__ import annotations

from types import ModuleType

from tests.conftest import repo_script


def _accuracy() -> ModuleType:
    return repo_script("benchmarks/accuracy.py")


def test_newswire_files_are_scored_beside_the_textbook_ones() -> None:
    accuracy = _accuracy()
    assert accuracy.gold_files("pentaclass") == [
        ("pentaclass", "pentaclass_cameo_manual.jsonl"),
        ("pentaclass_newswire", "pentaclass_newswire_dev.jsonl"),
    ]
    assert [key for key, _ in accuracy.gold_files("geo")] == ["geo_lgl", "geo_geovirus"]


def test_targets_say_what_is_met_and_what_was_not_run() -> None:
    accuracy = _accuracy()
    doc = {"articles": {"recall": 0.5, "precision": 0.6}, "actors": {"accuracy": 0.9}}
    found = {t["measure"]: (t["value"], t["met"]) for t in accuracy.targets(doc)}
    assert found["dev articles recall"] == (0.5, False)
    assert found["dev articles precision"] == (0.6, True)
    assert found["actors.jsonl accuracy"] == (0.9, True)
    assert found["pentaclass_newswire_dev accuracy"] == (None, False)
