"""Coders for the batch tests, importable by Dask workers (pickled by reference).

`shared_pipeline` loads the real pipeline once per process, so in-process
workers of several tests share it. `CrashOnce` is fault injection: its coder
kills its own worker process (`os._exit`) the first time it is asked to code,
leaving a marker file so that the retried task on the restarted worker goes on.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsevents.batch.local import Coder
from newsevents.model import Article, CodedArticle
from newsevents.pipeline import Pipeline


@functools.cache
def shared_pipeline() -> Pipeline:
    return Pipeline.load()


@dataclass(frozen=True)
class CrashOnce:
    """A loader whose coder dies mid-partition on its first call (marked by `marker`)."""

    marker: Path

    def __call__(self) -> Coder:
        return _CrashingCoder(self.marker, Pipeline.load())


@dataclass(frozen=True)
class _CrashingCoder:
    marker: Path
    inner: Pipeline

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int | None = None
    ) -> Iterator[CodedArticle]:
        if not self.marker.exists():
            self.marker.write_text(str(os.getpid()), encoding="utf-8")
            os._exit(17)
        return self.inner.code_many(articles, batch_size=batch_size)
