"""Loading, validating and overriding the actor dictionaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.errors import DictionaryError


def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_dictionary_loads_with_a_content_version() -> None:
    first = ActorDictionary.load()
    assert len(first.version) == 12
    assert first.version == ActorDictionary.load().version
    ids = {e.id for e in first.entries}
    assert {"KOR", "KOR.capital", "org.un", "p.moon_jae_in"} <= ids


def test_user_file_changes_the_version(tmp_path: Path) -> None:
    extra = _write(tmp_path, "- {id: x.gov, kind: organisation, code: FRAGOV, names: [Quai X]}\n")
    assert ActorDictionary.load([extra]).version != ActorDictionary.load().version


def test_entity_patterns_label_by_kind() -> None:
    patterns = {(p.label, p.phrase) for p in ActorDictionary.load().entity_patterns()}
    assert ("GPE", "North Korea") in patterns
    assert ("GPE", "Seoul") in patterns
    assert ("NORP", "North Korean") in patterns
    assert ("ORG", "KCNA") in patterns
    assert ("PERSON", "Moon Jae-in") in patterns
    assert not any(phrase == "defence ministry" for _, phrase in patterns)  # roles are not names


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("{id: bad1, kind: role, code: GOV, names: [x], colour: red}", "colour"),
        ("{id: bad2, kind: role, names: [x]}", "code"),
        ("{id: bad3, kind: person, code: KORGOV, names: [X Y], from: 2020-13-45}", "from"),
        (
            "{id: bad4, kind: person, code: KORGOV, names: [X Y], from: 2020-01-02,"
            " until: 2019-01-01}",
            "until",
        ),
        ("{id: bad5, kind: organisation, code: QQQGOV, country: QQQ, names: [X]}", "country"),
        ("{id: bad6, kind: spaceship, code: GOV, names: [x]}", "kind"),
        (
            "{id: bad7, kind: person, code: KORGOV, names: [X],"
            " roles: [{code: KORGOV, from: soon}]}",
            "roles[0].from",
        ),
    ],
)
def test_validation_names_file_entry_and_field(tmp_path: Path, entry: str, field: str) -> None:
    path = _write(tmp_path, f"- {entry}\n")
    with pytest.raises(DictionaryError) as caught:
        ActorDictionary.load([path])
    message = str(caught.value)
    entry_id = entry.split(",")[0].split(":")[1].strip()
    assert str(path) in message
    assert repr(entry_id) in message
    assert repr(field) in message


def test_not_a_list_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "id: lonely\n")
    with pytest.raises(DictionaryError, match="list of entries"):
        ActorDictionary.load([path])


def test_user_file_overrides_packaged_entry_and_names(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "- {id: KOR.capital, kind: capital, code: KORMIL, names: [Seoul]}\n"
        "- {id: my.agency, kind: organisation, code: NORSPY, names: [Northern Listening Post]}\n",
    )
    coder = ActorCoder(ActorDictionary.load([path]))
    seoul = coder.code_phrase("Seoul")
    assert seoul is not None
    assert seoul.code == "KORMIL"
    added = coder.code_phrase("the Northern Listening Post")
    assert added is not None
    assert (added.country, added.sector) == ("NOR", "SPY")
    packaged = ActorCoder(ActorDictionary.load()).code_phrase("Seoul")
    assert packaged is not None
    assert packaged.code == "KORGOV"


def test_entry_dates_bound_matching(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "- {id: my.junta, kind: organisation, code: MLIGOV, names: [Zorvan Front],"
        " from: 2021-05-24, until: 2023-12-31}\n",
    )
    coder = ActorCoder(ActorDictionary.load([path]))
    assert coder.code_phrase("the Zorvan Front", dt.date(2022, 1, 1)) is not None
    assert coder.code_phrase("the Zorvan Front", dt.date(2019, 1, 1)) is None
