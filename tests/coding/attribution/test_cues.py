"""Cue lists are data: loaded explicitly, overridable by user files, versioned by content."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.coding.attribution.cues import Cues
from newsevents.config import settings_from
from newsevents.errors import DictionaryError
from newsevents.pipeline import Pipeline


def test_packaged_cues_load_with_a_content_version() -> None:
    first, second = Cues.load(), Cues.load()
    assert first == second
    assert first.version.startswith("cues-")
    assert "say" in first.speech.speech_verbs
    assert "not" in first.modality.negators
    assert "Reuters" in first.speech.media_names  # names keep their case


def test_a_user_file_replaces_only_the_lists_it_names(tmp_path: Path) -> None:
    custom = tmp_path / "mine.yaml"
    custom.write_text("speech_verbs: [Murmur, say]\n", encoding="utf-8")
    packaged, mine = Cues.load(), Cues.load([custom])
    assert mine.speech.speech_verbs == frozenset({"murmur", "say"})
    assert mine.speech.quoting_verbs == packaged.speech.quoting_verbs
    assert mine.modality == packaged.modality
    assert mine.version != packaged.version


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("speech_verb: [say]\n", ["mine.yaml", "speech_verb", "unknown"]),
        ("negators: not-a-list\n", ["mine.yaml", "negators", "list of strings"]),
        ("- say\n", ["mine.yaml", "mapping"]),
        ("negators: [not\n", ["mine.yaml", "YAML"]),
    ],
)
def test_bad_user_file_names_file_and_list(tmp_path: Path, text: str, words: list[str]) -> None:
    custom = tmp_path / "mine.yaml"
    custom.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        Cues.load([custom])
    for word in words:
        assert word in str(info.value)


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read cue file"):
        Cues.load([tmp_path / "absent.yaml"])


def test_cue_paths_come_from_the_environment_and_the_command_line(tmp_path: Path) -> None:
    env = {"NEWSEVENTS_CUE_PATHS": str(tmp_path / "a.yaml")}
    assert settings_from(env=env).cue_paths == (tmp_path / "a.yaml",)
    cli = settings_from(env=env, cue_paths=(tmp_path / "b.yaml",))
    assert cli.cue_paths == (tmp_path / "b.yaml",)


def test_the_cue_version_is_recorded_with_the_dictionaries(pipeline: Pipeline) -> None:
    versions = dict(v.split("=", 1) for v in pipeline.builder.dictionary_version.split(";"))
    assert versions["cues"] == Cues.load().version == pipeline.builder.cues.version
    assert {"actors", "lexicon", "places", "cues"} <= set(versions)
