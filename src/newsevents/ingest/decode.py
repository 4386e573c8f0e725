"""Decoding a file's bytes: BOMs, UTF-16/32, UTF-8 with a few bad bytes, else a detector.

Why per file and counted: one stray byte in a UTF-8 file used to turn the whole
file into Latin-1 mojibake. Now a file that is UTF-8 but for a few bytes keeps
UTF-8 and the bad bytes become U+FFFD (counted in `Decoded.replaced`); only a
file that is clearly not UTF-8 goes to `charset-normalizer`, a maintained
detector. A byte-order mark decides UTF-8/16/32 outright, so UTF-16 text is no
longer mistaken for binary because of its NUL bytes.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from newsevents.errors import RecordError
from newsevents.ingest.clean import clean_counted

MAX_BAD_BYTE_RATIO = 0.01  # more undecodable UTF-8 bytes than this: try a detector
MAX_CONTROL_RATIO = 0.01  # more control characters than this: binary

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used and how many characters were replaced or removed."""

    text: str
    encoding: str
    replaced: int


def decode(data: bytes, origin: str) -> Decoded:
    """Decode `data` (see the module docstring); raise `RecordError` for binary data."""
    encoding = _bom_encoding(data)
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise RecordError(origin, "binary data (NUL bytes): not a text file")
        encoding = _guess(data)
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if _control_ratio(text) > MAX_CONTROL_RATIO + bad / max(len(text), 1):
        raise RecordError(origin, "binary data (control characters): not a text file")
    text, removed = clean_counted(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, encoding, bad + removed)


def decode_bytes(data: bytes, origin: str) -> str:
    """The text of `data` (see `decode`)."""
    return decode(data, origin).text


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _guess(data: bytes) -> str:
    """UTF-8 unless more than a few bytes are invalid; then the detector's best guess."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if bad <= max(1, MAX_BAD_BYTE_RATIO * len(data)):
        return "utf-8"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else "latin-1"


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(sample)
