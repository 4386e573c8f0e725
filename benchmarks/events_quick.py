"""Quick accuracy check of the event coder on the gold sets (prints JSON).

Usage: python benchmarks/events_quick.py [--errors N] [--actors]
Reads ../shared/data/gold; the figures follow the brief's definitions:
root recall/precision/F1 and code recall on events_cameo_manual.jsonl,
pentaclass accuracy on pentaclass_cameo_manual.jsonl.
"""

from __future__ import annotations

import argparse
import json
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
PENTA = {
    **{f"{r:02d}": 0 for r in (1, 2)},
    **{f"{r:02d}": 1 for r in (3, 4, 5)},
    **{f"{r:02d}": 2 for r in (6, 7, 8, 9)},
    **{f"{r:02d}": 3 for r in (10, 11, 12, 13, 16)},
    **{f"{r:02d}": 4 for r in (14, 15, 17, 18, 19, 20)},
}


def code(nlp, coder, text):
    parsed = ParsedArticle(Article("x", text), parse_text(nlp, text))
    return coder.code_article(parsed, None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--root", default="")
    args = ap.parse_args()
    nlp = load_language()
    coder = EventCoder(Lexicon.load(CameoTable.load()), ActorCoder(ActorDictionary.load()))
    rows = [json.loads(x) for x in (GOLD / "events_cameo_manual.jsonl").open()]
    tp_r = n_gold = n_pred = tp_p = code_hit = 0
    errors = []
    t0 = time.perf_counter()
    for row in rows:
        preds = code(nlp, coder, row["text"])
        golds = [e for e in row["events"] if e.get("root")]
        roots = {p.code[:2] for p in preds}
        for g in golds:
            n_gold += 1
            tp_r += g["root"] in roots
            code_hit += any(p.code.startswith(g["code"]) for p in preds)
        n_pred += len(preds)
        tp_p += sum(p.code[:2] in {g["root"] for g in golds} for p in preds)
        wanted = not args.root or golds[0]["root"] == args.root
        if golds and golds[0]["root"] not in roots and wanted:
            errors.append((golds[0]["code"], [p.code for p in preds], row["text"]))
    r, p = tp_r / n_gold, tp_p / max(n_pred, 1)
    out = {
        "root_recall": r,
        "root_precision": p,
        "root_f1": 2 * r * p / (r + p),
        "code_recall": code_hit / n_gold,
        "sentences": len(rows),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    prow = [json.loads(x) for x in (GOLD / "pentaclass_cameo_manual.jsonl").open()]
    right = 0
    for row in prow:
        preds = code(nlp, coder, row["text"])
        cls = PENTA.get(preds[0].code[:2], 0) if preds else 0
        right += cls == row["pentaclass"]
    out["pentaclass_accuracy"] = right / len(prow)
    print(json.dumps(out, indent=1))
    for e in errors[: args.errors]:
        print(e)


if __name__ == "__main__":
    main()
