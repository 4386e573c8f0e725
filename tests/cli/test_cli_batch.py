"""`newsevents batch` and `newsevents load` as a user runs them: arguments, exit status, output."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.batch.coders import shared_pipeline
from tests.conftest import REPO_ROOT

from newsevents.batch.dask_runner import open_client, run_batch
from newsevents.cli.main import main
from newsevents.ingest import read_paths
from newsevents.store import Store


def test_batch_rejects_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    args = ["batch", str(REPO_ROOT / "examples"), "--out", str(tmp_path), "--workers", "0"]
    assert main(args) == 2
    assert "at least 1" in capsys.readouterr().err


def test_load_without_batch_output_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "db.duckdb")]) == 2
    assert "no batch output" in capsys.readouterr().err


def test_load_merges_shards_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, db = tmp_path / "out", tmp_path / "db.duckdb"
    files = sorted((REPO_ROOT / "examples" / "articles").glob("0[1-3]_*.txt"))
    with open_client(workers=1, processes=False) as client:
        run_batch(read_paths(files), out, client, partition_size=2, loader=shared_pipeline)
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert "shards: 2 merged, 0 merged before" in capsys.readouterr().err
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert "shards: 0 merged, 2 merged before" in capsys.readouterr().err
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
