"""Check dictionary data against its JSON Schema (`data/schema/<kind>.json`).

The schemas are the written contract of each file kind (actors, verbs, cues):
what a newcomer reads before editing, and what an editor can check against.
The loaders run them on every entry, and turn the first violation into a
`DictionaryError` that names the file, the entry and the field, as their own
checks do; what a schema cannot say (a country code that must be in
countries.yaml, a real calendar date) the loaders still check themselves.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from newsevents.errors import DictionaryError

KINDS = ("actors", "verbs", "cues")


class SchemaCheck:
    """A compiled schema of one file kind; build one per load, call `check` per entry."""

    def __init__(self, kind: str) -> None:
        import jsonschema

        if kind not in KINDS:
            raise ValueError(f"unknown schema {kind!r}; known: {', '.join(KINDS)}")
        text = resources.files("newsevents.coding").joinpath("data", "schema", f"{kind}.json")
        self.schema: dict[str, Any] = json.loads(text.read_text("utf-8"))
        self._validator = jsonschema.Draft202012Validator(self.schema)

    def check(self, where: str, instance: object, *, entry: str | None = None) -> None:
        """Raise a DictionaryError for the first violation: "FILE: entry 'ID': field 'F': ..."."""
        error = next(iter(self._validator.iter_errors(instance)), None)
        if error is None:
            return
        path = list(error.absolute_path)
        field = _field(path, error)
        label = entry
        if label is None and len(path) >= 2 and path[0] == "entries" and isinstance(path[1], int):
            label, field = f"entry {path[1] + 1}", _field(path[2:], error)
        prefix = f"{where}: {label}" if label else where
        raise DictionaryError(f"{prefix}: field {field!r}: {_reason(error)}")


def _field(path: list[Any], error: Any) -> str:
    """The dotted field ("roles[0].from"); for a missing or unknown key, that key."""
    parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in path]
    extra = _named_key(error)
    if extra is not None:
        parts.append(f".{extra}")
    return "".join(parts).lstrip(".") or "(the whole entry)"


def _named_key(error: Any) -> str | None:
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return str(missing[0]) if missing else None
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        unknown = sorted(str(k) for k in error.instance if k not in allowed)
        return unknown[0] if unknown else None
    return None


def _reason(error: Any) -> str:
    if error.validator == "required":
        return "missing"
    if error.validator == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"unknown key (allowed: {allowed})"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    hint = error.schema.get("description") if isinstance(error.schema, dict) else None
    return f"{error.message} ({hint})" if hint else str(error.message)
