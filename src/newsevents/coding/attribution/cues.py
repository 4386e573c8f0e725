"""Load the cue word lists that attribution and modality read.

The words live in YAML files (`data/cues/speech.yaml`, `data/cues/modality.yaml`)
rather than in code so a user can extend them for their own news wording
without touching the rules. They are loaded into frozen sets once per process
(`default_cues` caches an immutable value) or from explicit paths, which tests
and users pass in.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.errors import DictionaryError

SPEECH_KEYS = (
    "speech_verbs",
    "quoting_verbs",
    "hearer_verbs",
    "interview_nouns",
    "media_words",
    "media_names",
    "pronouns",
)
MODALITY_KEYS = (
    "negators",
    "negating_governors",
    "threat_governors",
    "condition_marks",
    "condition_phrases",
    "plan_governors",
    "future_aux",
    "hypothetical_modals",
    "request_governors",
    "plan_modifiers",
    "hypothetical_modifiers",
    "future_time_words",
    "background_preps",
)


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """Words that mark reported speech and news media (see speech.yaml)."""

    speech_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    hearer_verbs: frozenset[str]
    interview_nouns: frozenset[str]
    media_words: frozenset[str]
    media_names: frozenset[str]
    pronouns: frozenset[str]


@dataclass(frozen=True, slots=True)
class ModalityCues:
    """Words that mark negation, condition, plans and possibility (see modality.yaml)."""

    negators: frozenset[str]
    negating_governors: frozenset[str]
    threat_governors: frozenset[str]
    condition_marks: frozenset[str]
    condition_phrases: frozenset[str]
    plan_governors: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_modals: frozenset[str]
    request_governors: frozenset[str]
    plan_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    future_time_words: frozenset[str]
    background_preps: frozenset[str]


def load_speech_cues(path: Path | None = None) -> SpeechCues:
    """Read speech.yaml (the packaged one when `path` is None)."""
    data = _read(path, "speech.yaml", SPEECH_KEYS)
    return SpeechCues(**{k: _words(data, k, path, lower=k != "media_names") for k in SPEECH_KEYS})


def load_modality_cues(path: Path | None = None) -> ModalityCues:
    """Read modality.yaml (the packaged one when `path` is None)."""
    data = _read(path, "modality.yaml", MODALITY_KEYS)
    return ModalityCues(**{k: _words(data, k, path, lower=True) for k in MODALITY_KEYS})


@functools.cache
def default_speech_cues() -> SpeechCues:
    """The packaged speech cues, read once: the value is immutable, so sharing it is safe."""
    return load_speech_cues()


@functools.cache
def default_modality_cues() -> ModalityCues:
    """The packaged modality cues, read once (immutable)."""
    return load_modality_cues()


def _read(path: Path | None, name: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
    import yaml

    if path is None:
        packaged = resources.files("newsevents.coding").joinpath("data", "cues", name)
        text = packaged.read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    where = str(path or name)
    if not isinstance(data, dict):
        raise DictionaryError(f"{where}: expected a mapping of word lists at the top level")
    missing = [k for k in keys if k not in data]
    if missing:
        raise DictionaryError(f"{where}: missing word lists {missing}; every list must be present")
    return data


def _words(data: Mapping[str, Any], key: str, path: Path | None, *, lower: bool) -> frozenset[str]:
    values = data[key]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DictionaryError(f"{path or key}: '{key}' must be a list of strings")
    return frozenset(v.strip().lower() if lower else v.strip() for v in values if v.strip())
