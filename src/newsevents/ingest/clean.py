"""Cleaning decoded text: lone surrogates, NUL and control characters.

Why at the door: a lone surrogate (``"\\ud800"`` in a JSON string) cannot be
encoded as UTF-8, so it would crash the id hash, the store and the terminal far
downstream; NUL and control characters (ESC of terminal escape sequences
included) carry no prose and can rewrite a user's terminal when printed. Every
string that comes from input (text, title, url, origin, reason) passes through
`clean_text` before it becomes part of an `Article` or a `Rejected` record.
"""

from __future__ import annotations

import re

# C0 controls except tab, newline, carriage return and form feed; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD and control characters removed."""
    return clean_counted(text)[0]


def clean_counted(text: str) -> tuple[str, int]:
    """`clean_text` and how many characters it replaced or removed."""
    text, surrogates = _SURROGATE.subn(REPLACEMENT, text)
    text, controls = _CONTROL.subn("", text)
    return text, surrogates + controls


def clean_optional(value: str | None) -> str | None:
    """`clean_text` for optional metadata fields (None stays None)."""
    return None if value is None else clean_text(value)


def replaced_count(*texts: str | None) -> int:
    """How many characters of `texts` are U+FFFD: bytes that could not be decoded (and lone
    surrogates) replaced at the door, or replaced before the text reached us. Stored per
    article so a user can find the texts whose encoding was repaired."""
    return sum(t.count(REPLACEMENT) for t in texts if t)
