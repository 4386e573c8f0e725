"""Modality and attribution over the event coder's matches on the gold sentences (prints JSON).

Usage: python benchmarks/modality_gold.py
For every match the event coder finds in ../shared/data/gold/events_cameo_manual.jsonl, classify
its modality (no publication date: the manual sentences have none) and build its reported_by chain.
Reports the modality split of all matches and of the code-correct ones (code agrees with a gold
event by prefix), so a change that starts dropping correct events as conditional / hypothetical /
negated shows up, and the share of matches with at least one cited source.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.attribution.modality import classify_modality
from newsevents.coding.attribution.reported_by import reported_by
from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.coder import EventCoder
from newsevents.coding.events.lexicon import Lexicon
from newsevents.model import Article
from newsevents.nlp import load_language, parse_articles

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gold"


def main() -> int:
    path = GOLD / "events_cameo_manual.jsonl"
    if not path.is_file():
        print(json.dumps({"skipped": f"{path} not found"}))
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    dictionary = ActorDictionary.load()
    actors = ActorCoder(dictionary)
    coder = EventCoder(Lexicon.load(CameoTable.load()), actors)
    nlp = load_language(dictionary.entity_patterns())
    cues = Cues.load()
    started = time.perf_counter()
    every: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    cited = 0
    articles = (Article(r["id"], r["text"]) for r in rows)
    for parsed, row in zip(parse_articles(nlp, articles), rows, strict=True):
        gold = {e["code"] for e in row["events"] if e["code"]}
        for match in coder.code_article(parsed, None):
            sentence = parsed.sentences[match.sentence_index]
            modality = classify_modality(sentence, match.trigger, match.code, None, None, cues=cues)
            every[modality] += 1
            if any(match.code.startswith(g) or g.startswith(match.code) for g in gold):
                correct[modality] += 1
            chain = reported_by(
                sentence, match.trigger, parsed.article, actors, None, cues=cues.speech
            )
            cited += any(link.kind == "source" for link in chain)
    print(
        json.dumps(
            {
                "sentences": len(rows),
                "matches": sum(every.values()),
                "modality_all": dict(every.most_common()),
                "modality_code_correct": dict(correct.most_common()),
                "matches_with_cited_source": cited,
                "seconds": round(time.perf_counter() - started, 1),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
