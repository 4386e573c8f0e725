"""The JSON Schemas of the dictionary files: valid, met by the packaged data, used by loaders."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.schema import KINDS, SchemaCheck
from newsevents.errors import DictionaryError

DATA = Path(__file__).resolve().parents[2] / "src/newsevents/coding/data"


@pytest.mark.parametrize("kind", KINDS)
def test_each_schema_is_a_valid_json_schema(kind: str) -> None:
    schema = json.loads((DATA / "schema" / f"{kind}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("kind", "folder"), [("verbs", "verbs"), ("cues", "cues")], ids=["verbs", "cues"]
)
def test_packaged_files_meet_their_schema(kind: str, folder: str) -> None:
    check = SchemaCheck(kind)
    files = sorted((DATA / folder).glob("*.yaml"))
    assert files
    for path in files:
        check.check(path.name, yaml.safe_load(path.read_text(encoding="utf-8")))


def test_every_actor_file_in_the_folder_is_loaded() -> None:
    """A new *.yaml dropped in data/actors/ is picked up without a list to edit."""
    sources = {Path(e.source).name for e in ActorDictionary.load().entries}
    assert sources == {p.name for p in (DATA / "actors").glob("*.yaml")}


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("{id: s1, kind: person, code: KORGOV, names: []}", "names"),
        ("{id: s2, kind: person, code: KORGOV, names: ['  ']}", "names[0]"),
        ("{id: s3, kind: person, code: KORGOV, names: [X], roles: [{code: kor}]}", "roles[0].code"),
        ("{id: s4, kind: person, code: GOV, names: [X], roles: [{code: GOV, a: x}]}", "roles[0].a"),
        ("{id: s5, kind: person, code: KORGOV, names: [X], surname: [Kim]}", "surname"),
        ("{id: s6, kind: person, code: KORGOV, names: [X], from: 1st May}", "from"),
    ],
)
def test_a_bad_actor_entry_names_file_entry_and_field(
    tmp_path: Path, entry: str, field: str
) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(f"- {entry}\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        ActorDictionary.load([path])
    message = str(info.value)
    entry_id = entry.split(",")[0].split(":")[1].strip()
    assert str(path) in message
    assert f"entry {entry_id!r}" in message
    assert f"field {field!r}" in message


def test_a_bad_cue_file_names_file_and_list(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("negators: [not, 3]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        Cues.load([path])
    assert "mine.yaml" in str(info.value)
    assert "field 'negators[1]'" in str(info.value)
