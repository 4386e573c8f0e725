"""One exception hierarchy for newsevents.

Every message says what was wrong and, where possible, what to do about it, so
the CLI can print it as it is.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ConfigError(NewsEventsError):
    """A setting is missing or has a value that cannot be used."""


class DictionaryError(NewsEventsError):
    """A dictionary file (actors, verbs, places) does not follow its schema.

    The message names the file, the entry and the field at fault.
    """


class RecordError(NewsEventsError):
    """An input record cannot be coded (empty, binary, not English, bad date...).

    `origin` is ``path`` or ``path:line``; `reason` is a short human sentence.
    The ingest stage turns these into `Rejected` rows and goes on.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ModelError(NewsEventsError):
    """The spaCy model or another packaged resource could not be loaded."""


class StoreError(NewsEventsError):
    """The DuckDB store could not be opened, written or queried."""


class FilterError(NewsEventsError):
    """A filter value cannot be used (bad code, negative limit, unknown modality...)."""


class GoldFormatError(NewsEventsError, ValueError):
    """A gold file is missing or a line of it cannot be read; names file and line."""


class TimexGoldError(NewsEventsError):
    """A TIMEX3 gold file is missing or a line cannot be read; the message names file and line."""
