"""The spelling-tolerant name table: transliterations meet, lookalike words do not.

"Zelensky", "Zelenskiy" and "Zelenskyy" (or "Gaddafi", "Qaddafi", "Kadhafi") are one name
written several ways; their loose keys (`words.loose_key`) agree, so one dictionary entry
covers them. But a loose key is coarse, and a capitalised common word can share one with a
foreign name ("Committee" and the party Komeito, "Garden" and the senator Cardin). So the
loose table leaves out places and common words, and a loose match must stay close to the
name's own spelling (`close`).
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.coding.actors.candidates import Candidate, Table
from newsevents.coding.actors.words import loose_key

_LOOSE_MIN = 6  # shorter keys collide too often (Iran/Oran, Mali/Male)
# Place names are short and many (Romania/Romano, Moldovan/Maldivian): exact spelling only.
# Common words (role words, titles) never match loosely either: "Policy" is not the police,
# "Marshall" no general, "Refuge" no refugees.
_NO_LOOSE_KINDS = frozenset({"city", "country", "region", "capital", "demonym", "role", "title"})
# A loose match may differ from the name it meets by this share of the name's letters at
# most: "Zelenskiy" / "Zelensky", "Kadhafi" / "Gaddafi" are one name; "Committee" is not
# "Komeito", nor "Garden" "Cardin".
_LOOSE_MAX_EDITS = 0.3


def close(written: str, spelled: str) -> bool:
    """Whether two spellings differ by at most `_LOOSE_MAX_EDITS` of the name's letters."""
    return edits(written, spelled) <= max(1, int(_LOOSE_MAX_EDITS * len(spelled)))


def edits(a: str, b: str) -> int:
    """Levenshtein distance: letters inserted, deleted or replaced to turn a into b."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def loosen(table: Table) -> Table:
    """The loose-key table of names long enough not to collide by accident: acronyms,
    places and common words are left out, and keys whose entries disagree on the code are
    dropped. The fallback only runs for capitalised text, so a misspelt "Katushya" meets
    "Katyusha" while lower-case prose is left alone. Each candidate keeps its spelling, so
    a match far from it is refused (`close`)."""
    loose: dict[tuple[str, ...], list[Candidate]] = {}
    memo: dict[str, str] = {}
    for key, candidates in table.items():
        spelled = "".join(key)
        kept = [
            replace(c, spelled=spelled) for c in candidates if c.entry.kind not in _NO_LOOSE_KINDS
        ]
        if not kept or any(c.acronym for c in kept):
            continue
        loose_words = tuple(memo.get(k) or memo.setdefault(k, loose_key(k)) for k in key)
        if len("".join(loose_words)) >= _LOOSE_MIN:
            loose.setdefault(loose_words, []).extend(kept)
    return {k: v for k, v in loose.items() if len({c.entry.code for c in v}) == 1}
