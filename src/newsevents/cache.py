"""A folder of tables derived from packaged data, so a start does not rebuild them.

Why: the name matcher's tokenised names, the gazetteer's index and the actor
tables are pure functions of files that change only with a new release (or a
user's own dictionary). Building them costs seconds at every start; reading a
pickle of the finished plain data (dicts, tuples, strings) costs a fraction.

Each entry is a file named after what it holds and a hash of everything it
was built from (the source bytes, the package version, the format, the code
that builds it); a changed source gives a new name, so a stale entry is never read. A missing,
unreadable or foreign entry is rebuilt; a folder that cannot be written is
simply not used. The files are our own output, read back by the same
version: do not put files from an untrusted source in the cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_FORMAT = "2"
KEEP_PER_NAME = 4  # entries of one name kept (other settings, versions, checkouts)
# What reading a torn or foreign pickle raises: a cache miss, not an error.
_UNREADABLE = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    ValueError,
    TypeError,
    AttributeError,
    ImportError,
    IndexError,
)


def default_cache_dir(env: dict[str, str] | None = None) -> Path:
    """``$NEWSEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsevents``, else ~/.cache/newsevents."""
    values = dict(os.environ) if env is None else env
    if values.get("NEWSEVENTS_CACHE_DIR"):
        return Path(values["NEWSEVENTS_CACHE_DIR"])
    base = values.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def content_key(parts: Iterable[str | bytes]) -> str:
    """A hash of the cache format, newsevents' version and every part, in order."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("newsevents")
    except PackageNotFoundError:  # running from a source tree that is not installed
        own = "source"
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{CACHE_FORMAT}\x1f{own}".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def module_sources(*modules: ModuleType) -> list[bytes]:
    """The source of the modules that build a cached value: part of its key, so that
    editing the code (in a checkout, where the version does not change) rebuilds it."""
    return [Path(str(module.__file__)).read_bytes() for module in modules]


def cached(
    cache_dir: Path | None,
    name: str,
    key: str,
    build: Callable[[], T],
    valid: Callable[[Any], bool],
) -> T:
    """The value stored as `name-key.pickle` in `cache_dir`, else `build()` (then stored).

    `valid` checks what was read has the expected shape; anything else (a torn
    file, a pickle from another program) is rebuilt and overwritten.
    """
    if cache_dir is None:
        return build()
    path = cache_dir / f"{name}-{key}.pickle"
    found = _read(path)
    if found is not None and valid(found):
        return found  # type: ignore[no-any-return]
    value = build()
    _write(path, value)
    _prune(cache_dir, name)
    return value


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own file, see the module docstring
    except _UNREADABLE:
        return None


def _write(path: Path, value: object) -> None:
    """Write atomically (temp file, then rename); an unwritable cache folder is not an error."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _prune(cache_dir: Path, name: str, keep: int = KEEP_PER_NAME) -> None:
    """Delete all but the `keep` newest entries of `name`: every edit of a source (or of
    the code, in a checkout) makes a new one, and the gazetteer's is ~27 MB."""
    with contextlib.suppress(OSError):
        entries = sorted(
            cache_dir.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
