"""What the events of one article share: each sentence's tree, places, dates and speakers.

Why: the per-event stages (date, place, modality, `reported_by`) each used
to rebuild what they need from the whole sentence for every event, which
made coding quadratic in sentence length (a run-on sentence has an event
every few words). Built lazily, once per sentence, and thrown away with the
article; the answers are exactly those of the one-event functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.coding.attribution.reported_by import Reporter
from newsevents.coding.place.event import SentencePlaces
from newsevents.coding.place.inferred import ArticleSetting
from newsevents.coding.syntax import Tree
from newsevents.coding.time.event_date import SentenceTimes
from newsevents.model import ParsedArticle, Place, Timex


@dataclass
class ArticleIndex:
    """Per-sentence indexes of one parsed article, made on first use."""

    parsed: ParsedArticle
    timexes: Sequence[Timex]
    places: Sequence[Place]
    reporter: Reporter
    trees: dict[int, Tree] = field(default_factory=dict)
    sentence_places: dict[int, SentencePlaces] = field(default_factory=dict)
    sentence_times: dict[int, SentenceTimes] = field(default_factory=dict)
    article_setting: ArticleSetting | None = None

    def tree(self, index: int) -> Tree:
        """The parse tree of sentence `index` (one per sentence, its walks memoised)."""
        if index not in self.trees:
            self.trees[index] = Tree.of(self.parsed.sentences[index])
        return self.trees[index]

    def places_in(self, index: int) -> SentencePlaces:
        """The places of sentence `index`, filed under the words they attach to."""
        if index not in self.sentence_places:
            sentence = self.parsed.sentences[index]
            self.sentence_places[index] = SentencePlaces.of(sentence, self.places)
        return self.sentence_places[index]

    def setting(self) -> ArticleSetting:
        """The article's dateline place and main town, the fallbacks of `inferred_place`."""
        if self.article_setting is None:
            self.article_setting = ArticleSetting.of(self.places)
        return self.article_setting

    def times_in(self, index: int) -> SentenceTimes:
        """The dated expressions of sentence `index` and the words they attach to."""
        if index not in self.sentence_times:
            sentence = self.parsed.sentences[index]
            self.sentence_times[index] = SentenceTimes.of(sentence, self.timexes)
        return self.sentence_times[index]
