"""The README and docs say only what the code does: commands, flags, record fields, exit codes.

Every `newsevents SUBCOMMAND ... --flag` line in README.md and docs/*.md must name a
subcommand the CLI registers and flags that subcommand accepts; every `--flag` the
prose names must exist on some subcommand; the README's JSON example must show
exactly the fields a jsonl record has, with CAMEO facts as the table gives them;
and the documented exit statuses must be what `main` returns.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from tests.conftest import REPO_ROOT
from tests.store.builders import border_article

from newsevents.cli.main import build_parser, main
from newsevents.coding.cameo import CameoTable
from newsevents.store import RECORD_FIELDS, event_record

DOCS = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
# Flags that belong to other tools the docs mention (mypy, benchmarks), not to `newsevents`.
OTHER_TOOLS = frozenset(
    {
        "--strict",
        "--limit-tokens",
        "--words",
        "--gold-dir",
        "--tasks",
        "--shift-days",
        "--gold",
        "--n",
        "--nthreads",
    }
)
COMMAND = re.compile(r"(?:^|`)newsevents ([a-z]+)([^`\n#]*)", re.MULTILINE)
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _flags(parser: argparse.ArgumentParser) -> set[str]:
    """A parser's options, with those of its own subcommands (`export gdelt --db`)."""
    found = {o for action in parser._actions for o in action.option_strings}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found |= _flags(child)
    return found


def _options() -> dict[str, set[str]]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {name: _flags(sp) for name, sp in sub.choices.items()}


def _commands() -> list[tuple[str, str, str]]:
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        found += [(path.name, m.group(1), m.group(2)) for m in COMMAND.finditer(text)]
    return found


def test_the_docs_show_commands() -> None:
    assert len(_commands()) >= 10  # the pattern still finds the usage lines


@pytest.mark.parametrize(("doc", "command", "rest"), _commands())
def test_documented_commands_and_flags_exist(doc: str, command: str, rest: str) -> None:
    options = _options()
    if command not in options:  # prose such as "newsevents is Apache-2.0"
        assert command in {"is", "codes", "turns"}, f"{doc}: unknown subcommand {command!r}"
        return
    unknown = set(FLAG.findall(rest)) - options[command]
    assert not unknown, f"{doc}: `newsevents {command}` has no {sorted(unknown)}"


def test_every_flag_the_docs_name_exists() -> None:
    known = set().union(*_options().values())
    for path in DOCS:
        flags = set(FLAG.findall(path.read_text(encoding="utf-8"))) - OTHER_TOOLS
        assert flags <= known, f"{path.name} names {sorted(flags - known)}"


def _readme_example() -> dict[str, object]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert block is not None, "README.md has no JSON example"
    body = block.group(1).replace("{…}", "{}").replace(", …]", "]").replace('"…"', "null")
    return dict(json.loads(body))


def test_readme_json_example_has_exactly_the_record_fields() -> None:
    example = _readme_example()
    assert list(example) == list(RECORD_FIELDS)
    coded = border_article()
    record = event_record(coded.events[0], coded.article)
    assert set(record) == set(example)


def test_readme_json_example_agrees_with_the_cameo_table() -> None:
    example = _readme_example()
    code = CameoTable.load().get(str(example["cameo_code"]))
    assert (code.root, code.name, code.quad_class, code.goldstein, code.plover) == (
        example["cameo_root"],
        example["cameo_name"],
        example["quad_class"],
        example["goldstein"],
        example["plover"],
    )


def test_documented_exit_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README: 0 every record coded, 1 some rejected, 2 usage or fatal error.

    0 and 1 need coded records: tests/ingest/test_ingest_run.py checks them."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "Exit status: 0 when every record was coded, 1 when some were rejected, 2 on a" in text
    assert main(["events", "--db", str(tmp_path / "absent" / "x.duckdb"), "--since", "soon"]) == 2
    assert main(["no-such-command"]) == 2
    assert main(["evaluate", "events", str(tmp_path / "missing.jsonl")]) == 2
    capsys.readouterr()
