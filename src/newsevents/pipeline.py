"""The coding pipeline: parse, find events, then date, place and attribute each one.

Stages and what they add, in order:

1. `nlp.parse_articles`   Article -> ParsedArticle (sentences, tokens, entities)
2. `coding.timex`         the article's temporal expressions (TIMEX3)
3. `coding.place`         the article's toponyms, resolved to GeoNames
4. `coding.events`        EventMatch: source, CAMEO code, target, evidence
5. per match:  `event_time` (its own date), `place.event_place`, `attribution`
   (reported_by), `modality`, `corroboration`, `confidence`
6. `dedup.within_article` restatements of one happening become one event

Everything the stages need (model, dictionaries, cues, gazetteer) is loaded once in
`Pipeline.load` and passed in explicitly; the pipeline holds no other state, so
one instance can code any number of articles, in any order, in any process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from newsevents.cache import default_cache_dir
from newsevents.coding.actors.cache import load_actors
from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.context import GenericParties, article_country
from newsevents.coding.actors.counterpart import with_counterpart_targets
from newsevents.coding.attribution.confidence import ConfidenceModel
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.builder import EventBuilder
from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.coder import EventCoder
from newsevents.coding.events.evaluation import EvaluationWords
from newsevents.coding.events.journeys import official_journeys
from newsevents.coding.events.lexicon import Lexicon
from newsevents.coding.events.mutual import with_mutual_consultations
from newsevents.coding.events.repeats import RepeatWords, with_repeated_acts
from newsevents.coding.place.find import find_places
from newsevents.coding.place.gazetteer import Gazetteer
from newsevents.coding.time.tagger import find_timexes
from newsevents.config import Settings
from newsevents.dedup.referents import Referents
from newsevents.dedup.within_article import merge_restatements
from newsevents.ids import article_id, normalised_offsets
from newsevents.model import Article, CodedArticle, Event, ParsedArticle
from newsevents.nlp import load_language, parse_articles
from newsevents.nlp.loader import model_version


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline: call `code`, `code_many` or `code_text`."""

    settings: Settings
    nlp: Any
    actors: ActorCoder
    cameo: CameoTable
    lexicon: Lexicon
    gazetteer: Gazetteer
    events: EventCoder
    builder: EventBuilder
    repeats: RepeatWords

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        """Load the model, dictionaries and gazetteer once (a few seconds)."""
        settings = settings or Settings()
        cache_dir = default_cache_dir()
        actors = load_actors(settings.actor_paths, cache_dir)
        dictionary = actors.dictionary
        cameo = CameoTable.load()
        lexicon = Lexicon.load(cameo, settings.lexicon_paths)
        cues = Cues.load(settings.cue_paths)
        confidence_model = ConfidenceModel.load(settings.confidence_path)
        evaluation = EvaluationWords.load()
        parties = GenericParties.load()
        repeats = RepeatWords.load()
        gazetteer = Gazetteer.load(cache_dir)
        patterns = [*gazetteer.entity_patterns(), *dictionary.entity_patterns()]
        nlp = load_language(patterns, model=settings.model, cache_dir=cache_dir)
        versions = ";".join(
            [
                f"actors={dictionary.version}",
                f"lexicon={lexicon.version}",
                f"places={gazetteer.version}",
                f"cues={cues.version}",
                f"confidence={confidence_model.version}",
                f"evaluation={evaluation.version}",
                f"parties={parties.version}",
                f"repeats={repeats.version}",
            ]
        )
        builder = EventBuilder(
            actors=actors,
            cameo=cameo,
            cues=cues,
            dictionary_version=versions,
            model_version=model_version(nlp),
            confidence_model=confidence_model,
            evaluation=evaluation,
            parties=parties,
        )
        events = EventCoder(lexicon, actors)
        return cls(settings, nlp, actors, cameo, lexicon, gazetteer, events, builder, repeats)

    @property
    def show_threshold(self) -> float:
        """Events below this confidence are stored but not shown by default (`--all` shows
        them): the setting when given, else the calibrated model's threshold."""
        if self.settings.show_threshold is not None:
            return self.settings.show_threshold
        return self.builder.confidence_model.threshold

    def code(self, article: Article) -> CodedArticle:
        """Code one article."""
        return next(self.code_many([article]))

    def code_text(
        self,
        text: str,
        published: dt.date | None = None,
        *,
        url: str | None = None,
        outlet: str | None = None,
        title: str | None = None,
    ) -> CodedArticle:
        """Code a text given as a string (its id is the content hash of text and url)."""
        article = Article(
            article_id=article_id(text, url),
            text=text,
            published=published,
            title=title,
            url=url,
            outlet=outlet,
            origin="<text>",
        )
        return self.code(article)

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int | None = None
    ) -> Iterator[CodedArticle]:
        """Code articles in input order, parsing them in spaCy batches."""
        size = batch_size or self.settings.batch_size
        version = self.builder.model_version
        parsed_articles = parse_articles(
            self.nlp,
            articles,
            batch_size=size,
            model_version=version,
            n_process=self.settings.n_process,
        )
        for parsed in parsed_articles:
            yield self.code_parsed(parsed)

    def code_parsed(self, parsed: ParsedArticle) -> CodedArticle:
        """Run every stage after parsing (this is what a worker process runs)."""
        parsed, notes = limit_sentences(parsed, self.settings.max_sentence_tokens)
        article = parsed.article
        timexes = find_timexes(article.text, article.published)
        places = find_places(parsed, self.gazetteer)
        coded = with_repeated_acts(
            parsed,
            self.events.code_article(parsed, article.published),
            self.events.actors,
            article.published,
            self.repeats,
        )
        matches = list(with_mutual_consultations(official_journeys(coded)))
        country = article_country([a for m in matches for a in (m.source, m.target)], places)
        offsets = normalised_offsets(article.text)
        index = self.builder.article_index(parsed, timexes, places)
        built = [
            self.builder.build(parsed, m, timexes, places, country, offsets, index=index)
            for m in matches
        ]
        referents = Referents.of(parsed, self.builder.cues.modality.repeat_marks)
        merged = merge_restatements([e for e in built if e is not None], referents)
        events = tuple(self.builder.settle(e) for e in with_counterpart_targets(merged))
        return CodedArticle(article, events, tuple(places), notes)


def limit_sentences(parsed: ParsedArticle, limit: int) -> tuple[ParsedArticle, tuple[str, ...]]:
    """Blank out sentences longer than `limit` tokens, with a note for each.

    Why skip rather than code: coding costs grow faster than linearly with a
    sentence's length (every event looks at its whole sentence), and a
    sentence of thousands of tokens is a run-on text or a table, not news prose.
    The sentence keeps its index and span, so offsets of other sentences hold.
    """
    notes: list[str] = []
    sentences = list(parsed.sentences)
    for position, sentence in enumerate(sentences):
        if len(sentence.tokens) > limit:
            notes.append(
                f"sentence {sentence.index} not coded: {len(sentence.tokens):,} tokens "
                f"(limit max_sentence_tokens = {limit:,})"
            )
            sentences[position] = replace(sentence, tokens=(), mentions=())
    if not notes:
        return parsed, ()
    return replace(parsed, sentences=tuple(sentences)), tuple(notes)


def code_article(
    text: str, published: dt.date | None = None, *, pipeline: Pipeline | None = None
) -> tuple[Event, ...]:
    """Code one article text; loads a default pipeline when none is given (slow: reuse one)."""
    return (pipeline or Pipeline.load()).code_text(text, published).events
