"""Checks that turn unusable input into a clear `RecordError` instead of noise downstream.

Why here and not in the coder: an empty file, a binary blob or a French article
would still "parse", but every event from it would be garbage. Rejecting them at
the door, with a reason a user can act on, keeps the store clean and lets the
run go on with the next record.

Language detection is offline and deliberately simple (documented rule):
English news prose is roughly 35-50 % function words ("the", "of", "and"...).
A text of at least `MIN_WORDS_FOR_LANGUAGE` words whose share of English stop
words is below `MIN_STOPWORD_RATIO`, or below its share of common German,
French, Spanish, Italian, Dutch or Portuguese function words, is rejected as
"not English"; a text whose
letters are mostly outside the Latin script is rejected whatever its length.
Short texts (headlines, test sentences) are given the benefit of the doubt:
below `MIN_WORDS_FOR_LANGUAGE` words nothing is checked but the script, and
below `MIN_WORDS_FOR_RATIO` words only the comparison with foreign function
words applies, since a 19-word English sentence can hold as few as two English
function words and the share alone means nothing at that length.
"""

from __future__ import annotations

import re

from newsevents.errors import RecordError

MIN_STOPWORD_RATIO = 0.12
MIN_WORDS_FOR_LANGUAGE = 12
MIN_WORDS_FOR_RATIO = 40
MAX_CONTROL_RATIO = 0.01
MIN_LATIN_RATIO = 0.5

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_STOPWORDS = """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own said same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up upon very was we were what when where which
    while who whom why will with would you your yours yourself yourselves says told
"""
ENGLISH_STOPWORDS = frozenset(_STOPWORDS.split())

# Function words of other languages common in news (German, French, Spanish,
# Italian, Dutch, Portuguese), minus those that are also English words.
_FOREIGN = """
    der das und ist nicht mit den dem des ein eine einer sich auf für von zu im bei nach sagte dass
    wurde wird werden sind auch aus als le la les du et est une un dans pour qui sur pas par avec au
    aux ce cette sont été il elle el los las del y que en una por con para es se su al lo como
    más pero sus della di che è per non sono dei delle nel alla het een van dat niet zijn voor
    op aan zei de o os da do das dos em um uma não são ha ont habían hat zur
"""
FOREIGN_STOPWORDS = frozenset(_FOREIGN.split()) - ENGLISH_STOPWORDS


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode a file's bytes as text, rejecting binary data (see `ingest.decode`)."""
    from newsevents.ingest.decode import decode_bytes as _decode

    return _decode(data, origin)


def check_text(text: str, origin: str) -> None:
    """Raise `RecordError` when `text` is empty, binary-looking or not English."""
    if not text.strip():
        raise RecordError(origin, "empty record: no text to code")
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise RecordError(origin, "binary data (control characters) in the text")
    check_english(text, origin)


def check_english(text: str, origin: str) -> None:
    """Apply the documented stop-word / script rule (see the module docstring)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        raise RecordError(origin, "no words in the text")
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if latin / len(letters) < MIN_LATIN_RATIO:
        raise RecordError(origin, "not English: the text is mostly in a non-Latin script")
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return
    ratio = stopword_ratio(words)
    foreign = stopword_ratio(words, FOREIGN_STOPWORDS)
    if foreign > ratio:
        raise RecordError(
            origin,
            f"not English: more non-English function words ({foreign:.0%}) "
            f"than English ones ({ratio:.0%})",
        )
    if ratio < MIN_STOPWORD_RATIO and len(words) >= MIN_WORDS_FOR_RATIO:
        raise RecordError(
            origin,
            f"not English: only {ratio:.0%} of the words are English function words "
            f"(need {MIN_STOPWORD_RATIO:.0%})",
        )


def stopword_ratio(words: list[str], stopwords: frozenset[str] = ENGLISH_STOPWORDS) -> float:
    """Share of `words` (lower-cased) that are in `stopwords` (English by default)."""
    if not words:
        return 0.0
    return sum(1 for w in words if w in stopwords) / len(words)


def excerpt(text: str, limit: int = 200) -> str:
    """A short, printable excerpt of a raw record for the rejected table."""
    clean = "".join(c if c.isprintable() or c in "\n\t" else "\ufffd" for c in text[:limit])
    return " ".join(clean.split())


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(sample)
