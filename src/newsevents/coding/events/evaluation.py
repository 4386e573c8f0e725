"""Statements that judge someone: a plain statement (010) with evaluative content.

News quotes more than it reports: '"The regime is a gang of criminals," the minister said'
is not a neutral statement but criticism of the regime (111), and "called the talks
fruitful" is praise (051). When a statement has a target phrase (an actor, or a thing
such as "the new tax", whose country the article's context may give later) and its
sentence, outside the speaker's own words, holds evaluative words of one polarity only,
the statement takes that code. The word lists are data
(`coding/data/evaluation/words.yaml`, user files allowed), injected by `Pipeline.load`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsevents.errors import DictionaryError
from newsevents.model import EventMatch, Sentence

STATEMENT = "010"
CRITICISE = "111"
PRAISE = "051"
WORDS_FILE = "words.yaml"
# Rule suffix of a statement kept only as a verdict on an act beside it ("said it was
# wrong for X to ..."): without judging words it says nothing of its own.
VERDICT_MARK = ":verdict"


@dataclass(frozen=True, slots=True)
class EvaluationWords:
    """Negative and positive cues, each a tuple of lower-case words (one or more)."""

    negative: frozenset[tuple[str, ...]]
    positive: frozenset[tuple[str, ...]]
    version: str = ""

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> EvaluationWords:
        """The packaged lists plus any user files of the same shape (their words are added)."""
        packaged = resources.files("newsevents.coding").joinpath("data", "evaluation", WORDS_FILE)
        texts = [(WORDS_FILE, packaged.read_text("utf-8"))]
        texts += [(str(p), p.read_text("utf-8")) for p in extra_paths]
        negative: set[tuple[str, ...]] = set()
        positive: set[tuple[str, ...]] = set()
        for name, text in texts:
            data = yaml.safe_load(text)
            if not isinstance(data, dict) or set(data) - {"negative", "positive"}:
                raise DictionaryError(f"{name}: expected lists 'negative' and 'positive' only")
            negative |= _phrases(name, "negative", data.get("negative", []))
            positive |= _phrases(name, "positive", data.get("positive", []))
        digest = hashlib.sha256("\n".join(t for _, t in texts).encode()).hexdigest()[:12]
        return cls(frozenset(negative), frozenset(positive), f"evaluation-{digest}")

    def polarity(self, words: Sequence[str]) -> int:
        """-1 negative only, +1 positive only, 0 neither or both."""
        neg = _holds(words, self.negative)
        pos = _holds(words, self.positive)
        return 0 if neg == pos else (-1 if neg else 1)


def _phrases(name: str, key: str, values: object) -> set[tuple[str, ...]]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DictionaryError(f"{name}: '{key}' must be a list of strings")
    return {tuple(v.lower().split()) for v in values if v.strip()}


def _holds(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    longest = max((len(p) for p in phrases), default=0)
    return any(
        tuple(words[i : i + n]) in phrases for i in range(len(words)) for n in range(1, longest + 1)
    )


def judged_statement(match: EventMatch, sentence: Sentence, words: EvaluationWords) -> EventMatch:
    """The match recoded as criticism or praise when its content judges its target (a thing
    judged stands for whoever made it: "said the new tax was a disgrace")."""
    if match.code != STATEMENT or match.target_span is None or match.negated:
        return match
    source = match.source_span
    outside = [
        token
        for token in sentence.tokens
        if source is None or not (source.start <= token.start < source.end)
    ]
    polarity = words.polarity([t.lemma.lower() for t in outside]) or words.polarity(
        [t.text.lower() for t in outside]
    )
    if polarity == 0:
        return match
    code = CRITICISE if polarity < 0 else PRAISE
    return dataclasses.replace(match, code=code, rule=f"{match.rule}=>{code}:evaluation")


def unjudged_verdict(match: EventMatch) -> bool:
    """A statement kept only for its verdict (`VERDICT_MARK`) whose words judge nothing."""
    return match.code == STATEMENT and VERDICT_MARK in match.rule
