"""Cursor encoding and the aggregate SQL builders of the query layer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.query import FilterError
from newsevents.query.aggregates import and_where, timeline_sql
from newsevents.query.pages import decode_cursor, encode_cursor


@given(
    day=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    article=st.text(max_size=30),
    sentence=st.integers(min_value=0, max_value=10**6),
    event=st.text(max_size=30),
)
def test_cursor_round_trips(day: dt.date, article: str, sentence: int, event: str) -> None:
    key = (day.isoformat(), article, sentence, event)
    cursor = encode_cursor(key)
    assert cursor.replace("-", "").replace("_", "").isalnum()
    assert decode_cursor(cursor) == key


@pytest.mark.parametrize("bad", ["", "abc", encode_cursor(("x", "a", 1, "e"))[:-3] + "!!!",
                                 "WyIyMDIwLTAxLTAxIiwxLDEsMV0"])  # fmt: skip
def test_foreign_cursors_are_refused(bad: str) -> None:
    with pytest.raises(FilterError, match="invalid cursor"):
        decode_cursor(bad)


def test_where_and_buckets() -> None:
    assert and_where("", "a = ?") == "WHERE a = ?"
    assert and_where("WHERE b = ?", "a = ?") == "WHERE b = ? AND a = ?"
    sql, params = timeline_sql("WHERE x = ?", [1], "week")
    assert "date_trunc('week', date)" in sql
    assert params == [1]
    with pytest.raises(ValueError, match="bucket"):
        timeline_sql("", [], "year")  # type: ignore[arg-type]
