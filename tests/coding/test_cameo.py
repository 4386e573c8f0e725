"""The CAMEO table: facts load, lookups fail loudly, quad classes follow the roots."""

from __future__ import annotations

import pytest

from newsevents.coding.cameo import CameoTable
from newsevents.errors import DictionaryError


@pytest.fixture(scope="module")
def table() -> CameoTable:
    return CameoTable.load()


def test_known_code_has_its_facts(table: CameoTable) -> None:
    code = table.get("1712")
    assert code.root == "17"
    assert code.quad_class == 4
    assert code.goldstein == pytest.approx(-9.2)
    assert code.plover == "ASSAULT"


def test_leading_zeros_are_kept(table: CameoTable) -> None:
    assert "010" in table
    assert "10" in table
    assert table.get("010").root == "01"
    assert table.get("10").root == "10"


def test_unknown_code_names_the_code(table: CameoTable) -> None:
    with pytest.raises(DictionaryError, match="'9999'"):
        table.get("9999")
    assert "9999" not in table


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)],
)
def test_quad_class_follows_root(table: CameoTable, root: str, quad: int) -> None:
    children = [c for c in table.codes() if c.startswith(root)]
    assert children
    assert {table.get(c).quad_class for c in children} == {quad}


def test_every_root_has_children_and_defined_codes_exclude_roots(table: CameoTable) -> None:
    assert len(table.codes()) > 300
    defined = table.defined_codes()
    assert all(len(code) >= 3 for code in defined)
    assert {c[:2] for c in defined} == {f"{n:02d}" for n in range(1, 21)}
