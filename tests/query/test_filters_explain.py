"""Filter validation and SQL shape; sentence marking for `explain`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.query import EventFilter, FilterError, select_events, where_clause
from newsevents.query.explain import explain_lines, mark_sentence


@pytest.mark.parametrize(
    "kwargs",
    [
        {"code": "17a"},
        {"modality": "maybe"},
        {"limit": -1},
        {"min_confidence": 1.5},
        {"since": dt.date(2021, 2, 1), "until": dt.date(2021, 1, 1)},
    ],
)
def test_bad_filter_values_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(FilterError):
        EventFilter(**kwargs)


def test_values_travel_only_as_parameters() -> None:
    sql, params = where_clause(EventFilter(source="prk", code="17", min_confidence=0.5))
    assert "PRK" not in sql
    assert "17" not in sql
    assert params == ["PRK", "PRK", "17", 0.5]
    sql, params = select_events(EventFilter(limit=5))
    assert sql.endswith("LIMIT ?")
    assert params == [5]
    assert where_clause(EventFilter()) == ("", [])


def record(sentence: str, base: int, **spans: tuple[int, int]) -> dict[str, Any]:
    evidence: dict[str, Any] = {"sentence": {"start": base, "end": base + len(sentence)}}
    for role, (start, end) in spans.items():
        evidence[role] = {"start": base + start, "end": base + end, "text": sentence[start:end]}
    return {"sentence": sentence, "evidence": evidence}


def test_marks_use_sentence_relative_offsets() -> None:
    text = "Police detained two activists in the port."
    marked = mark_sentence(record(text, 100, source=(0, 6), verb=(7, 15), target=(16, 29)))
    assert marked == "[source: Police] [verb: detained] [target: two activists] in the port."


def test_missing_and_overlapping_spans_are_skipped() -> None:
    text = "Talks were held."
    assert mark_sentence(record(text, 0, verb=(11, 15))) == "Talks were [verb: held]."
    overlapped = record(text, 0, source=(0, 10), verb=(6, 10))
    assert mark_sentence(overlapped) == "[source: Talks were] held."


def test_explain_lines_tolerate_missing_parts() -> None:
    base = record("Talks were held.", 0, verb=(11, 15))
    lines = explain_lines({**base, "event_id": "e1", "article_id": "a1", "cameo_code": "040"})
    text = "\n".join(lines)
    assert "source:      none" in text
    assert "place:       none" in text
    assert "nobody named" in text
