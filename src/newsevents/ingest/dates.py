"""Publication dates from headers, JSON fields and the command line.

Why strict about completeness but liberal about form: the publication date is
the anchor every relative expression ("yesterday", "on Monday") is resolved
against, so a guessed day would silently shift every event. Any common form is
accepted ("12:00 AM, June 17, 2020", "June 17, 2020", "2020-06-17", RFC 822),
but day, month and year must all be present, and relative phrases ("next
Tuesday") are refused.
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.errors import RecordError

_PUBLISHED_PREFIX = re.compile(r"^\s*(?:first\s+)?published\s*(?:on|at|:)?\s*", re.IGNORECASE)
PUBLISHED_LINE = re.compile(r"^\s*(?:first\s+)?published\b", re.IGNORECASE)


def parse_date(value: str) -> dt.date | None:
    """Parse a complete calendar date in any common English form, or return None."""
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # heavy import, only when a non-ISO date is met

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed is not None else None


def require_date(value: str, origin: str) -> dt.date:
    """Parse `value` or raise a `RecordError` that quotes it."""
    parsed = parse_date(value)
    if parsed is None:
        raise RecordError(origin, f"unparseable date {value.strip()[:60]!r}")
    return parsed


def parse_published_line(line: str, origin: str) -> dt.date:
    """The date of a seed-style header line ("Published on 12:00 AM, June 17, 2020")."""
    return require_date(_PUBLISHED_PREFIX.sub("", line, count=1), origin)
