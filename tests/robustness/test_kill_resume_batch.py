"""kill -9 at random points during `batch`, then resume and `load`: same ids and counts as a
clean run.

Why it holds: a shard is written under a temporary name and renamed when its
partition is done, a re-run skips finished partitions, and ids are content
hashes. The whole process group is killed (the Dask LocalCluster's workers
too), as a crash or an out-of-memory kill would. Marked slow (each trial
starts a cluster and loads the pipeline twice) and run only with
``NEWSEVENTS_SLOW=1``:

    NEWSEVENTS_SLOW=1 .venv/bin/pytest -q tests/robustness/test_kill_resume_batch.py
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.robustness.kill_corpus import ENTRY, slow, write_corpus

from newsevents.store import Store

TRIALS = int(os.environ.get("NEWSEVENTS_KILL_TRIALS", "10"))  # fewer for a quick look


def _batch(corpus: Path, out: Path) -> subprocess.Popen[str]:
    """`newsevents batch` in its own process group (so kill -9 reaches the workers too)."""
    command = [sys.executable, "-c", ENTRY, "batch", str(corpus), "--out", str(out),
               "--partition-size", "2", "--workers", "1", "--quiet"]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip


def _loaded(out: Path, db: Path) -> tuple[set[str], dict[str, int]]:
    """Load the shards into a fresh database: its event ids and table counts."""
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, "load", str(out), "--db", str(db)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-1000:]
    with Store.open(db, read_only=True) as store:
        return set(store.events_frame()["event_id"]), store.counts()


@pytest.mark.slow
@slow
def test_kill_9_during_batch_then_resume_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    started = time.monotonic()
    clean = _batch(corpus, tmp_path / "clean")
    _, err = clean.communicate()
    duration = time.monotonic() - started
    assert clean.returncode == 1, err[-1000:]  # the bad JSON line is rejected
    expected = _loaded(tmp_path / "clean", tmp_path / "clean.duckdb")
    assert expected[0]
    chooser = random.Random(12)
    for trial in range(TRIALS):
        out = tmp_path / f"trial{trial}"
        killed = _batch(corpus, out)
        time.sleep(chooser.uniform(0.5, duration))
        os.killpg(killed.pid, signal.SIGKILL)
        killed.communicate()
        resumed = _batch(corpus, out)
        _, err = resumed.communicate()
        # 1 when this run coded the partition with the bad line; 0 when the killed run had
        # already written it (a resumed batch reports on what it coded itself)
        assert resumed.returncode in (0, 1), err[-1000:]
        assert _loaded(out, tmp_path / f"trial{trial}.duckdb") == expected, f"trial {trial}"
