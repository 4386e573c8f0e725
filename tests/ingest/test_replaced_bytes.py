"""Bad bytes replaced on decoding are counted per article: stored, summarised, explained."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from tests.store.builders import KeywordCoder, border_article

from newsevents.batch.local import run_ingest
from newsevents.cli.main import main
from newsevents.ingest import read_paths
from newsevents.ingest.clean import replaced_count
from newsevents.store import Store


def ingest(tmp_path: Path) -> Path:
    """Two files: UTF-8 text with three undecodable bytes in two places, and a clean one."""
    folder = tmp_path / "in"
    folder.mkdir()
    # A few bad bytes in a long enough UTF-8 text stay UTF-8 (a detector would take the file
    # for another encoding if they were more than 1 % of it).
    padding = b" The ministry published a long statement about the clashes that day." * 6
    bad = b"Rebels shelled towns near Kharkiv \xff\xfe and officials condemned it \x80 quickly."
    (folder / "bad.txt").write_bytes(bad + padding)
    (folder / "good.txt").write_text("Envoys met ministers again.")
    db = tmp_path / "db.duckdb"
    with Store.open(db) as store:
        summary = run_ingest(
            read_paths([folder], published=dt.date(2022, 3, 4)), KeywordCoder(), store
        )
    assert summary.exit_status() == 0
    assert (summary.replaced_chars, summary.repaired_articles) == (3, 1)
    assert "bad bytes replaced (U+FFFD): 3 characters in 1 articles" in summary.text()
    return db


def test_the_count_is_stored_per_article(tmp_path: Path) -> None:
    db = ingest(tmp_path)
    with Store.open(db, read_only=True) as store:
        rows = store.frame("SELECT origin, replaced_chars FROM articles ORDER BY origin")
    counts = {Path(o).name: n for o, n in zip(rows["origin"], rows["replaced_chars"], strict=True)}
    assert counts == {"bad.txt": 3, "good.txt": 0}


def test_explain_shows_the_articles_repairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ingest(tmp_path)
    with Store.open(db, read_only=True) as store:
        frame = store.events_frame()
    by_verb = dict(zip(frame["cameo_code"], frame["event_id"], strict=True))
    assert main(["explain", by_verb["195"], "--db", str(db)]) == 0
    assert (
        "input:       3 bad bytes in the article were replaced (U+FFFD)" in capsys.readouterr().out
    )
    assert main(["explain", by_verb["040"], "--db", str(db)]) == 0
    assert "bad bytes" not in capsys.readouterr().out
    assert main(["explain", by_verb["195"], "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["article_replaced_chars"] == 3


def test_explain_works_on_a_store_made_before_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "old.duckdb"
    article = border_article()
    with Store.open(db) as store:
        store.add_coded([article])
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE articles DROP COLUMN replaced_chars")
    con.close()
    assert main(["explain", article.events[0].event_id, "--db", str(db)]) == 0
    assert "shelled" in capsys.readouterr().out


def test_replaced_count_counts_replacement_characters_only() -> None:
    assert replaced_count("a\ufffdb\ufffd", None, "c\ufffd") == 3
    assert replaced_count("plain text", "") == 0
