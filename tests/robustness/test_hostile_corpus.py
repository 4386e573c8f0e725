"""The generated hostile corpus (tests/robustness/hostile.py) through the real `ingest`.

One subprocess run over every kind (the pipeline loads once): no traceback, a
documented exit status, every record of every kind accounted for in the store
(an `article_aliases` row for each coded record, a `rejected` row for each
rejected one), output sanitised, identity kept, and peak memory bounded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from tests.robustness.hostile import LIMITS, write_corpus

from newsevents.store import Store

MAX_RSS_MB = 2000


class Run(NamedTuple):
    corpus: Path
    counts: dict[str, int]
    db: Path
    stderr: str
    status: int
    peak_rss_mb: int


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "in"
    counts = write_corpus(corpus)
    db = root / "events.duckdb"
    peak_file = root / "peak_rss_kb"
    # The ingest process reports its own peak RSS (VmHWM, which starts afresh at exec):
    # getrusage's maxrss would count every earlier child of the session (RUSAGE_CHILDREN)
    # or this whole test process as it was when forked (RUSAGE_SELF keeps it across exec).
    entry = (
        "import atexit, re, sys; from pathlib import Path; out = Path(sys.argv[1]); "
        "status = Path('/proc/self/status'); "
        "atexit.register(lambda: out.write_text("
        "re.search(r'VmHWM:\\s*(\\d+)', status.read_text()).group(1))); "
        "from newsevents.cli.main import main; sys.exit(main(sys.argv[2:]))"
    )
    command = [sys.executable, "-c", entry, str(peak_file), "ingest", str(corpus), "--db", str(db)]
    env = {**os.environ, **LIMITS}
    done = subprocess.run(
        [*command, "--no-progress"], capture_output=True, text=True, env=env, check=False
    )
    peak = int(peak_file.read_text()) // 1024 if peak_file.is_file() else 0
    return Run(corpus, counts, db, done.stderr, done.returncode, peak)


def test_at_least_forty_kinds(run: Run) -> None:
    assert len(run.counts) >= 40


def test_no_traceback_and_exit_status_says_some_rejected(
    run: Run,
) -> None:
    stderr, status = run.stderr, run.status
    assert "Traceback" not in stderr
    assert status == 1, stderr[-2000:]


def test_every_record_of_every_kind_is_accounted_for(
    run: Run,
) -> None:
    corpus, counts, db, stderr = run.corpus, run.counts, run.db, run.stderr
    with Store.open(db, read_only=True) as store:
        coded = store.aliases_frame()["origin"].tolist()
        rejected = store.rejected_frame()["origin"].tolist()
    missing = {}
    for kind, expected in counts.items():
        prefix = f"{corpus / kind}/"
        found = sum(o.startswith(prefix) for o in coded) + sum(
            o.startswith(prefix) for o in rejected
        )
        if found != expected:
            missing[kind] = (expected, found)
    assert not missing, (missing, stderr[-3000:])
    summary = stderr.strip().splitlines()
    assert any(f"records: {sum(counts.values())} = " in line for line in summary), summary[-4:]


def test_rejections_name_the_reason(run: Run) -> None:
    stderr = run.stderr
    for reason in ("nested too deeply", "empty record: the file is empty", "symlink loop",
                   "truncated archive record", "max_record_bytes", "max_file_bytes",
                   "max_article_chars", "unparseable date 'yesterday'",
                   "outside the supported range", "max_sentence_tokens"):  # fmt: skip
        assert reason in stderr, reason
    assert "\x1b" not in stderr


def test_identity_one_article_for_reformatted_or_readdressed_text(
    run: Run,
) -> None:
    corpus, db = run.corpus, run.db
    with Store.open(db, read_only=True) as store:
        aliases = store.aliases_frame()
    for kind in ("whitespace_variant", "utm_duplicate", "second_date"):
        rows = aliases[aliases["origin"].str.startswith(f"{corpus / kind}/")]
        assert len(rows) == 2, kind
        assert rows["article_id"].nunique() == 1, kind
    dated = aliases[aliases["origin"].str.startswith(f"{corpus / 'second_date'}/")]
    assert dated["published"].nunique() == 2  # the second date is recorded, not lost


def test_short_english_and_odd_encodings_are_coded(
    run: Run,
) -> None:
    corpus, db = run.corpus, run.db
    with Store.open(db, read_only=True) as store:
        coded = set(store.aliases_frame()["origin"])
    for kind, name in (("short_english", "in.jsonl:1"), ("utf16_bom", "u16.txt"),
                       ("utf32_bom", "u32.txt"), ("utf8_bad_byte", "bad.txt"),
                       ("cp1252", "latin.txt"), ("nul_after_8k", "nul.txt"),
                       ("surrogate_text", "in.jsonl:1")):  # fmt: skip
        assert str(corpus / kind / name) in coded, kind


def test_stored_text_has_no_control_characters(
    run: Run,
) -> None:
    with Store.open(run.db, read_only=True) as store:
        texts = store._con.execute("SELECT text, coalesce(title, '') FROM articles").fetchall()
    for text, title in texts:
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text + title)


def test_memory_is_bounded(run: Run) -> None:
    assert 0 < run.peak_rss_mb < MAX_RSS_MB
