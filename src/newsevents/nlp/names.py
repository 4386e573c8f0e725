"""Our name matcher: the entity ruler's job done over token texts, without pattern Docs.

Why: spaCy's EntityRuler holds each of our ~41,000 names as a Doc in a
PhraseMatcher; building them creates ~29,000 lexemes and takes ~1.8 s and
~220 MB at every start. The ruler only compares token texts (ORTH), so a dict
keyed by the tuple of a name's token texts answers the same question, built
from cached token lists in a few milliseconds and held in a few MB.

It reproduces exactly what ``entity_ruler`` with ``overwrite_ents=True,
phrase_matcher_attr="ORTH"`` placed after ``ner`` does (spaCy 3.8,
``spacy/pipeline/entityruler.py``, ``matcher/phrasematcher.pyx``):

- every (label, start, end) whose tokens spell a name, found in the
  PhraseMatcher's order: by start, then end, then the labels of one name in
  the order of the PhraseMatcher's terminal hash map (`_terminal_order`);
- the ruler's own de-duplication through a Python ``set`` and its sort by
  (length, -start), longest first, then earliest; two labels on the very same
  span keep the set's order, which is why the input order must be the same;
- a match is kept unless a token of it is already taken by a kept match; NER
  entities overlapping a kept match are dropped, the others stay.

`tests/nlp/test_names.py` checks this against a real EntityRuler.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

COMPONENT = "newsevents_names"
_EMPTY_KEY, _DELETED_KEY = 0, 1  # preshed's reserved keys


@dataclass(frozen=True)
class NameTable:
    """Names by their token texts, each with its labels in the ruler's order.

    `longest` maps a first token to the most tokens a name starting with it
    has, so a text token that starts no name costs one dict look-up.
    """

    labels: dict[tuple[str, ...], tuple[str, ...]]
    longest: dict[str, int]

    def __len__(self) -> int:
        return len(self.labels)


def build_table(
    entries: Sequence[tuple[str, str]],
    tokens: Sequence[Sequence[str]],
    label_id: Callable[[str], int],
) -> NameTable:
    """The table for (label, phrase) `entries` whose token texts are `tokens`.

    `entries` must be in the order the ruler would have added them; `label_id`
    is the StringStore's id of a label (the PhraseMatcher's match key).
    """
    first_seen: dict[tuple[str, ...], list[str]] = {}
    for (label, _), words in zip(entries, tokens, strict=True):
        if not words:  # the PhraseMatcher skips empty patterns
            continue
        seen = first_seen.setdefault(tuple(words), [])
        if label not in seen:
            seen.append(label)
    labels: dict[tuple[str, ...], tuple[str, ...]] = {}
    longest: dict[str, int] = {}
    orders: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, inserted in first_seen.items():
        order = tuple(inserted)
        if order not in orders:
            ids = [label_id(label) for label in order]
            by_id = dict(zip(ids, order, strict=True))
            orders[order] = tuple(by_id[i] for i in _terminal_order(ids))
        labels[key] = orders[order]
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return NameTable(labels, longest)


def _terminal_order(keys: Sequence[int]) -> list[int]:
    """The order preshed's MapStruct iterates `keys` inserted in this order.

    Open addressing, initial size 8, slot = key & (size - 1), linear probing,
    doubling (re-inserting in cell order) once (filled + 1) * 5 >= size * 3.
    """
    size, cells = 8, [_EMPTY_KEY] * 8
    for key in keys:
        cells, size = _map_set(cells, size, key)
    special = [k for k in (_EMPTY_KEY, _DELETED_KEY) if k in keys]
    return [k for k in cells if k not in (_EMPTY_KEY, _DELETED_KEY)] + special


def _map_set(cells: list[int], size: int, key: int) -> tuple[list[int], int]:
    if key in (_EMPTY_KEY, _DELETED_KEY):
        return cells, size  # held beside the cells, iterated last
    i = key & (size - 1)
    while cells[i] not in (_EMPTY_KEY, key):
        i = (i + 1) & (size - 1)
    cells[i] = key
    filled = sum(1 for k in cells if k != _EMPTY_KEY)
    if (filled + 1) * 5 >= size * 3:
        old, size = cells, size * 2
        cells = [_EMPTY_KEY] * size
        for k in old:
            if k != _EMPTY_KEY:
                cells, size = _map_set(cells, size, k)
    return cells, size


class NameMatcher:
    """A spaCy pipeline component labelling the names of a `NameTable` (see module doc)."""

    def __init__(self, nlp: Any, name: str = COMPONENT, *, overwrite_ents: bool = True) -> None:
        self.name = name
        self.overwrite = overwrite_ents
        self._strings = nlp.vocab.strings
        self._ids: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._longest: dict[str, int] = {}
        self._words: frozenset[str] = frozenset()

    def set_table(self, table: NameTable) -> None:
        """Match the names of `table` from now on (label strings become StringStore ids)."""
        ids = {label: int(self._strings.add(label)) for v in table.labels.values() for label in v}
        self._ids = {k: tuple(ids[label] for label in v) for k, v in table.labels.items()}
        self._longest = dict(table.longest)
        self._words = frozenset(word for key in table.labels for word in key)

    def knows_word(self, word: str) -> bool:
        """Whether `word` (case-sensitive) is part of a name of the table: such words keep
        their capital when a headline is read in sentence case (`headline`)."""
        return word in self._words

    def __len__(self) -> int:
        return len(self._ids)

    def __call__(self, doc: Any) -> Any:
        self._set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Any) -> list[tuple[int, int, int]]:
        """(label id, start, end) of every name, in the order the ruler keeps them."""
        words = [token.text for token in doc]
        found: list[tuple[int, int, int]] = []
        for start, word in enumerate(words):
            most = self._longest.get(word)
            if most is None:
                continue
            for end in range(start + 1, min(start + most, len(words)) + 1):
                ids = self._ids.get(tuple(words[start:end]))
                if ids:
                    found.extend((label, start, end) for label in ids)
        unique = set(found)  # as the ruler does: the set's order decides ties
        return sorted(unique, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def _set_annotations(self, doc: Any, matches: list[tuple[int, int, int]]) -> None:
        from spacy.tokens import Span

        entities = list(doc.ents)
        new_entities = []
        seen_tokens: set[int] = set()
        for label, start, end in matches:
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                new_entities.append(Span(doc, start, end, label=label))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen_tokens.update(range(start, end))
        doc.ents = entities + new_entities


def register_component() -> None:
    """Register the `newsevents_names` factory with spaCy, once per process."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(
            COMPONENT, default_config={"overwrite_ents": True}, func=_make_name_matcher
        )


def _make_name_matcher(nlp: Any, name: str, overwrite_ents: bool) -> NameMatcher:
    return NameMatcher(nlp, name, overwrite_ents=overwrite_ents)
