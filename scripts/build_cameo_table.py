"""Build `src/newsevents/coding/data/cameo_codes.tsv` from the shared ontology tables.

The project ships only FACTS of CAMEO and PLOVER (codes, short names, GDELT's
Goldstein values, quad classes, the CAMEO-to-PLOVER mapping), never the
manual's descriptions or example sentences, whose licence (CC BY-NC-SA) does
not allow it. Run from the repository root:

    python scripts/build_cameo_table.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsevents" / "coding" / "data" / "cameo_codes.tsv"
COLUMNS = (
    "code",
    "root",
    "name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "has_definition",
)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read one shared ontology TSV (no quoting, one header row)."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def build_rows(ontology: Path) -> list[dict[str, str]]:
    """Join the CAMEO code table with the 2021 PLOVER mapping, keeping facts only."""
    plover = {r["cameo_code"]: r for r in read_tsv(ontology / "cameo_to_plover.tsv")}
    rows = []
    for r in read_tsv(ontology / "cameo_event_codes.tsv"):
        mapping = plover.get(r["code"], {})
        rows.append(
            {
                "code": r["code"],
                "root": r["root_code"],
                "name": r["name"].strip(),
                "goldstein": r["goldstein"].strip(),
                "quad_class": r["quad_class"].strip(),
                "plover_event": (mapping.get("plover_event") or "").strip(),
                "plover_mode": (mapping.get("plover_mode") or "").strip(),
                # a code is expected to be reachable by the lexicon when the manual defines it
                "has_definition": "1" if r["description"].strip() else "0",
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    args = parser.parse_args()
    rows = build_rows(args.shared / "data" / "ontology")
    OUT.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} codes to {OUT}")


def render(rows: list[dict[str, str]]) -> str:
    """The TSV text of the table (tests compare it with the shipped file)."""
    handle = io.StringIO()
    writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return handle.getvalue()


if __name__ == "__main__":
    main()
