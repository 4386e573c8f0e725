"""Making input-derived text safe to print: terminals, rich tables and spreadsheets.

Why: article text, titles, URLs, origins and rejection reasons come from the
input, which anyone can write. Printed raw, ``ESC[2J`` clears the screen, an
OSC 8 sequence plants a live hyperlink and OSC 0 retitles the window; rich
markup such as ``[/bold]`` crashes a table or ``[link=...]`` becomes a link; a
CSV cell starting with ``=`` runs as a formula when the file is opened in a
spreadsheet. JSON output is left exact: its encoder escapes control characters.

- `terminal_safe`: escape sequences (CSI, OSC, DCS, single ESC), C0/C1
  control characters, bidi overrides and lone surrogates are removed; white
  space runs become one space (one field, one line).
- rich markup is never interpreted: render with `rich.text.Text` (see
  `cli.render`) or print with ``markup=False``.
- `csv_safe`: OWASP CSV-injection guidance: a text cell starting with ``=``
  ``+`` ``-`` ``@``, tab or carriage return is prefixed with ``'``.
"""

from __future__ import annotations

import re
from typing import Any

# ESC [ ... final byte; ESC ] ... BEL or ST; ESC P/X/^/_ ... ST; any other ESC + one char.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b.?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?",
    re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """`text` without escape sequences or control characters, on one line."""
    return _SPACE.sub(" ", _strip(text)).strip()


def terminal_lines(text: str) -> str:
    """Multi-line text without escape sequences or control characters; line breaks and
    indentation kept (for `explain`)."""
    return "\n".join(_strip(line) for line in text.split("\n"))


def _strip(text: str) -> str:
    text = _SURROGATES.sub("\ufffd", text)
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def csv_safe(value: Any) -> Any:
    """A CSV cell value: text starting with a formula character gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
