"""`newsevents watch` arguments and the feed list file (the polling itself: tests/watch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli.main import main
from newsevents.cli.watch import read_feed_list


def test_feed_list_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\nhttp://127.0.0.1:1/a.xml  # local\n\n  http://127.0.0.1:1/b\n")
    assert read_feed_list(path) == ["http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/b"]


def test_missing_feed_list_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["watch", str(tmp_path / "none.txt"), "--db", str(tmp_path / "w.duckdb")]) == 2
    assert "no such file" in capsys.readouterr().err
