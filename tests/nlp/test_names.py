"""Our name matcher labels exactly what spaCy's EntityRuler would, on the same model.

Both run here for real: a pipeline with spaCy's `entity_ruler` (overwrite_ents,
ORTH phrase patterns, after "ner"), as `load_language` used to build it, and
one with our `newsevents_names` component built from the same patterns; every
entity (span, label, ids) and every token's IOB tag must agree.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from newsevents.model import EntityPattern
from newsevents.nlp import load_language
from newsevents.nlp.names import _terminal_order

pytestmark = pytest.mark.model

# Labels of one name beyond the PhraseMatcher's first hash-map size (8 cells):
# they force the map to grow, and custom labels hash anywhere in it.
MANY_LABELS = ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "EVENT", "LAW", "ZZ_ONE", "AA_TWO")

ENTRIES = sorted(
    {
        ("GPE", "New York"),
        ("GPE", "New York City"),
        ("ORG", "New York Times"),
        ("ORG", "City Council"),
        ("GPE", "York"),
        ("PERSON", "Lee Min"),
        ("ORG", "Min Ho"),
        ("GPE", "Europe"),
        ("LOC", "Europe"),
        ("GPE", "Brussels"),
        ("ORG", "Brussels"),
        ("NORP", "Gulf"),
        ("GPE", "Gulf"),
        ("GPE", "Mobile"),
        ("PERSON", "Moon Jae-in"),
        ("GPE", "U.S."),
        ("ORG", "Korean People's Army"),
        ("GPE", "Port-au-Prince"),
        ("GPE", "Bonaire, Saint Eustatius and Saba "),
        ("GPE", "St. Louis"),
        ("PERSON", "Barack"),
        ("GPE", "Kaesong"),
        ("ORG", "Kaesong Industrial Complex"),
        ("PERSON", "Kim Jong Un"),
        ("GPE", "Georgia"),
        *((label, "Zorland") for label in MANY_LABELS),
    }
)

SENTENCES = [
    "The New York City Council met the New York Times in New York on Monday.",
    "Lee Min Ho arrived; Min Ho and Lee Min left. York!",
    "Europe and Brussels disagree with the Gulf states about Zorland.",
    "Mobile officials banned mobile phones in Mobile, Alabama.",
    "Moon Jae-in told the U.S. that the Korean People's Army is near Kaesong.",
    "Flights from Port-au-Prince to St. Louis and Bonaire, Saint Eustatius and Saba resumed.",
    "Barack Obama met Kim Jong Un at the Kaesong Industrial Complex in Georgia.",
    "Zorland",
    "",
    "   \n  ",
    "NEW YORK (AP) - new york is not New  York, but New York is.\n\nGeorgia Georgia Georgia",
    "Kaesong Kaesong Industrial Complex Industrial Complex Kaesong",
]


def ruler_pipeline(entries: list[tuple[str, str]], *, overwrite: bool) -> Any:
    """The model with spaCy's own EntityRuler, as `load_language` built it before."""
    nlp = load_language([])
    ruler = nlp.add_pipe(
        "entity_ruler",
        after="ner",
        config={"overwrite_ents": overwrite, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in entries])
    return nlp


def ents(nlp: Any, texts: list[str]) -> list[Any]:
    """Every entity with its ids, and every token's IOB tag and type, per text."""
    return [
        (
            [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in doc.ents],
            [(t.ent_iob_, t.ent_type_) for t in doc],
        )
        for doc in nlp.pipe(texts)
    ]


@pytest.fixture(scope="module")
def ruler() -> Any:
    return ruler_pipeline(ENTRIES, overwrite=True)


@pytest.fixture(scope="module")
def ours() -> Any:
    return load_language([EntityPattern(label, phrase) for label, phrase in ENTRIES])


def random_texts(seed: int, n: int) -> list[str]:
    """Texts strung from names, their pieces, other cases and punctuation, overlapping often."""
    rng = random.Random(seed)
    pieces = [phrase for _, phrase in ENTRIES]
    pieces += [w for p in pieces for w in p.split()] + [p.lower() for p in pieces]
    pieces += [",", ".", "'s", "-", "(", ")", "said", "the", "\n", "and"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_hand_written_sentences_get_the_ruler_entities(ruler: Any, ours: Any) -> None:
    assert "entity_ruler" not in ours.pipe_names
    assert ents(ours, SENTENCES) == ents(ruler, SENTENCES)


def test_random_overlapping_names_get_the_ruler_entities(ruler: Any, ours: Any) -> None:
    texts = random_texts(11, 400)
    assert ents(ours, texts) == ents(ruler, texts)


def test_the_sentences_cover_the_hard_cases(ours: Any) -> None:
    """Guards the test data: nesting, equal-length overlaps, cut NER entities, two labels."""
    found = [[(e.text, e.label_) for e in ours(text).ents] for text in SENTENCES]
    assert ("New York City", "GPE") in found[0]  # the longest of three nested names
    assert ("Lee Min", "PERSON") in found[1]  # the earlier of two overlapping 2-token names
    assert ("Barack", "PERSON") in found[6]  # the NER's "Barack Obama" gave way
    assert ("Mobile", "GPE") in found[3]
    assert ("mobile", "GPE") not in found[3]
    assert [text for text, _ in found[2]].count("Europe") == 1


def test_without_overwrite_ner_entities_are_kept_as_the_ruler_keeps_them() -> None:
    ruler = ruler_pipeline(ENTRIES, overwrite=False)
    ours = load_language([])
    ours.add_pipe("newsevents_names", after="ner", config={"overwrite_ents": False})
    from newsevents.nlp.ruler_cache import name_table

    ours.get_pipe("newsevents_names").set_table(name_table(ours, ENTRIES, None))
    texts = SENTENCES + random_texts(5, 100)
    assert ents(ours, texts) == ents(ruler, texts)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([9, 1, 17], [9, 17, 1]),  # 9 and 17 share cell 1: probing; key 1 is kept apart
        ([8, 16, 24, 3, 5], [16, 3, 5, 8, 24]),  # the fifth insert doubles the map first
    ],
)
def test_terminal_order_follows_the_hash_map(keys: list[int], expected: list[int]) -> None:
    assert _terminal_order(keys) == expected
