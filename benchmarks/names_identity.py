"""Do our name matcher and spaCy's EntityRuler give the same entities on real news?

Builds the model twice with all the pipeline's name patterns (gazetteer and
actor dictionary): once with spaCy's `entity_ruler` (overwrite_ents, ORTH
phrase patterns, after "ner", as newsevents used before) and once with our
`newsevents_names` component, runs both over the first N texts of a gold file
and counts texts and entities that differ. Also reports each one's build CPU
seconds and RSS growth. Prints one JSON object.

    python benchmarks/names_identity.py [--n 150] [--gold ../shared/data/gold/geo_lgl.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "data" / "gold" / "geo_lgl.jsonl"


def rss_mb() -> float:
    return round(psutil.Process().memory_info().rss / 2**20, 1)


def build(kind: str, entries: list[tuple[str, str]]) -> tuple[Any, dict[str, float]]:
    """The model with one kind of name component, and what building it cost."""
    from newsevents.nlp import load_language
    from newsevents.nlp.names import COMPONENT, register_component
    from newsevents.nlp.ruler_cache import name_table

    nlp = load_language([])
    before, cpu = rss_mb(), time.process_time()
    if kind == "entity_ruler":
        config = {"overwrite_ents": True, "phrase_matcher_attr": "ORTH"}
        ruler = nlp.add_pipe("entity_ruler", after="ner", config=config)
        ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in entries])
    else:
        register_component()
        nlp.add_pipe(COMPONENT, after="ner").set_table(name_table(nlp, entries, None))
    cost = {
        "build_cpu_s": round(time.process_time() - cpu, 2),
        "rss_mb_added": round(rss_mb() - before, 1),
    }
    return nlp, cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    from newsevents.coding.actors.dictionary import ActorDictionary
    from newsevents.coding.place.gazetteer import Gazetteer

    patterns = [*Gazetteer.load().entity_patterns(), *ActorDictionary.load(()).entity_patterns()]
    entries = sorted({(p.label, p.phrase) for p in patterns if p.phrase.strip()})
    with args.gold.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.n]
    results: dict[str, Any] = {}
    found: dict[str, list[Any]] = {}
    for kind in ("newsevents_names", "entity_ruler"):  # ours first: the ruler's lexemes stay
        nlp, results[kind] = build(kind, entries)
        found[kind] = [
            [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in doc.ents]
            for doc in nlp.pipe(texts)
        ]
        del nlp
    ours, theirs = found["newsevents_names"], found["entity_ruler"]
    report = {
        "benchmark": "names_identity",
        "patterns": len(entries),
        "texts": len(texts),
        "entities": sum(len(e) for e in theirs),
        "texts_differing": sum(a != b for a, b in zip(ours, theirs, strict=True)),
        "entities_only_in_one": sum(
            len(set(a) ^ set(b)) for a, b in zip(ours, theirs, strict=True)
        ),
        **results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
