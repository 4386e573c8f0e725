"""Typed filters over stored events, turned into parameterised SQL."""

from newsevents.errors import FilterError
from newsevents.query.filters import EventFilter, select_events, where_clause

__all__ = ["EventFilter", "FilterError", "select_events", "where_clause"]
