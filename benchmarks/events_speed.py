"""Cost of the event coder relative to the spaCy parse (prints JSON).

Usage: python benchmarks/events_speed.py [N]
Parses N gold sentences (default all of events_cameo_manual.jsonl) as one
article each, then codes them; the brief's budget is coder time < 15% of parse time.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.coder import EventCoder
from newsevents.coding.events.lexicon import Lexicon
from newsevents.model import Article, ParsedArticle
from newsevents.nlp import load_language, parse_text

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gold"


def main() -> None:
    texts = [json.loads(x)["text"] for x in (GOLD / "events_cameo_manual.jsonl").open()]
    texts = texts[: int(sys.argv[1])] if len(sys.argv) > 1 else texts
    nlp = load_language()
    coder = EventCoder(Lexicon.load(CameoTable.load()), ActorCoder(ActorDictionary.load()))
    t0 = time.perf_counter()
    parsed = [ParsedArticle(Article(str(i), t), parse_text(nlp, t)) for i, t in enumerate(texts)]
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = sum(len(coder.code_article(p, None)) for p in parsed)
    code_s = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(
        json.dumps(
            {
                "sentences": len(texts),
                "words": words,
                "events": events,
                "parse_s": round(parse_s, 2),
                "code_s": round(code_s, 2),
                "coder_share_of_parse": round(code_s / parse_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
