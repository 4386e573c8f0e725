"""What the event-class tests share: coding one text of our own on a fixed story day, and
reading the codes and dyads of what was coded."""

from __future__ import annotations

import datetime as dt

from newsevents.model import Event
from newsevents.pipeline import Pipeline

# The story day of the class tests: office-holders and relative dates read against it.
STORY_DAY = dt.date(2023, 6, 1)


def events_of(pipeline: Pipeline, text: str) -> list[Event]:
    """The events coded in `text`, published on `STORY_DAY`."""
    return list(pipeline.code_text(text, STORY_DAY).events)


def dyads_of(found: list[Event], prefix: str) -> list[tuple[str, str]]:
    """(source code, target code) of the events whose CAMEO code starts with `prefix` (a root
    such as "19" or a code such as "112"), in order; "" for an actor not coded."""
    return [
        (e.source.code if e.source else "", e.target.code if e.target else "")
        for e in found
        if e.cameo.code.startswith(prefix)
    ]


def codes_of(pipeline: Pipeline, text: str) -> list[str]:
    """The CAMEO codes of those events, in text order."""
    return [e.cameo.code for e in events_of(pipeline, text)]
