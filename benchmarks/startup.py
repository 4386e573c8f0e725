"""How long newsevents takes to start: `Pipeline.load()` by stage, and the first article.

First the whole `Pipeline.load()` in a fresh process (which also fills the
cache folder when it is empty) and the latency of coding one short article
right after loading; then each stage of `Pipeline.load` on its own, in the
order the pipeline loads them, built from the packaged files and read from the
cache folder (actor dictionary + tables, CAMEO + lexicon, gazetteer, spaCy
model, name matcher). Prints one JSON object.

    python benchmarks/startup.py
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

FRESH = """
import time, datetime, json
t0, c0 = time.perf_counter(), time.process_time()
from newsevents.pipeline import Pipeline
t1 = time.perf_counter()
p = Pipeline.load()
t2, c2 = time.perf_counter(), time.process_time()
p.code_text("Rebels shelled an army base near Kaesong on Sunday, the defence ministry said.",
            datetime.date(2022, 3, 14))
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "import_and_load_cpu_s": c2 - c0,
                  "first_article_s": t3 - t2}))
"""


def timed(stages: dict[str, Any], name: str, work: Callable[[], Any]) -> Any:
    """Run `work`; record wall and CPU seconds (CPU time is what other load cannot inflate)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    stages[name] = {
        "wall_s": round(time.perf_counter() - wall, 3),
        "cpu_s": round(time.process_time() - cpu, 3),
    }
    return result


def stage_times() -> dict[str, Any]:
    """Each loading stage, timed separately in this process."""
    from newsevents.cache import default_cache_dir
    from newsevents.coding.actors.cache import load_actors
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.actors.dictionary import ActorDictionary
    from newsevents.coding.cameo import CameoTable
    from newsevents.coding.events.lexicon import Lexicon
    from newsevents.coding.place.gazetteer import Gazetteer
    from newsevents.nlp import load_language

    cache = default_cache_dir()
    stages: dict[str, Any] = {}
    timed(stages, "import_spacy", lambda: __import__("spacy"))
    dictionary = timed(stages, "actor_dictionary_built", lambda: ActorDictionary.load(()))
    timed(stages, "actor_tables_built", lambda: ActorCoder(dictionary))
    timed(stages, "actor_dictionary_and_tables_cached", lambda: load_actors((), cache))
    cameo = timed(stages, "cameo", CameoTable.load)
    timed(stages, "lexicon", lambda: Lexicon.load(cameo, ()))
    timed(stages, "gazetteer_built", Gazetteer.load)
    gazetteer = timed(stages, "gazetteer_cached", lambda: Gazetteer.load(cache))
    patterns = [*gazetteer.entity_patterns(), *dictionary.entity_patterns()]
    timed(stages, "spacy_model", lambda: load_language(()))
    timed(stages, "spacy_model_and_names_tokenised", lambda: load_language(patterns))
    timed(stages, "spacy_model_and_names_cached", lambda: load_language(patterns, cache_dir=cache))
    stages["name_patterns"] = len(patterns)
    return stages


def fresh_process() -> dict[str, float]:
    """Import, load and first-article latency in a new interpreter (what a CLI call pays)."""
    out = subprocess.run(
        [sys.executable, "-c", FRESH], capture_output=True, text=True, check=True
    ).stdout
    return {k: round(v, 3) for k, v in json.loads(out.strip().splitlines()[-1]).items()}


def main() -> None:
    report = {
        "benchmark": "startup",
        "python": platform.python_version(),
        "fresh_process": fresh_process(),
        "stages": stage_times(),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
