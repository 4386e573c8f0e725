"""Load, validate and compile the event lexicon (`data/verbs/NN_*.yaml`, docs/lexicon.md).

Patterns are compiled once into `Pattern` values and indexed by trigger lemma,
so the coder does one dict lookup per token instead of trying every pattern.
Every file is validated on load: a bad code, item or key raises
`DictionaryError` naming the file, the entry and the pattern, because a typo in
a dictionary must fail loudly rather than silently stop coding an event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newsevents.coding.cameo import CameoTable
from newsevents.coding.schema import SchemaCheck
from newsevents.errors import DictionaryError

PatternKind = Literal["verb", "noun"]
FILE_KEYS = frozenset({"root", "entries"})
ENTRY_KEYS = frozenset({"code", "patterns", "nouns", "note"})
# A lemma: letters or digits, with inner hyphens, apostrophes or dots ("ak-47", "u.n.").
LEMMA = re.compile(r"[a-z0-9][a-z0-9'.\-]*")


@dataclass(frozen=True, slots=True)
class PrepSlot:
    """`prep:$T` (target) or `prep:=lem` (literal object required) of a pattern."""

    preps: frozenset[str]
    literal: frozenset[str] = frozenset()  # empty: the object is the target


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern; `rule` identifies it in every event's provenance."""

    rule: str
    code: str
    kind: PatternKind
    lemmas: frozenset[str]
    particles: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    target_object: bool = False
    target_preps: tuple[PrepSlot, ...] = ()
    target_required: bool = False
    target_person: bool = False  # `$P!`: the required object target is a person
    literal_preps: tuple[PrepSlot, ...] = ()
    xcomp: frozenset[str] = frozenset()
    xcomp_any: bool = False
    negated: bool = False
    subjects: frozenset[str] = frozenset()  # `^lem`: the agent's head lemma or a modifier of it
    subject_target: bool = False  # `^$T`: the subject undergoes the act ("hit a mine")
    size: int = 1
    text: str = ""


@dataclass(frozen=True)
class Lexicon:
    """All patterns, indexed by trigger lemma for verbs and for nouns."""

    version: str
    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    files: tuple[str, ...] = field(default=())
    known_codes: frozenset[str] = field(default=frozenset())

    @classmethod
    def load(cls, cameo: CameoTable, extra_paths: Sequence[Path] = ()) -> Lexicon:
        """Load the packaged lexicon files plus `extra_paths` (user files), validating all."""
        folder = resources.files("newsevents.coding").joinpath("data", "verbs")
        sources = [
            (p.name, p.read_text(encoding="utf-8"))
            for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".yaml")
        ]
        for path in extra_paths:
            try:
                sources.append((str(path), Path(path).read_text(encoding="utf-8")))
            except OSError as exc:
                raise DictionaryError(f"{path}: cannot read lexicon file ({exc})") from exc
        return cls.from_texts(cameo, sources)

    @classmethod
    def from_texts(cls, cameo: CameoTable, sources: Iterable[tuple[str, str]]) -> Lexicon:
        """Compile (name, YAML text) pairs; the version is a hash of their content."""
        digest = hashlib.sha256()
        verbs: dict[str, list[Pattern]] = {}
        nouns: dict[str, list[Pattern]] = {}
        names = []
        for name, text in sources:
            digest.update(name.encode() + b"\0" + text.encode())
            names.append(name)
            for pattern in compile_file(cameo, name, text):
                index = verbs if pattern.kind == "verb" else nouns
                for lemma in pattern.lemmas:
                    index.setdefault(lemma, []).append(pattern)
        return cls(
            version=f"lexicon-{digest.hexdigest()[:12]}",
            verbs={k: tuple(v) for k, v in verbs.items()},
            nouns={k: tuple(v) for k, v in nouns.items()},
            files=tuple(names),
            known_codes=frozenset(cameo.codes()),
        )

    def codes(self) -> set[str]:
        """Every CAMEO code some pattern can produce."""
        return {p.code for group in (self.verbs, self.nouns) for ps in group.values() for p in ps}


def compile_file(cameo: CameoTable, name: str, text: str) -> list[Pattern]:
    """Validate one lexicon file and compile its patterns."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader: 4x faster
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{name}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{name}: expected a mapping with 'root' and 'entries'")
    _check_keys(name, data, FILE_KEYS, "the file")
    root = data.get("root")
    if not isinstance(root, str) or root not in cameo or len(root) != 2:
        raise DictionaryError(f"{name}: 'root' must be a two-digit CAMEO root string, got {root!r}")
    entries = data.get("entries")
    if not isinstance(entries, list) or not entries:
        raise DictionaryError(f"{name}: 'entries' must be a non-empty list")
    SchemaCheck("verbs").check(name, data)  # the contract of data/schema/verbs.json
    patterns: list[Pattern] = []
    for number, entry in enumerate(entries, start=1):
        patterns.extend(_compile_entry(cameo, name, root, number, entry))
    return patterns


def _compile_entry(
    cameo: CameoTable, name: str, root: str, number: int, entry: Any
) -> list[Pattern]:
    where = f"{name}: entry {number}"
    if not isinstance(entry, dict):
        raise DictionaryError(f"{where}: expected a mapping with 'code' and 'patterns'/'nouns'")
    _check_keys(name, entry, ENTRY_KEYS, f"entry {number}")
    code = entry.get("code")
    if not isinstance(code, str) or code not in cameo:
        raise DictionaryError(f"{where}: unknown CAMEO code {code!r} (codes are quoted strings)")
    if not code.startswith(root):
        raise DictionaryError(f"{where}: code {code!r} is not under the file's root {root!r}")
    where = f"{name}: entry {number} (code {code})"
    out: list[Pattern] = []
    for kind, key in (("verb", "patterns"), ("noun", "nouns")):
        items = entry.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise DictionaryError(f"{where}: '{key}' must be a list of strings")
        for k, text in enumerate(items):
            rule = f"{Path(name).stem}:{code}:{key[0]}{k}"
            out.append(parse_pattern(text, code=code, kind=kind, rule=rule, where=where))  # type: ignore[arg-type]
    if not out:
        raise DictionaryError(f"{where}: needs at least one of 'patterns' or 'nouns'")
    return out


def _check_keys(name: str, data: dict[Any, Any], allowed: frozenset[str], what: str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise DictionaryError(
            f"{name}: {what} has unknown key(s) {unknown}; allowed: {sorted(allowed)}"
        )


def _alternatives(text: str, where: str, pattern: str) -> frozenset[str]:
    words = [w.strip() for w in text.split("|")]
    if not words or any(not LEMMA.fullmatch(w.lower()) for w in words):
        raise DictionaryError(f"{where}, pattern {pattern!r}: bad alternatives {text!r}")
    return frozenset(w.lower() for w in words)


def parse_pattern(text: str, *, code: str, kind: PatternKind, rule: str, where: str) -> Pattern:
    """Compile one pattern string (grammar in docs/lexicon.md)."""
    items = text.split()
    if not items:
        raise DictionaryError(f"{where}: empty pattern")
    fields: dict[str, Any] = {
        "particles": set(),
        "objects": set(),
        "xcomp": set(),
        "subjects": set(),
        "target_preps": [],
        "literal_preps": [],
    }
    flags = dict.fromkeys(
        ("target_object", "xcomp_any", "negated", "target_required", "subject_target"), False
    ) | {"target_person": False}
    for item in items[1:]:
        _parse_item(item, fields, flags, where, text)
    return Pattern(
        rule=rule,
        code=code,
        kind=kind,
        lemmas=_alternatives(items[0], where, text),
        particles=frozenset(fields["particles"]),
        objects=frozenset(fields["objects"]),
        target_object=flags["target_object"],
        target_preps=tuple(fields["target_preps"]),
        literal_preps=tuple(fields["literal_preps"]),
        xcomp=frozenset(fields["xcomp"]),
        subjects=frozenset(fields["subjects"]),
        target_required=flags["target_required"],
        target_person=flags["target_person"],
        subject_target=flags["subject_target"],
        xcomp_any=flags["xcomp_any"],
        negated=flags["negated"],
        size=len(items),
        text=text,
    )


def _required(item: str, flags: dict[str, bool]) -> str:
    """`$T!` / `prep:$T!`: the target must be present; `$P!`: the object target must be a
    person ("fired Ana Reyes", never "fired rockets"). Returns the item as a plain slot."""
    if item == "$P!":
        flags["target_person"] = True
        item = "$T!"
    if item.endswith("$T!"):
        flags["target_required"] = True
        item = item[:-1]
    return item


def _parse_item(
    item: str, fields: dict[str, Any], flags: dict[str, bool], where: str, pattern: str
) -> None:
    item = _required(item, flags)
    if item == "$T":
        flags["target_object"] = True
    elif item == "^$T":
        flags["subject_target"] = True
    elif item == "~neg":
        flags["negated"] = True
    elif item == ">*":
        flags["xcomp_any"] = True
    elif item[0] == "+":
        fields["particles"] |= _alternatives(item[1:], where, pattern)
    elif item[0] == "=":
        fields["objects"] |= _alternatives(item[1:], where, pattern)
    elif item[0] == "^":
        fields["subjects"] |= _alternatives(item[1:], where, pattern)
    elif item[0] == ">":
        fields["xcomp"] |= _alternatives(item[1:], where, pattern)
    elif ":" in item:
        preps, _, obj = item.partition(":")
        prep_set = _alternatives(preps, where, pattern)
        if obj == "$T":
            fields["target_preps"].append(PrepSlot(prep_set))
        elif obj.startswith("="):
            literal = _alternatives(obj[1:], where, pattern)
            fields["literal_preps"].append(PrepSlot(prep_set, literal))
        else:
            raise DictionaryError(
                f"{where}, pattern {pattern!r}: bad item {item!r} (after ':' write $T or =lemma)"
            )
    else:
        raise DictionaryError(
            f"{where}, pattern {pattern!r}: unknown item {item!r} "
            "(see docs/lexicon.md for the grammar)"
        )
