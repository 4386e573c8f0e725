"""Read a Title Case headline in sentence case, so the tagger sees its verbs as verbs.

The small English model tags capitalised words as proper nouns: in "Car Bomb Kills 20 in
Baghdad" or "British Airways Rejects Plea", "Kills" and "Rejects" become names and the
headline, often the article's main event, codes nothing. Before parsing, the headline's
capitalised words are lower-cased except its first word, acronyms ("U.S.", "NATO") and
words of the names our dictionaries know ("Baghdad", "British Airways"). Only letter case
changes, so every offset holds, and `parse` copies the original text back into the tokens:
what the reader sees is the article's own spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable

HEADLINE_MAX_WORDS = 16
# Title Case capitalises every longer word; a sentence full of names ("Fans of Whitney
# Houston gathered in Dallas") still has a lower-case verb or noun of five letters or more.
SHORT_WORDS = 4  # words this short ("of", "than", "with") may stay lower case in a title
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline_span(text: str) -> tuple[int, int]:
    """Where the headline is: the first line, or, when the first line runs on into the body
    ("Title. BODY ..."), its first sentence. (0, 0) when the text starts with no headline."""
    line_end = text.find("\n")
    end = len(text) if line_end < 0 else line_end
    if len(WORD.findall(text[:end])) > HEADLINE_MAX_WORDS:
        stop = text.find(". ", 0, end)
        end = stop if stop > 0 else 0
    return (0, end) if 0 < len(WORD.findall(text[:end])) <= HEADLINE_MAX_WORDS else (0, 0)


def is_title_case(headline: str) -> bool:
    words = [w for w in WORD.findall(headline) if len(w) > SHORT_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def sentence_cased(text: str, known_name_word: Callable[[str], bool]) -> str:
    """`text` with its Title Case headline in sentence case (same length, same offsets)."""
    start, end = headline_span(text)
    headline = text[start:end]
    if not headline or not is_title_case(headline):
        return text
    out = list(text)
    for n, m in enumerate(WORD.finditer(headline)):
        word = m.group()
        if n == 0 or not word[0].isupper() or word.isupper() or known_name_word(word):
            continue
        if sum(c.isupper() for c in word) > 1:  # "McDonald", "U.S.-led"
            continue
        out[start + m.start()] = word[0].lower()
    return "".join(out)
