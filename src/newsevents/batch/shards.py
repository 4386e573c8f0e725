"""Batch output on disk: one Parquet shard per partition and a manifest of finished ones.

Layout of an output folder::

    OUT/manifest.jsonl                     one JSON line per finished partition
    OUT/shards/part-000042-1a2b3c4d5e6f/   articles.parquet, events.parquet, ...
    OUT/shards/.tmp-part-...-UUID/         a shard being written (never read)

Why this shape: a shard is written into a temporary folder and renamed into
place, and a rename is atomic, so a shard folder either holds a whole partition
or does not exist; a worker killed half-way leaves only a `.tmp-` folder. The
shard's name carries a hash of its records' ids, so a re-run with the same
input and partition size finds the same names, skips them (resume) and writes
nothing twice. The manifest, appended by the one driver process, records counts
for the summary; the shard folders remain the truth if the two disagree.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsevents.model import Article, Rejected

SHARDS = "shards"
MANIFEST = "manifest.jsonl"
TMP_PREFIX = ".tmp-"


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: its position in the input, its records and its shard name."""

    index: int
    records: tuple[Article | Rejected, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}-{partition_key(self.records)}"


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What a finished partition wrote (one manifest line)."""

    name: str
    coded: int
    rejected: int
    events: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    worker: str = ""


def partition_key(records: Sequence[Article | Rejected]) -> str:
    """A short content hash of a partition's record ids (articles) and origins (rejected)."""
    digest = hashlib.blake2b(digest_size=6)
    for record in records:
        if isinstance(record, Article):
            key = record.article_id
        else:
            key = f"{record.origin}\x1f{record.reason}"
        digest.update(key.encode("utf-8") + b"\x1e")
    return digest.hexdigest()


def shard_root(out: Path) -> Path:
    return out / SHARDS


def finished_shards(out: Path) -> dict[str, Path]:
    """Every complete shard folder under `out`, by name (temporary folders excluded)."""
    root = shard_root(out)
    if not root.is_dir():
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and p.name.startswith("part-")}


def new_tmp_folder(out: Path, name: str) -> Path:
    """A fresh temporary folder for writing shard `name` (unique per attempt)."""
    folder = shard_root(out) / f"{TMP_PREFIX}{name}-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    return folder


def publish(tmp: Path, out: Path, name: str) -> Path:
    """Rename a written temporary folder into place; if another attempt won, keep theirs.

    Both attempts coded the same records to the same content-hash rows, so
    whichever landed first is as good as this one.
    """
    final = shard_root(out) / name
    try:
        os.rename(tmp, final)
    except OSError:
        if not final.is_dir():
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def remove_stale_tmp(out: Path) -> int:
    """Delete temporary folders left by killed attempts; return how many."""
    root = shard_root(out)
    if not root.is_dir():
        return 0
    stale = [p for p in root.iterdir() if p.name.startswith(TMP_PREFIX)]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return len(stale)


def read_manifest(out: Path) -> dict[str, ShardResult]:
    """The manifest's entries by shard name (a torn last line from a crash is ignored)."""
    path = out / MANIFEST
    if not path.is_file():
        return {}
    entries: dict[str, ShardResult] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
            entries[data["name"]] = ShardResult(**data)
        except (ValueError, TypeError, KeyError):
            continue
    return entries


def append_manifest(out: Path, results: Iterable[ShardResult]) -> None:
    """Append finished partitions to the manifest and flush them to disk."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / MANIFEST).open("a", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(asdict(result), sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
