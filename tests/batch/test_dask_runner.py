"""The Dask runner on a real LocalCluster: shards, load, resume, bad records, a killed worker.

The reference is the local runner on the same input: a batch followed by
`load_shards` must give the same articles, events and rejected records.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.batch.coders import CrashOnce, shared_pipeline
from tests.conftest import REPO_ROOT

from newsevents.batch.dask_runner import open_client, run_batch
from newsevents.batch.load import load_shards
from newsevents.batch.local import run_ingest
from newsevents.batch.shards import MANIFEST, finished_shards, read_manifest
from newsevents.ingest import read_paths
from newsevents.store import Store

EXAMPLES = REPO_ROOT / "examples" / "articles"


def _bad_jsonl(folder: Path) -> Path:
    path = folder / "bad.jsonl"
    rows = [
        json.dumps({"id": "ok-1", "text": "Police arrested ten activists in Caracas on Friday."}),
        "{this is not json",
        json.dumps({"id": "no-text", "title": "a row without text"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [EXAMPLES, _bad_jsonl(tmp_path_factory.mktemp("input"))]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with open_client(workers=1, processes=False) as dask_client:
        yield dask_client


def _ids(store: Store) -> dict[str, Any]:
    con = store._con
    return {
        "counts": store.counts(),
        "articles": sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()),
        "events": sorted(r[0] for r in con.execute("SELECT event_id FROM events").fetchall()),
        "rejected": sorted(
            (r[0], r[1]) for r in con.execute("SELECT origin, reason FROM rejected").fetchall()
        ),
    }


@pytest.fixture(scope="module")
def reference(inputs: list[Path]) -> dict[str, Any]:
    with Store.open(":memory:") as store:
        run_ingest(read_paths(inputs), shared_pipeline(), store)
        return _ids(store)


def _batch_and_load(inputs: list[Path], out: Path, client: Any, db: Path) -> dict[str, Any]:
    run_batch(read_paths(inputs), out, client, partition_size=3, loader=shared_pipeline)
    with Store.open(db) as store:
        load_shards(out, store)
        return _ids(store)


def test_batch_then_load_equals_local_ingest(
    inputs: list[Path], client: Any, reference: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    summary = run_batch(read_paths(inputs), out, client, partition_size=3, loader=shared_pipeline)
    assert summary.skipped == 0
    assert len(summary.written) == len(finished_shards(out)) == len(read_manifest(out))
    assert summary.rejected == 2, "the two bad JSON Lines rows are rejected, not fatal"
    with Store.open(tmp_path / "db.duckdb") as store:
        first = load_shards(out, store)
        assert first.merged == len(summary.written)
        assert _ids(store) == reference
        again = load_shards(out, store)
        assert (again.merged, again.already, again.added) == (0, first.merged, {})
        assert _ids(store) == reference
    reasons = [reason for _, reason in reference["rejected"]]
    assert any("JSON" in r or "json" in r for r in reasons), reasons


def test_resume_writes_only_missing_partitions(
    inputs: list[Path], client: Any, reference: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    full = run_batch(read_paths(inputs), out, client, partition_size=3, loader=shared_pipeline)
    # Simulate a run stopped before its last partition: drop that shard and its manifest line.
    lost = full.written[-1].name
    shutil.rmtree(finished_shards(out)[lost])
    lines = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if lost not in line]
    (out / MANIFEST).write_text("\n".join(kept) + '\n{"name": "torn', encoding="utf-8")
    (out / "shards" / f".tmp-{lost}-deadbeef").mkdir()  # a killed attempt's leftovers

    again = run_batch(read_paths(inputs), out, client, partition_size=3, loader=shared_pipeline)
    assert [r.name for r in again.written] == [lost]
    assert again.skipped == len(full.written) - 1
    assert not [p for p in (out / "shards").iterdir() if p.name.startswith(".tmp-")]
    assert set(read_manifest(out)) == set(finished_shards(out))
    with Store.open(tmp_path / "db.duckdb") as store:
        load_shards(out, store)
        assert _ids(store) == reference


def test_killed_worker_is_retried_without_loss_or_duplicate(
    inputs: list[Path], reference: dict[str, Any], tmp_path: Path
) -> None:
    marker = tmp_path / "crashed-once"
    out = tmp_path / "out"
    with open_client(workers=1, processes=True) as real:
        summary = run_batch(
            read_paths(inputs), out, real, partition_size=4, loader=CrashOnce(marker)
        )
    assert marker.exists(), "the first attempt should have killed its worker"
    names = [r.name for r in summary.written]
    assert len(names) == len(set(names)) == len(finished_shards(out))
    with Store.open(tmp_path / "db.duckdb") as store:
        load_shards(out, store)
        assert _ids(store) == reference
