"""Opening the store to read from the command line, beside a writer if need be.

The reading commands (`events`, `explain`, `counts`, `export`) share this so
each says the same thing when it reads a snapshot: a one-line note on stderr
naming the moment the snapshot shows, while stdout stays the data alone.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.cli.sanitise import terminal_safe

if TYPE_CHECKING:
    from newsevents.store import Store


def open_reader(db: Path) -> Store:
    """The store at `db` read-only, or the snapshot beside it while a writer holds it."""
    from newsevents.store.reading import open_for_reading

    store = open_for_reading(db)
    if store.note is not None:
        print(f"note: {terminal_safe(store.note)}", file=sys.stderr)
    return store
