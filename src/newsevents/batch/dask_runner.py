"""The Dask runner: code partitions of the input on a Dask cluster into Parquet shards.

Why it looks like this:

- One pipeline per worker, loaded once. `PipelinePlugin` is registered with the
  client, so every worker (including one the nanny restarts after a crash) gets
  its own copy; the pipeline is loaded on the worker's first task, in the task
  thread, so the worker's event loop keeps answering heartbeats meanwhile.
- The driver reads the input, cuts it into partitions and keeps only a bounded
  number in flight, so memory stays flat whatever the input size.
- Each task writes its own shard (atomically, see `batch.shards`); the driver
  appends the manifest. A task whose worker dies is rescheduled by Dask; its
  half-written temporary folder is never read and is removed at the end.
- The same code runs on a LocalCluster or on any scheduler address (dask-jobqueue,
  dask-kubernetes, a cloud cluster): the output folder must be visible to every
  worker (a shared filesystem).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from newsevents.batch.local import Coder
from newsevents.batch.partition import code_partition
from newsevents.batch.shards import (
    Partition,
    ShardResult,
    append_manifest,
    finished_shards,
    read_manifest,
    remove_stale_tmp,
)
from newsevents.config import Settings
from newsevents.model import Article, Rejected

if TYPE_CHECKING:
    from distributed import Client

PLUGIN_NAME = "newsevents-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Holds one coder per worker, made by `loader` on first use (thread-safe)."""

    name = PLUGIN_NAME

    def __init__(self, loader: Callable[[], Coder]) -> None:
        self.loader = loader
        self._coder: Coder | None = None
        self._lock: threading.Lock | None = None

    def setup(self, worker: Any) -> None:  # noqa: ARG002 - the plugin protocol's signature
        self._lock = threading.Lock()

    def teardown(self, worker: Any) -> None:  # noqa: ARG002
        self._coder = None

    @contextmanager
    def coder(self) -> Iterator[Coder]:
        """The worker's coder, held for one task (a pipeline is not shared between threads)."""
        lock = self._lock or threading.Lock()
        self._lock = lock
        with lock:
            if self._coder is None:
                self._coder = self.loader()
            yield self._coder


def pipeline_loader(settings: Settings) -> Callable[[], Coder]:
    """The default loader: the full pipeline with these settings (picklable)."""
    from newsevents.pipeline import Pipeline

    return functools.partial(Pipeline.load, settings)


def run_partition_task(partition: Partition, out: str, batch_size: int) -> ShardResult:
    """The Dask task: code one partition with this worker's pipeline."""
    from distributed import get_worker

    worker = get_worker()
    plugin = worker.plugins[PLUGIN_NAME]
    if not isinstance(plugin, PipelinePlugin):
        raise TypeError(f"worker plugin {PLUGIN_NAME!r} is a {type(plugin).__name__}")
    with plugin.coder() as coder:
        return code_partition(
            coder, partition, Path(out), batch_size=batch_size, worker=str(worker.address)
        )


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did: partitions written now, and those found done before."""

    written: list[ShardResult] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0

    @property
    def coded(self) -> int:
        return sum(r.coded for r in self.written)

    @property
    def rejected(self) -> int:
        return sum(r.rejected for r in self.written)

    @property
    def events(self) -> int:
        return sum(r.events for r in self.written)

    def text(self) -> str:
        rate = self.coded / self.seconds if self.seconds > 0 else 0.0
        return (
            f"partitions: {len(self.written)} written, {self.skipped} already done\n"
            f"records: {self.coded} coded + {self.rejected} rejected; events: {self.events}\n"
            f"time: {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


def partitions(records: Iterable[Article | Rejected], size: int) -> Iterator[Partition]:
    """Cut the records into partitions of `size`, in input order (the last may be short)."""
    chunk: list[Article | Rejected] = []
    index = 0
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield Partition(index, tuple(chunk))
            chunk, index = [], index + 1
    if chunk:
        yield Partition(index, tuple(chunk))


def run_batch(
    records: Iterable[Article | Rejected],
    out: Path,
    client: Client,
    *,
    partition_size: int = 500,
    batch_size: int = 32,
    loader: Callable[[], Coder] | None = None,
    settings: Settings | None = None,
    on_done: Callable[[ShardResult], None] | None = None,
    register: bool = True,
) -> BatchSummary:
    """Code `records` on the cluster behind `client` into shards under `out`.

    Partitions whose shard already exists are skipped (resume). `loader` makes
    each worker's coder (default: `Pipeline.load(settings)`); with `register`
    false, the caller has registered a `PipelinePlugin` already (and may have
    warmed it: registering again replaces the workers' loaded pipelines).
    """

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    if register:
        client.register_plugin(PipelinePlugin(loader or pipeline_loader(settings or Settings())))
    done = set(finished_shards(out))
    summary = BatchSummary()
    todo = _todo(partitions(records, partition_size), done, summary)
    _run_window(client, todo, out, batch_size, summary, on_done)
    remove_stale_tmp(out)
    _backfill_manifest(out)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_window(
    client: Client,
    todo: Iterator[Partition],
    out: Path,
    batch_size: int,
    summary: BatchSummary,
    on_done: Callable[[ShardResult], None] | None,
) -> None:
    """Keep at most two partitions per worker in flight, so the driver's memory stays flat;
    each finished shard is recorded in the manifest as soon as it is written."""
    from distributed import as_completed

    window = max(2, 2 * len(client.scheduler_info().get("workers", {})))

    def submit(partition: Partition) -> Any:
        return client.submit(
            run_partition_task, partition, str(out), batch_size,
            key=f"newsevents-{partition.name}", pure=False,
        )  # fmt: skip

    running = as_completed([submit(p) for p in _take(todo, window)])  # type: ignore[no-untyped-call]
    for future in running:
        result: ShardResult = future.result()
        future.release()
        append_manifest(out, [result])
        summary.written.append(result)
        if on_done is not None:
            on_done(result)
        for partition in _take(todo, 1):
            running.add(submit(partition))  # type: ignore[no-untyped-call]


def _todo(
    all_partitions: Iterator[Partition], done: set[str], summary: BatchSummary
) -> Iterator[Partition]:
    for partition in all_partitions:
        if partition.name in done:
            summary.skipped += 1
        else:
            yield partition


def _take(items: Iterator[Partition], n: int) -> list[Partition]:
    taken: list[Partition] = []
    for item in items:
        taken.append(item)
        if len(taken) >= n:
            break
    return taken


def _backfill_manifest(out: Path) -> None:
    """List shards that landed but missed the manifest (driver killed between the two)."""
    listed = read_manifest(out)
    missing = [name for name in finished_shards(out) if name not in listed]
    append_manifest(out, [ShardResult(name, -1, -1, -1) for name in missing])


@contextmanager
def open_client(
    *, workers: int | None = None, scheduler: str | None = None, processes: bool = True
) -> Iterator[Client]:
    """A client of `scheduler`, or of a new LocalCluster of `workers` single-thread workers.

    The LocalCluster binds 127.0.0.1 only (in-process workers use no network at all);
    its dashboard takes a free port on 127.0.0.1.
    """
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    network = {"host": "127.0.0.1"} if processes else {}
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=processes,
            dashboard_address="127.0.0.1:0",
            **network,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
