"""The house rules that keep the code readable: module and function size, no import cycles.

Every module is checked; `NOT_YET` names any module let off while a change splits it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT

SRC = REPO_ROOT / "src" / "newsevents"
MODULE_LINES = 400
FUNCTION_LINES = 40
NOT_YET: frozenset[str] = frozenset()
MODULES = sorted(p for p in SRC.rglob("*.py") if p.relative_to(SRC).as_posix() not in NOT_YET)


def _name(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def test_no_module_over_the_budget() -> None:
    sizes = {_name(p): len(p.read_text("utf-8").splitlines()) for p in MODULES}
    over = {name: n for name, n in sizes.items() if n > MODULE_LINES}
    assert not over, f"modules over {MODULE_LINES} lines: {over}"


def test_no_function_over_the_budget() -> None:
    over = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    over.append(f"{_name(path)}:{node.name} ({length} lines)")
    assert not over, f"functions over {FUNCTION_LINES} lines: {over}"


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The newsevents modules `path` imports at module level (not inside functions);
    `from package import submodule` counts as importing the submodule."""
    found = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            found |= subs or {node.module}
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & modules


def test_no_import_cycles() -> None:
    modules = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph = {name: _imports(path, set(modules)) for name, path in modules.items()}
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join([*trail, name, dep]))
            if dep not in state:
                visit(dep, [*trail, name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_import_is_silent_under_warnings_as_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import newsevents"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
