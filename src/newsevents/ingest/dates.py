"""Publication dates from headers, JSON fields and the command line.

Why strict about completeness but liberal about form: the publication date is
the anchor every relative expression ("yesterday", "on Monday") is resolved
against, so a guessed day would silently shift every event. Any common form is
accepted ("12:00 AM, June 17, 2020", "June 17, 2020", "2020-06-17", RFC 822),
but day, month and year must all be present, and relative phrases ("next
Tuesday", "yesterday", "3 days ago") are refused: they would be resolved
against the wall clock, and a re-run on another day would give other dates.
An ISO date must be the whole value ("2020-01-01' OR 1=1" is not a date).
Publication dates outside `EARLIEST`..`LATEST` are refused with that reason,
since relative expressions in the text could not be resolved around them.
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.errors import RecordError

_PUBLISHED_PREFIX = re.compile(r"^\s*(?:first\s+)?published\s*(?:on|at|:)?\s*", re.IGNORECASE)
PUBLISHED_LINE = re.compile(r"^\s*(?:first\s+)?published\b", re.IGNORECASE)
_ISO = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_RELATIVE = re.compile(
    r"\b(?:ago|yesterday|today|tonight|tomorrow|now|last|next|this|previous|coming|since)\b",
    re.IGNORECASE,
)
EARLIEST = dt.date(1800, 1, 1)
LATEST = dt.date(2199, 12, 31)
_FIXED_BASE = dt.datetime(2000, 1, 1)  # never the wall clock (relative phrases are refused)


def parse_date(value: str) -> dt.date | None:
    """Parse a complete calendar date in any common English form, or return None."""
    text = value.strip()
    if not text or len(text) > 100:
        return None
    iso = _ISO.match(text)
    if iso is not None:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    if _RELATIVE.search(text) or not _YEAR.search(text):
        return None
    import dateparser  # heavy import, only when a non-ISO date is met

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
                "RELATIVE_BASE": _FIXED_BASE,
            },
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def require_date(value: str, origin: str) -> dt.date:
    """Parse `value` or raise a `RecordError` that quotes it."""
    parsed = parse_date(value)
    if parsed is None:
        raise RecordError(
            origin, f"unparseable date {value.strip()[:60]!r} (need an absolute date with a year)"
        )
    check_range(parsed, origin)
    return parsed


def check_range(date: dt.date, origin: str) -> None:
    """Refuse a publication date outside `EARLIEST`..`LATEST` with a clear reason."""
    if not EARLIEST <= date <= LATEST:
        raise RecordError(
            origin,
            f"publication date {date.isoformat()} outside the supported range "
            f"{EARLIEST.isoformat()}..{LATEST.isoformat()}",
        )


def parse_published_line(line: str, origin: str) -> dt.date:
    """The date of a seed-style header line ("Published on 12:00 AM, June 17, 2020")."""
    return require_date(_PUBLISHED_PREFIX.sub("", line, count=1), origin)
