"""Code one partition and write its shard: what a Dask worker runs for each task.

It reuses the local runner's `code_batch`, so a record the coder fails on is
rejected with its reason (the rest of the partition is coded one by one) and a
partition never fails because of one bad article. Rows are built by the same
`Store.add_coded` as a local ingest, into an in-memory store, then copied to
Parquet: a shard holds what `newsevents ingest` would have stored for this
partition alone, ready to query with `read_parquet`. Beside them the coded
articles themselves are pickled (`coded.pickle`): `newsevents load` stores those
with `Store.add_coded`, so merging across articles of different partitions
happens at load time exactly as in a local ingest. (The pickle is our own
output, read back by the same version; never load shards from untrusted places.)
"""

from __future__ import annotations

import datetime as dt
import pickle
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from newsevents.batch.local import Coder, code_batch
from newsevents.batch.shards import Partition, ShardResult, new_tmp_folder, publish
from newsevents.model import Article, Rejected
from newsevents.store import Store
from newsevents.store.duckdb_store import utc_now
from newsevents.store.parquet import export_tables

CODED = "coded.pickle"
"""The partition's coded articles and rejections as model values, for `newsevents load`."""


def code_partition(
    coder: Coder,
    partition: Partition,
    out: Path,
    *,
    batch_size: int = 32,
    clock: Callable[[], dt.datetime] = utc_now,
    worker: str = "",
) -> ShardResult:
    """Code `partition`, write its shard atomically under `out`, and say what it holds."""
    started = time.perf_counter()
    articles = [r for r in partition.records if isinstance(r, Article)]
    rejected = [r for r in partition.records if isinstance(r, Rejected)]
    coded, failed = code_batch(coder, articles, batch_size)
    rejected += failed
    tmp = new_tmp_folder(out, partition.name)
    try:
        with Store.open(":memory:", clock=clock) as store:
            store.add_coded(coded)
            store.add_rejected(rejected)
            rows = export_tables(store, tmp)
        with (tmp / CODED).open("wb") as handle:
            pickle.dump((coded, rejected), handle, protocol=pickle.HIGHEST_PROTOCOL)
        publish(tmp, out, partition.name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ShardResult(
        name=partition.name,
        coded=len(coded),
        rejected=len(rejected),
        events=sum(len(c.events) for c in coded),
        rows=rows,
        seconds=round(time.perf_counter() - started, 3),
        worker=worker,
    )
