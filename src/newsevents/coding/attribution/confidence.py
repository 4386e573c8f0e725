"""How far to trust one coded event: a calibrated probability that it is a real event.

Users filter and weight events by it, so it must mean something and be explainable. The
score is a logistic model over a dozen readable facts the event already carries (is the
source named in a dictionary or only inferred from the article, is there a target, is it
a bare "X said", is the event negated or only planned...):

    confidence = 1 / (1 + exp(-(bias + sum(weight[f] * feature[f]))))

The weights are data (`coding/data/confidence.yaml`), fitted by
`scripts/calibrate_confidence.py` on the development article keys (an event is correct
when it answers a key), so a confidence of 0.6 means that about six in ten such events
answered a key there. `benchmarks/accuracy.py` prints the reliability table. The same
file holds the default display threshold: events below it are stored but hidden from
`events` and `code` unless `--all` is given. docs/attribution.md lists the features.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsevents.errors import DictionaryError
from newsevents.model import Actor, Event

CODE_DEPTH = {2: 0.3, 3: 0.7, 4: 1.0}
# A noun pattern's id: `FILE:CODE:nN` (verb patterns are `pN`; refinements append `=>...`).
NOUN_PATTERN = re.compile(r"^[^=]*:n\d+")
# Entry markers of actors whose country was inferred rather than read from a name.
INFERRED = ("country-of-article", "country-of-reporter", "implied-authority", "unknown-person")
UNREALISED_MODALITIES = (
    "planned",
    "negated",
    "conditional",
    "threatened",
    "historical",
    "hypothetical",
    "alleged",
)
FEATURES = (
    "specificity",
    "source_named",
    "source_inferred",
    "source_role_only",
    "target_coded",
    "target_role_only",
    "date_text",
    "support",
    "bare_statement",
    "noun_trigger",
    "lead",
    *(f"modality_{m}" for m in UNREALISED_MODALITIES),
)
MODEL_FILE = "confidence.yaml"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Fitted weights per feature, the bias, and the default display threshold."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    version: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> ConfidenceModel:
        """The packaged model, or a user's file of the same shape."""
        if path is None:
            source = resources.files("newsevents.coding").joinpath("data", MODEL_FILE)
            text, name = source.read_text("utf-8"), MODEL_FILE
        else:
            text, name = path.read_text("utf-8"), str(path)
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or "weights" not in data or "bias" not in data:
            raise DictionaryError(f"{name}: expected a mapping with 'bias' and 'weights'")
        unknown = sorted(set(data["weights"]) - set(FEATURES))
        if unknown:
            raise DictionaryError(f"{name}: unknown feature(s) {', '.join(unknown)}")
        return cls(
            bias=float(data["bias"]),
            weights={k: float(v) for k, v in data["weights"].items()},
            threshold=float(data.get("threshold", 0.0)),
            version=str(data.get("version", "")),
        )

    def probability(self, features: Mapping[str, float]) -> float:
        """The logistic score of a feature vector."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def confidence(event: Event, model: ConfidenceModel) -> float:
    """The event's calibrated confidence in [0, 1], rounded to three places."""
    return round(model.probability(features(event)), 3)


def features(event: Event) -> dict[str, float]:
    """The readable facts the model weighs, each in [0, 1]; all read off the event."""
    code, rule = event.cameo.code, event.provenance.rule
    out = {
        "specificity": CODE_DEPTH.get(len(code), 0.3),
        **_actor_features("source", event.source),
        "target_coded": 1.0 if event.target is not None and event.target.country else 0.0,
        "target_role_only": 1.0 if event.target is not None and not event.target.country else 0.0,
        "date_text": 1.0 if event.date.date_from == "text" else 0.0,
        "support": support(event),
        "bare_statement": 1.0 if code.startswith("01") and event.target is None else 0.0,
        "noun_trigger": 1.0 if NOUN_PATTERN.match(rule) else 0.0,
        "lead": 1.0 if event.provenance.sentence_index <= 1 else 0.0,
    }
    for modality in UNREALISED_MODALITIES:
        out[f"modality_{modality}"] = 1.0 if event.modality == modality else 0.0
    return out


def _actor_features(side: str, actor: Actor | None) -> dict[str, float]:
    named = actor is not None and bool(actor.country)
    inferred = named and actor is not None and any(m in actor.entry for m in INFERRED)
    return {
        f"{side}_named": 1.0 if named and not inferred else 0.0,
        f"{side}_inferred": 1.0 if inferred else 0.0,
        f"{side}_role_only": 1.0 if actor is not None and not actor.country else 0.0,
    }


def support(event: Event) -> float:
    """0..1 from the cited sources that were coded (the outlet and media relays do not count)."""
    if event.corroboration == "both sides":
        return 1.0
    coded = {a.actor.code for a in event.reported_by if a.kind == "source" and a.actor}
    return min(len(coded), 2) / 2
