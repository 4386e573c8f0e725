"""The accuracy gate: no score on the development gold sets may fall below its floor.

Each floor sits a little below the score measured when it was pinned, so a
change that costs accuracy fails here; raising a floor after an improvement is
a one-line change, and lowering one shows up in review. Each gold file's
SHA-256 is pinned too, so a changed gold file is noticed rather than silently
moving the scores. Reads ../shared/data/gold/ and skips where it is absent.

Geo runs on a fixed, deterministic subset (every GEO_STRIDE-th article of each
file, in file order: half of each) because the full files take ~2.3 min of the
gate's ~3 on this machine; the subset takes ~55 s. The full files are scored
by `benchmarks/accuracy.py`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import gold_file

from newsevents.evaluate.runner import EvalResult, evaluate

# (task, gold file, metric) -> floor: about 0.02-0.03 below the score measured when pinned
# (2026-12-05, third stop: events root_f1 0.826, root_recall 0.841, root_precision 0.812,
# code_recall 0.616, dyad_recall 0.582, pentaclass 0.881 / macro 0.873, spans f1 0.765, actors
# 0.909; 2026-11-27: geo LGL recall 0.815 / acc161 0.856, GeoVirus 0.907 / 0.857 on full files)
# (events/pentaclass/spans/actors/timex on the full files, geo on the GEO_STRIDE subset).
FLOORS: dict[tuple[str, str, str], float] = {
    ("events", "events_cameo_manual.jsonl", "root_f1"): 0.80,
    ("events", "events_cameo_manual.jsonl", "root_recall"): 0.82,
    ("events", "events_cameo_manual.jsonl", "root_precision"): 0.79,
    ("events", "events_cameo_manual.jsonl", "code_recall"): 0.59,
    ("events", "events_cameo_manual.jsonl", "dyad_recall"): 0.56,
    ("pentaclass", "pentaclass_cameo_manual.jsonl", "accuracy"): 0.86,
    ("pentaclass", "pentaclass_cameo_manual.jsonl", "macro_f1"): 0.85,
    ("spans", "actor_spans.jsonl", "f1"): 0.74,
    ("spans", "actor_spans.jsonl", "source_f1"): 0.82,
    ("spans", "actor_spans.jsonl", "target_f1"): 0.65,
    ("spans", "actor_spans.jsonl", "exact_f1"): 0.68,
    ("actors", "actors.jsonl", "accuracy"): 0.88,
    ("timex", "timex_examples.jsonl", "detection_f1"): 0.95,
    ("timex", "timex_examples.jsonl", "value_f1"): 0.95,
    ("geo", "geo_lgl.jsonl", "recall"): 0.77,
    ("geo", "geo_lgl.jsonl", "accuracy_161km"): 0.82,
    ("geo", "geo_geovirus.jsonl", "recall"): 0.87,
    ("geo", "geo_geovirus.jsonl", "accuracy_161km"): 0.82,
    # real newswire sentences (2026-12-05, third stop: pentaclass 0.885, spans f1 0.782)
    ("pentaclass", "pentaclass_newswire_dev.jsonl", "accuracy"): 0.86,
    ("spans", "actor_spans_newswire_dev.jsonl", "f1"): 0.76,
}

SHA256 = {
    "events_cameo_manual.jsonl": "dbed4507adfb5b9d27166e50998695e44b0ec73986f381ec2096f5faeb20c7ab",
    "pentaclass_cameo_manual.jsonl": (
        "f49d118cc9702e1a0cd3b7978efcb3b73bce74c15a9de349a780bc94fa7ac5f4"
    ),
    "actor_spans.jsonl": "67b7d78286843660e7a80a32200d8bd2388ca7a9621001b9d84e72682d16cc93",
    "actors.jsonl": "ffccdd77c73841d86a0472c0979217801d1f1297cc6ff1bd547504c4029f4cb5",
    "timex_examples.jsonl": "11ee8f1fee1dc7962ae26e4c9c8029cac4737ebcb6a88f408e9e11db030001fe",
    "geo_lgl.jsonl": "ee041cf7b3a3b4d41bdc33c5b5d2e64240c82847ca0fbad891dda3ff2385aae8",
    "geo_geovirus.jsonl": "7d7542036cc497213540f619523e8abd77db2d70eba13f5086b55bad8bb17863",
    "pentaclass_newswire_dev.jsonl": (
        "ba3dfcbdaee0470a9ff7393812841233f52d8a4ae154ed56d5ccd27222ea4d92"
    ),
    "actor_spans_newswire_dev.jsonl": (
        "562266eb9970eccabfd8b44b9ac10e30f3cecb7f3970ad22ea752f1f3e711632"
    ),
    "articles_dev_lgl.json": "546b44f0929eddd431e41a827452b249d60ebacd57bd35d9ef441fb5a19f0679",
    "articles_dev_gwn.json": "249326c2b787c1c9426b87792ffe95f83cfd4fd79449a9144a5f9df8b9983435",
}
GEO_STRIDE = 2

pytestmark = pytest.mark.gold


@pytest.fixture(scope="session")
def gate_pipeline(pipeline: Any) -> Any:
    """The default pipeline, shared with the rest of the session (conftest)."""
    return pipeline


class _LazyResults(dict[tuple[str, str], EvalResult]):
    """Results per (task, gold file): a task runs the first time its key is read."""

    def __init__(self, pipeline: Any, tmp: Path) -> None:
        super().__init__()
        self.pipeline, self.tmp = pipeline, tmp

    def __missing__(self, key: tuple[str, str]) -> EvalResult:
        task, name = key
        path = gold_file(name)
        if task == "geo":
            path = _every_nth_line(path, self.tmp / name, GEO_STRIDE)
        self[key] = evaluate(task, path, self.pipeline)
        return self[key]


@pytest.fixture(scope="session")
def gate_results(gate_pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> _LazyResults:
    """One shared cache, so each task runs once however many floors it has."""
    return _LazyResults(gate_pipeline, tmp_path_factory.mktemp("geo"))


def _every_nth_line(source: Path, target: Path, stride: int) -> Path:
    lines = [ln for ln in source.read_text(encoding="utf-8").split("\n") if ln.strip()]
    target.write_text("\n".join(lines[::stride]) + "\n", encoding="utf-8")
    return target


@pytest.mark.parametrize("name", sorted(SHA256))
def test_gold_file_is_the_pinned_version(name: str) -> None:
    digest = hashlib.sha256(gold_file(name).read_bytes()).hexdigest()
    assert digest == SHA256[name], (
        f"{name} changed (sha256 {digest}): re-measure the scores, then re-pin floors and hash"
    )


@pytest.mark.parametrize(("task", "name", "metric"), sorted(FLOORS))
def test_score_is_at_least_its_floor(
    gate_results: dict[tuple[str, str], EvalResult], task: str, name: str, metric: str
) -> None:
    result = gate_results[(task, name)]
    assert metric in result.scores, f"{task} no longer reports {metric}: {sorted(result.scores)}"
    floor = FLOORS[(task, name, metric)]
    assert result.scores[metric] >= floor, (
        f"{task} {metric} on {name} fell to {result.scores[metric]:.4f} (floor {floor})"
    )
