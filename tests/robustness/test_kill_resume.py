"""kill -9 at random points during `ingest`, then resume: same ids and counts as a clean run.

Why it holds: ids are content hashes and every batch is written in one
transaction, so a killed run leaves whole batches and a re-run adds only what
is missing. Marked slow (21 pipeline loads: two minutes on an idle laptop, more on
a busy one) and run only with ``NEWSEVENTS_SLOW=1``:

    NEWSEVENTS_SLOW=1 .venv/bin/pytest -q tests/robustness/test_kill_resume.py
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.robustness.kill_corpus import ENTRY, slow, write_corpus

from newsevents.store import Store

TRIALS = 10


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", ENTRY, "ingest", str(corpus), "--db", str(db),
               "--no-progress", "--batch-size", "1"]  # fmt: skip
    return subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def _state(db: Path) -> tuple[set[str], dict[str, int]]:
    with Store.open(db, read_only=True) as store:
        ids = set(store.events_frame()["event_id"])
        return ids, store.counts()


@pytest.mark.slow
@slow
def test_kill_9_then_resume_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    started = time.monotonic()
    clean = _ingest(corpus, tmp_path / "clean.duckdb")
    clean.communicate()
    duration = time.monotonic() - started
    assert clean.returncode == 1
    expected = _state(tmp_path / "clean.duckdb")
    assert expected[0]
    chooser = random.Random(12)
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}.duckdb"
        killed = _ingest(corpus, db)
        time.sleep(chooser.uniform(0.2, duration))
        killed.send_signal(signal.SIGKILL)
        killed.communicate()
        resumed = _ingest(corpus, db)
        _, err = resumed.communicate()
        assert resumed.returncode == 1, err[-1000:]
        assert _state(db) == expected, f"trial {trial}"


@pytest.mark.slow
@slow
def test_sigterm_mid_run_exits_3_and_resumes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    db = tmp_path / "t.duckdb"
    run = _ingest(corpus, db)
    assert run.stderr is not None
    line = run.stderr.readline()  # the first rejection: the run is coding now
    assert line.startswith("rejected ")
    run.send_signal(signal.SIGTERM)
    _, rest = run.communicate()
    assert run.returncode == 3, rest
    assert "interrupted" in rest
    resumed = _ingest(corpus, db)
    resumed.communicate()
    assert resumed.returncode == 1
