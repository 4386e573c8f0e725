"""What the event-class tests share: coding one text of our own on a fixed story day."""

from __future__ import annotations

import datetime as dt

from newsevents.model import Event
from newsevents.pipeline import Pipeline

# The story day of the class tests: office-holders and relative dates read against it.
STORY_DAY = dt.date(2023, 6, 1)


def events_of(pipeline: Pipeline, text: str) -> list[Event]:
    """The events coded in `text`, published on `STORY_DAY`."""
    return list(pipeline.code_text(text, STORY_DAY).events)


def codes_of(pipeline: Pipeline, text: str) -> list[str]:
    """The CAMEO codes of those events, in text order."""
    return [e.cameo.code for e in events_of(pipeline, text)]
