"""Settings precedence: defaults < TOML file < environment (NEWSEVENTS_*) < command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.config import Settings, settings_from
from newsevents.errors import ConfigError


@pytest.fixture
def toml(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[newsevents]\nbatch_size = 8\nn_process = 2\nmodel = "from_file"\n'
        'lexicon_paths = ["file.yaml"]\n',
        encoding="utf-8",
    )
    return path


def test_defaults_when_nothing_is_given() -> None:
    assert settings_from(env={}) == Settings()


def test_file_beats_defaults(toml: Path) -> None:
    got = settings_from(toml, env={})
    assert (got.batch_size, got.n_process, got.model) == (8, 2, "from_file")
    assert got.lexicon_paths == (Path("file.yaml"),)
    assert got.actor_paths == ()  # untouched settings keep their defaults


def test_environment_beats_file(toml: Path) -> None:
    env = {"NEWSEVENTS_BATCH_SIZE": "16", "NEWSEVENTS_MODEL": "from_env", "OTHER": "x"}
    got = settings_from(toml, env=env)
    assert (got.batch_size, got.n_process, got.model) == (16, 2, "from_env")


def test_command_line_beats_environment_and_file(toml: Path) -> None:
    env = {"NEWSEVENTS_BATCH_SIZE": "16", "NEWSEVENTS_LEXICON_PATHS": "env.yaml"}
    got = settings_from(toml, env=env, batch_size=64, lexicon_paths=(Path("cli.yaml"),))
    assert got.batch_size == 64
    assert got.lexicon_paths == (Path("cli.yaml"),)
    assert got.n_process == 2  # from the file: nothing above it set it


def test_command_line_none_means_not_given(toml: Path) -> None:
    got = settings_from(toml, env={"NEWSEVENTS_BATCH_SIZE": "16"}, batch_size=None)
    assert got.batch_size == 16


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"NEWSEVENTS_BATCH_SIZE": "0"}, ["batch_size", "at least 1"]),
        ({"NEWSEVENTS_N_PROCESS": "two"}, ["n_process", "two"]),
    ],
)
def test_bad_values_name_the_setting(env: dict[str, str], words: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        settings_from(env=env)
    for word in words:
        assert word in str(info.value)


def test_unknown_setting_in_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[newsevents]\nbatchsize = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        settings_from(path, env={})
