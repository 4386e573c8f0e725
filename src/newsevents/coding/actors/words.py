"""The words of a text as the actor name tables see them: normalised keys and loose keys.

Normalising is done the same way for dictionary names and for text, so one
entry covers the usual ways a name is written (see `newsevents.coding.actors.tables`):
accents, case and dots; possessive 's; inner apostrophes; the Arabic article.
`loose_key` is the second, spelling-tolerant key for transliterated names.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’`´ʼ]\w+)*")
_APOSTROPHES = "'’`´ʼ"
_APOSTROPHE_RE = re.compile("[" + _APOSTROPHES + "]")
# Arabic article forms folded into the following name ("al-Assad", "Al Thani", "el-Sisi").
_ARTICLES = frozenset({"al", "el"})
_ARTICLE_JOINERS = frozenset({"-", " ", "‐", "–"})
# Loose keys: spelling differences of transliterated names. Digraphs first, then letters.
_LOOSE_DIGRAPHS = (("kh", "k"), ("dh", "d"), ("gh", "g"), ("th", "t"), ("ph", "f"), ("ck", "k"))
_LOOSE_LETTERS = str.maketrans({"q": "k", "c": "k", "g": "k", "w": "v", "j": "y"})
_VOWELS = frozenset("aeiouy")
# The first vowel keeps its kind (a / e-i-y / o-u), every later one is "a": "Gilani" and
# "Colonna" would otherwise both be "kalana", while "Muhammad" and "Mohammed" still agree.
_FIRST_VOWEL_CLASS = {"e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}
_VOWEL_KEYS = frozenset("aiu")
_LOOSE_WORD_MIN = 3  # a word whose loose form is shorter is matched exactly ("The" is not "Thai")


class Word(NamedTuple):
    """One word of the text: its char offsets, lookup key and letter case (a named tuple,
    because thousands are made while the name tables are built)."""

    start: int
    end: int
    key: str
    upper: bool
    capital: bool


def normalise(word: str) -> str:
    """Lower-case, strip accents and dots: the key words are looked up by."""
    if word.isascii():  # the common case, and much cheaper than decomposing
        return word.replace(".", "").lower()
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace(".", "").casefold()


def tokenize(text: str) -> list[Word]:
    """Split `text` into words: possessive "'s" dropped ("Korea's" -> "Korea"), other
    apostrophes removed, and an Arabic article joined to the name after it."""
    words: list[Word] = []
    article: int | None = None  # start of an "al"/"el" waiting for its name
    for match in _WORD_RE.finditer(text):
        raw, end = match.group(), match.end()
        if raw[-2:-1] in _APOSTROPHES and raw[-1] in "sS":
            raw, end = raw[:-2], end - 2
        if not raw.isalnum():
            raw = _APOSTROPHE_RE.sub("", raw)
        key = normalise(raw)
        nxt = text[end : end + 2]
        if key in _ARTICLES and nxt[:1] in _ARTICLE_JOINERS and nxt[1:2].isalpha():
            article = match.start() if article is None else article
            continue
        words.append(
            Word(
                match.start() if article is None else article,
                end,
                key,
                upper=raw.isupper(),
                capital=raw[:1].isupper() or raw[:1].isdigit(),
            )
        )
        article = None
    return words


def loose_key(key: str) -> str:
    """A spelling-tolerant form of a normalised word: kh/dh/gh/th/ph and q/c/g/k, w/v,
    j/y are merged, every run of vowels becomes "a" (the first keeps its kind: a, e/i/y or
    o/u), doubled letters one and a final
    "h" after a vowel is dropped, so
    "zelenskyy", "zelenskiy" and "zelensky" (or "qaddafi", "kadhafi", "gaddafi") agree.
    A word whose loose form would be shorter than three letters stays as it is: "the"
    and "thai" both loosen to "ta", and "The army" is not the Thai army."""
    original = key
    for digraph, letter in _LOOSE_DIGRAPHS:
        key = key.replace(digraph, letter)
    key = key.translate(_LOOSE_LETTERS)
    out: list[str] = []
    seen_vowel = False
    for char in key:
        if char in _VOWELS:
            if out and out[-1] in _VOWEL_KEYS:
                continue  # the rest of a vowel run
            char = "a" if seen_vowel else _FIRST_VOWEL_CLASS.get(char, "a")
            seen_vowel = True
        if not out or out[-1] != char:
            out.append(char)
    if len(out) > 2 and out[-1] == "h" and out[-2] == "a":
        out.pop()  # final -ah/-a (Sunnah/Sunna, Abdullah/Abdulla)
    loose = "".join(out)
    return loose if len(loose) >= _LOOSE_WORD_MIN else original  # "the" = "thai" otherwise


def plural_of(key: str) -> str:
    """The English plural of a role or demonym key ("soldier" -> "soldiers", "man" -> "men")."""
    if key.endswith("man"):
        return key[:-3] + "men"
    if key.endswith("y") and len(key) > 2 and key[-2] not in "aeiou":
        return key[:-1] + "ies"
    if key.endswith(("s", "sh", "ch", "x")):
        return key + "es"
    return key + "s"
