"""The CAMEO event-code table: code -> facts (root, short name, Goldstein, quad class, PLOVER).

The table is the project's own TSV of facts (`data/cameo_codes.tsv`, built by
`scripts/build_cameo_table.py`), read once by whoever needs it and passed in
explicitly: no module-level cache, so tests and users can hold several tables.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from newsevents.errors import DictionaryError
from newsevents.model import CameoCode

TABLE_FILE = "cameo_codes.tsv"


@dataclass(frozen=True, slots=True)
class CameoTable:
    """All CAMEO codes, with the set of codes the manual defines (lexicon must reach them)."""

    entries: dict[str, CameoCode]
    defined: frozenset[str]

    @classmethod
    def load(cls) -> CameoTable:
        """Read the packaged table; a damaged table is a `DictionaryError`, not a crash later."""
        source = resources.files("newsevents.coding").joinpath("data", TABLE_FILE)
        entries: dict[str, CameoCode] = {}
        defined: set[str] = set()
        with source.open(encoding="utf-8") as handle:
            for line_no, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
                entries[row["code"]] = _row_to_code(row, line_no)
                if row.get("has_definition") == "1":
                    defined.add(row["code"])
        if not entries:
            raise DictionaryError(f"{TABLE_FILE}: the CAMEO table is empty")
        return cls(entries, frozenset(defined))

    def get(self, code: str) -> CameoCode:
        """The facts of `code`; an unknown code raises `DictionaryError` naming it."""
        try:
            return self.entries[code]
        except KeyError:
            raise DictionaryError(
                f"unknown CAMEO event code {code!r}: codes are strings with leading zeros "
                f"kept, such as '010' or '1712' (see {TABLE_FILE})"
            ) from None

    def __contains__(self, code: object) -> bool:
        return code in self.entries

    def codes(self) -> list[str]:
        """Every code, sorted as strings (roots before their children)."""
        return sorted(self.entries)

    def defined_codes(self) -> list[str]:
        """Codes the CAMEO manual defines (not the bare roots): the lexicon should reach each."""
        return sorted(self.defined)


def _row_to_code(row: dict[str, str], line_no: int) -> CameoCode:
    try:
        goldstein = float(row["goldstein"]) if row["goldstein"] else None
        return CameoCode(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            goldstein=goldstein,
            quad_class=int(row["quad_class"]),
            plover=row["plover_event"] or None,
        )
    except (KeyError, ValueError) as exc:
        raise DictionaryError(f"{TABLE_FILE} line {line_no}: bad field ({exc})") from exc
