"""The actor dictionary and its compiled name tables, kept in the cache folder.

Why: parsing and validating ~4,000 YAML entries and compiling their name
tables costs about 0.9 s of CPU at every start; reading them back from a
pickle costs about 0.15 s. The cache key (`newsevents.cache`) covers every
YAML file read (packaged and the user's own, in order), the package version,
and the source of the modules whose objects the pickle holds or that build
them, so neither an edited dictionary nor an edited class reads an old entry.
A user file that cannot be read is left to `ActorDictionary.load` to report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.cache import cached, content_key, module_sources
from newsevents.coding.actors import candidates as candidates_module
from newsevents.coding.actors import dictionary as dictionary_module
from newsevents.coding.actors import loose as loose_module
from newsevents.coding.actors import tables as tables_module
from newsevents.coding.actors import words as words_module
from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary, _packaged_sources
from newsevents.coding.actors.tables import NameTable

_BUILDERS = (dictionary_module, candidates_module, loose_module, tables_module, words_module)


def load_actors(extra_paths: Sequence[Path], cache_dir: Path | None) -> ActorCoder:
    """An `ActorCoder` over the packaged dictionaries and `extra_paths`, cached in `cache_dir`."""
    try:
        user = [Path(p).read_bytes() for p in extra_paths]
    except OSError:
        user = None
    if cache_dir is None or user is None:
        return ActorCoder(ActorDictionary.load(extra_paths))
    code = module_sources(*_BUILDERS)
    packaged = [name.encode() + b"\0" + raw for name, raw in _packaged_sources()]
    key = content_key(["actors", *code, *packaged, *user])

    def build() -> tuple[ActorDictionary, NameTable]:
        coder = ActorCoder(ActorDictionary.load(extra_paths))
        return coder.dictionary, coder.table

    dictionary, table = cached(cache_dir, "actors", key, build, _is_actors)
    return ActorCoder(dictionary, table)


def _is_actors(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], ActorDictionary)
        and isinstance(value[1], NameTable)
    )
