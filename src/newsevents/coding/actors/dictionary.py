"""Load and validate the actor dictionaries (who is who) from YAML.

The dictionaries are data, not code, so a user can add a file of their own
(`extra_paths`) that extends or overrides the packaged ones without touching
the coder. Every entry is checked when it is loaded: an event coded from a
silently broken entry would be wrong in a way no one could trace, so a bad
file fails loudly with its path, the entry id and the field at fault.
The schema is documented in docs/actors.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.coding.schema import SchemaCheck
from newsevents.errors import DictionaryError
from newsevents.model import EntityPattern

KINDS = frozenset(
    {
        "country",
        "region",
        "capital",
        "demonym",
        "role",
        "title",
        "organisation",
        "media",
        "agency",
        "person",
        "group",
        "city",
        "weapon",
    }
)
ENTRY_KEYS = frozenset(
    {"id", "names", "code", "country", "sector", "kind", "from", "until", "roles", "surname"}
)
ROLE_KEYS = frozenset({"code", "country", "sector", "from", "until"})
# PLOVER's international "country" codes and CAMEO's international generic types:
# valid in the `country` field although they are not states.
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "ISM"})
COUNTRY_FILE = "countries.yaml"
_CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
_SECTOR_RE = re.compile(r"^[A-Z]{3}$")
_ENTITY_LABELS = {
    "country": "GPE",
    "region": "GPE",
    "capital": "GPE",
    "city": "GPE",
    "demonym": "NORP",
    "organisation": "ORG",
    "media": "ORG",
    "agency": "ORG",
    "group": "ORG",
    "person": "PERSON",
}


@dataclass(frozen=True, slots=True)
class Role:
    """One office a person (or group) held between two dates (inclusive)."""

    code: str
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One validated dictionary entry; `source` is the file it came from."""

    id: str
    kind: str
    names: tuple[str, ...]
    code: str
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    roles: tuple[Role, ...] = ()
    surname: str | None = None
    source: str = ""

    def valid_on(self, when: dt.date | None) -> bool:
        """Whether the entry itself exists on `when` (unknown dates always match)."""
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


class ActorDictionary:
    """The merged actor entries of the packaged files and any user files.

    Entries keep file order; a later entry with the same id replaces the
    earlier one, and the coder lets later entries win name clashes, so a
    user file overrides the packaged data.
    """

    def __init__(self, entries: Sequence[ActorEntry], version: str) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.version = version

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> ActorDictionary:
        """Load the packaged YAML files (countries first), then `extra_paths` in order."""
        sources = _packaged_sources() + [(str(p), Path(p).read_bytes()) for p in extra_paths]
        digest = hashlib.sha256()
        by_id: dict[str, ActorEntry] = {}
        countries: set[str] = set()
        schema = SchemaCheck("actors")
        for name, raw in sources[len(sources) - len(extra_paths) :]:
            _schema_check_first(name, raw, schema)  # a user's typo fails before 4,000 entries load
        for name, raw in sources:
            digest.update(name.rsplit("/", 1)[-1].encode() + b"\0" + raw)
            parsed = list(_parse_file(name, raw, countries, schema))
            if not countries:  # the country table itself: it defines the valid codes
                table = (e.code for e in parsed if e.kind in ("country", "region"))
                countries.update(INTERNATIONAL, table)
                for entry in parsed:
                    _check_entry_country(entry, countries)
            for entry in parsed:
                by_id.pop(entry.id, None)  # re-insert so an override moves to the end
                by_id[entry.id] = entry
        return cls(list(by_id.values()), digest.hexdigest()[:12])

    def entity_patterns(self) -> list[EntityPattern]:
        """Names for the name matcher (`nlp.names`), labelled by entry kind (roles excluded)."""
        seen: set[tuple[str, str]] = set()
        patterns: list[EntityPattern] = []
        for entry in self.entries:
            label = _ENTITY_LABELS.get(entry.kind, "")
            for name in entry.names if label else ():
                if (label, name) not in seen and name[:1].isupper():
                    seen.add((label, name))
                    patterns.append(EntityPattern(label, name))
        return patterns


def _packaged_sources() -> list[tuple[str, bytes]]:
    """Read the packaged YAML files, the country table first (others validate against it)."""
    folder = resources.files("newsevents.coding").joinpath("data", "actors")
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".yaml")),
        key=lambda f: (f.name != COUNTRY_FILE, f.name),
    )
    if not files or files[0].name != COUNTRY_FILE:
        raise DictionaryError(
            f"{folder}: the packaged {COUNTRY_FILE} is missing; reinstall newsevents"
        )
    return [(f"newsevents/coding/data/actors/{f.name}", f.read_bytes()) for f in files]


def _parse_file(
    name: str, raw: bytes, countries: set[str], schema: SchemaCheck
) -> Iterator[ActorEntry]:
    """Parse one YAML file into entries; `countries` is empty while the table itself loads."""
    import yaml

    try:
        data = yaml.load(raw, Loader=_loader())
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{name}: not valid YAML: {exc}") from exc
    if data is None:
        return
    if not isinstance(data, list):
        raise DictionaryError(f"{name}: expected a YAML list of entries, got {type(data).__name__}")
    seen: set[str] = set()
    for index, item in enumerate(data):
        if isinstance(item, Mapping):
            schema.check(name, item, entry=f"entry {str(item.get('id') or f'#{index + 1}')!r}")
        entry = _parse_entry(name, index, item, countries)
        if entry.id in seen:
            raise DictionaryError(
                f"{name}: entry {entry.id!r}: field 'id': duplicate id in this file"
            )
        seen.add(entry.id)
        yield entry


def _schema_check_first(name: str, raw: bytes, schema: SchemaCheck) -> None:
    """Check a user file's entries against the schema alone (YAML errors are reported later)."""
    import yaml

    try:
        data = yaml.load(raw, Loader=_loader())
    except yaml.YAMLError:
        return
    for index, item in enumerate(data if isinstance(data, list) else []):
        if isinstance(item, Mapping):
            schema.check(name, item, entry=f"entry {str(item.get('id') or f'#{index + 1}')!r}")


def _loader() -> Any:
    """A safe YAML loader that leaves dates as text, so a bad date is reported with
    its entry and field (PyYAML would fail on it before the entry is known)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regex) for tag, regex in rules if tag != "tag:yaml.org,2002:timestamp"]
        for first, rules in base.yaml_implicit_resolvers.items()
    }
    return type("ActorYamlLoader", (base,), {"yaml_implicit_resolvers": resolvers})


def _parse_entry(name: str, index: int, item: object, countries: set[str]) -> ActorEntry:
    if not isinstance(item, Mapping):
        raise DictionaryError(f"{name}: entry #{index + 1}: expected a mapping, got {item!r}")
    entry_id = str(item.get("id") or f"#{index + 1}")

    def fail(field: str, problem: str) -> DictionaryError:
        return DictionaryError(f"{name}: entry {entry_id!r}: field {field!r}: {problem}")

    unknown = sorted(set(map(str, item)) - ENTRY_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (allowed: {', '.join(sorted(ENTRY_KEYS))})")
    if "id" not in item:
        raise fail("id", "missing")
    kind = item.get("kind")
    if kind not in KINDS:
        raise fail("kind", f"{kind!r} is not one of {', '.join(sorted(KINDS))}")
    names = item.get("names")
    if not isinstance(names, list) or not names or not all(_text(n) for n in names):
        raise fail("names", "must be a non-empty list of non-empty strings")
    code = _code(item, "code", fail)
    country, sector = _country_sector(item, code, countries, fail)
    start, end = _dates(item, fail, "from", "until")
    roles = tuple(_parse_role(r, i, countries, fail) for i, r in enumerate(item.get("roles") or []))
    surname = item.get("surname")
    if surname is not None and not isinstance(surname, str):
        raise fail("surname", "must be a string")
    return ActorEntry(
        entry_id,
        str(kind),
        tuple(n.strip() for n in names),
        code,
        country,
        sector,
        start,
        end,
        roles,
        surname,
        name,
    )


def _parse_role(item: object, index: int, countries: set[str], fail: Any) -> Role:
    if not isinstance(item, Mapping):
        raise fail(f"roles[{index}]", "expected a mapping with code/from/until")
    unknown = sorted(set(map(str, item)) - ROLE_KEYS)
    if unknown:
        raise fail(f"roles[{index}].{unknown[0]}", "unknown key")

    def role_fail(field: str, problem: str) -> DictionaryError:
        return fail(f"roles[{index}].{field}", problem)  # type: ignore[no-any-return]

    code = _code(item, "code", role_fail)
    country, sector = _country_sector(item, code, countries, role_fail)
    start, end = _dates(item, role_fail, "from", "until")
    return Role(code, country, sector, start, end)


def _code(item: Mapping[str, Any], field: str, fail: Any) -> str:
    code = item.get(field)
    if code is None or code == "":
        raise fail(field, "missing (every entry needs a CAMEO code such as KORGOV)")
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise fail(field, f"{code!r} is not a CAMEO code (groups of three capital letters)")
    return code


def _country_sector(
    item: Mapping[str, Any], code: str, countries: set[str], fail: Any
) -> tuple[str | None, str | None]:
    """Country and sector: explicit fields win, else they are read off the code."""
    head = code[:3]
    derived_country = head if head in countries or not countries else None
    derived_sector = (code[3:6] or None) if derived_country is not None else head
    country = item.get("country", derived_country)
    sector = item.get("sector", derived_sector)
    if country is not None and countries and country not in countries:
        raise fail("country", f"{country!r} is not in the CAMEO country table ({COUNTRY_FILE})")
    if sector is not None and (not isinstance(sector, str) or not _SECTOR_RE.match(sector)):
        raise fail("sector", f"{sector!r} is not a three-letter role code")
    return country, sector


def _check_entry_country(entry: ActorEntry, countries: set[str]) -> None:
    """Check the country table's own entries once the table's codes are known."""
    if entry.country is not None and entry.country not in countries:
        raise DictionaryError(
            f"{entry.source}: entry {entry.id!r}: field 'country': {entry.country!r} is not a "
            f"country or region code of {COUNTRY_FILE}"
        )


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _dates(
    item: Mapping[str, Any], fail: Any, *fields: str
) -> tuple[dt.date | None, dt.date | None]:
    values: list[dt.date | None] = []
    for field in fields:
        value = item.get(field)
        if isinstance(value, dt.datetime):
            value = value.date()
        elif isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise fail(field, f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
        elif value is not None and not isinstance(value, dt.date):
            raise fail(field, f"{value!r} is not an ISO date (YYYY-MM-DD)")
        values.append(value)
    start, end = values
    if start is not None and end is not None and end < start:
        raise fail(fields[1], f"{end} is before {fields[0]} {start}")
    return start, end
