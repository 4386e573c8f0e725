"""Property tests: readers never crash, dates are absolute, output is safe, ids are stable."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.cli.sanitise import csv_safe, terminal_lines, terminal_safe
from newsevents.ids import article_id, normalise_text, normalised_offsets
from newsevents.ingest import parse_date, read_paths
from newsevents.ingest.clean import clean_text
from newsevents.model import Article, Rejected

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = (".txt", ".jsonl", ".json", ".xml", ".html", ".warc")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _read(data: bytes, suffix: str) -> list[Article | Rejected]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_paths([path]))


@FAST
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_any_bytes_give_records_not_exceptions(data: bytes, suffix: str) -> None:
    records = _read(data, suffix)
    assert records  # every file ends as at least one record or rejection
    for record in records:
        text = record.text if isinstance(record, Article) else record.reason
        assert not _UNSAFE.search(text.replace("\n", " ").replace("\t", " "))


@FAST
@given(st.lists(json_values, max_size=5))
def test_any_json_lines_give_one_record_per_line(values: list[object]) -> None:
    lines = [json.dumps(v) for v in values]
    records = _read(("\n".join(lines) + "\n").encode(), ".jsonl")
    expected = max(1, len(lines))  # an all-blank file is one rejection
    assert len(records) == expected


@FAST
@given(st.dictionaries(st.sampled_from(["id", "text", "url", "title", "published"]), json_values))
def test_any_json_object_is_an_article_or_a_rejection(item: dict[str, object]) -> None:
    records = _read((json.dumps(item) + "\n").encode(), ".jsonl")
    assert len(records) == 1


@FAST
@given(st.text(max_size=60))
def test_dates_are_absolute_or_none(value: str) -> None:
    parsed = parse_date(value)
    if parsed is not None:
        assert re.search(r"\d{4}", value)
        assert not re.search(r"\b(yesterday|today|tomorrow|ago|last|next)\b", value, re.I)


@given(st.sampled_from(["yesterday", "today", "3 days ago", "last Monday", "next week", "now"]))
def test_relative_dates_are_refused(value: str) -> None:
    assert parse_date(value) is None


@given(st.dates())
def test_iso_dates_round_trip(value: object) -> None:
    assert parse_date(str(value)) == value


@FAST
@given(st.text())
def test_terminal_safe_output_has_no_controls(value: str) -> None:
    safe = terminal_safe(value)
    assert not _UNSAFE.search(safe)
    assert "\n" not in safe
    for line in terminal_lines(value).split("\n"):
        assert not _UNSAFE.search(line.replace("\t", " "))


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_terminal_safe_keeps_printable_ascii(value: str) -> None:
    assert terminal_safe(value) == " ".join(value.split())


@given(st.text())
def test_csv_safe_never_starts_with_a_formula(value: str) -> None:
    cell = csv_safe(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (value, "'" + value)


@given(st.text())
def test_clean_text_is_encodable(value: str) -> None:
    clean_text(value).encode("utf-8")


words = st.lists(st.text(alphabet="abcdefXYZ.,'", min_size=1, max_size=8), min_size=1, max_size=30)
spaces = st.lists(
    st.sampled_from([" ", "  ", "\n", "\r\n", "\t", " \n\n "]), min_size=30, max_size=30
)


@given(words, spaces, spaces)
def test_ids_and_positions_survive_whitespace_changes(
    tokens: list[str], gaps_a: list[str], gaps_b: list[str]
) -> None:
    text_a = "".join(t + g for t, g in zip(tokens, gaps_a, strict=False))
    text_b = " \n" + "".join(t + g for t, g in zip(tokens, gaps_b, strict=False))
    assert article_id(text_a) == article_id(text_b)
    offsets_a, offsets_b = normalised_offsets(text_a), normalised_offsets(text_b)
    starts_a = [m.start() for m in re.finditer(r"\S+", text_a)]
    starts_b = [m.start() for m in re.finditer(r"\S+", text_b)]
    assert [offsets_a[s] for s in starts_a] == [offsets_b[s] for s in starts_b]
    normal = normalise_text(text_a)
    for start, match in zip(starts_a, re.finditer(r"\S+", text_a), strict=True):
        assert normal[offsets_a[start] : offsets_a[start] + len(match.group())] == match.group()
