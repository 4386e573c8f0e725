"""Load the cue word lists that attribution and modality read.

The words live in YAML files (`data/cues/speech.yaml`, `data/cues/modality.yaml`)
rather than in code so a user can change them for their own news wording
without touching the rules. Cues are data like the lexicon: `Pipeline.load`
reads them once (`Cues.load`, packaged files then the user's `cue_paths`) and
passes them down; the bundle's `version` joins the dictionary versions recorded
with every event. Nothing is cached at module level.

A user cue file is a YAML mapping whose keys are any of the list names below; a
list given there replaces the packaged list of that name (later files win).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.coding.schema import SchemaCheck
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
    "permission_governors",
    "plan_modifiers",
    "hypothetical_modifiers",
    "future_time_words",
    "background_preps",
    "allegation_governors",
    "repeat_marks",
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
    permission_governors: frozenset[str]
    plan_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    future_time_words: frozenset[str]
    background_preps: frozenset[str]
    allegation_governors: frozenset[str]
    repeat_marks: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cues:
    """Both cue kinds and a content hash of every file they were read from."""

    speech: SpeechCues
    modality: ModalityCues
    version: str

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> Cues:
        """The packaged cue files, then `extra_paths` (user files) overriding whole lists."""
        sources = [(name, _packaged_text(name)) for name in ("speech.yaml", "modality.yaml")]
        for path in extra_paths:
            try:
                sources.append((str(path), Path(path).read_text(encoding="utf-8")))
            except OSError as exc:
                raise DictionaryError(f"{path}: cannot read cue file ({exc})") from exc
        return cls.from_texts(sources)

    @classmethod
    def from_texts(cls, sources: Sequence[tuple[str, str]]) -> Cues:
        """Merge (name, YAML text) pairs in order; the first two are the packaged files."""
        digest = hashlib.sha256()
        lists: dict[str, tuple[str, Any]] = {}
        schema = SchemaCheck("cues")
        for index, (name, text) in enumerate(sources):
            digest.update(name.encode() + b"\0" + text.encode())
            data = _mapping(name, text)
            schema.check(name, data)
            if index < 2:
                keys = SPEECH_KEYS if index == 0 else MODALITY_KEYS
                _require(name, data, keys)
            unknown = sorted(set(data) - set(SPEECH_KEYS) - set(MODALITY_KEYS))
            if unknown:
                known = ", ".join((*SPEECH_KEYS, *MODALITY_KEYS))
                raise DictionaryError(f"{name}: unknown cue list(s) {unknown}; known: {known}")
            lists.update({key: (name, value) for key, value in data.items()})
        speech = {k: _words(k, *lists[k], lower=k != "media_names") for k in SPEECH_KEYS}
        modality = {k: _words(k, *lists[k], lower=True) for k in MODALITY_KEYS}
        return cls(
            speech=SpeechCues(**speech),
            modality=ModalityCues(**modality),
            version=f"cues-{digest.hexdigest()[:12]}",
        )


def _packaged_text(name: str) -> str:
    return resources.files("newsevents.coding").joinpath("data", "cues", name).read_text("utf-8")


def _mapping(name: str, text: str) -> Mapping[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{name}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{name}: expected a mapping of word lists at the top level")
    return data


def _require(name: str, data: Mapping[str, Any], keys: tuple[str, ...]) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise DictionaryError(f"{name}: missing word lists {missing}; every list must be present")


def _words(key: str, where: str, values: Any, *, lower: bool) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DictionaryError(f"{where}: '{key}' must be a list of strings")
    return frozenset(v.strip().lower() if lower else v.strip() for v in values if v.strip())
