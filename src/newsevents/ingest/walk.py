"""Walking input paths so that every path is accounted for.

Why not `Path.rglob`: it silently skips folders it cannot read, and a symlink
loop either repeats files or is dropped without a word. Here each problem
becomes a `Rejected` record with its reason (unreadable folder, symlink loop,
missing path), and a file reached under two spellings (``a/x.txt`` and
``./a/../a/x.txt``, or through a symlink) is read once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ingest.common import rejected
from newsevents.model import Rejected


def walk(paths: Iterable[Path], known: Iterable[str]) -> Iterator[Path | Rejected]:
    """Files to read (folders expanded, sorted, only `known` suffixes) and path problems."""
    suffixes = tuple(known)
    seen: set[str] = set()
    for path in paths:
        if path.is_symlink() and not path.exists():
            yield _problem(path, "broken symlink or symlink loop")
        elif path.is_dir():
            yield from _walk_dir(path, suffixes, seen, frozenset())
        elif not path.exists():
            yield _problem(path, "no such file or folder")
        elif _first_time(path, seen):
            yield path


def _walk_dir(
    folder: Path, suffixes: tuple[str, ...], seen: set[str], ancestors: frozenset[str]
) -> Iterator[Path | Rejected]:
    real = os.path.realpath(folder)
    if real in ancestors:
        yield _problem(folder, "symlink loop: this folder contains itself")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _problem(folder, f"cannot read folder: {exc.strerror or exc}")
        return
    inside = ancestors | {real}
    for entry in entries:
        child = Path(entry.path)
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and not child.exists():
            yield _problem(child, "broken symlink or symlink loop")
        elif child.is_dir():
            yield from _walk_dir(child, suffixes, seen, inside)
        elif entry.name.lower().endswith(suffixes) and _first_time(child, seen):
            yield child


def _first_time(path: Path, seen: set[str]) -> bool:
    real = os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def _problem(path: Path, reason: str) -> Rejected:
    return rejected(RecordError(str(path), reason))
