"""What every export shares: refusing to overwrite without `force`, and plain cell values."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.errors import StoreError


def prepare_output(folder: Path, names: Sequence[str], *, force: bool = False) -> None:
    """Create `folder`; refuse (naming `--force`) when any of `names` is already in it."""
    existing = [name for name in names if (folder / name).exists()]
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder} exists and is not a folder: give a folder to export into")
    if existing and not force:
        raise StoreError(f"{folder} already holds {', '.join(existing)}: use --force to overwrite")
    folder.mkdir(parents=True, exist_ok=True)


def prepare_file(path: Path, *, force: bool = False) -> None:
    """Create `path`'s folder; refuse (naming `--force`) when `path` exists."""
    if path.exists() and not force:
        raise StoreError(f"{path} already exists: use --force to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True)


def cell(value: Any) -> Any:
    """A value as written to a tab-separated file: missing -> "", no tabs or newlines inside."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if value != value:  # pandas NaT / NA
        return ""
    return value
