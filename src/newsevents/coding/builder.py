"""Turn an `EventMatch` into a complete `Event`: when, where, per whom, how sure.

The event coder only says who did what to whom in which sentence; this module
asks each specialised coder for the rest and assembles the evidence trail
(`Provenance`) that `newsevents explain` shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.context import GenericParties, event_actors
from newsevents.coding.article_index import ArticleIndex
from newsevents.coding.attribution.confidence import ConfidenceModel, confidence
from newsevents.coding.attribution.corroboration import corroboration
from newsevents.coding.attribution.cues import Cues
from newsevents.coding.attribution.modality import classify_modality, in_condition_clause
from newsevents.coding.attribution.reported_by import Reporter
from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.evaluation import (
    EvaluationWords,
    judged_statement,
    unjudged_verdict,
)
from newsevents.coding.place.event import SentencePlaces
from newsevents.coding.place.inferred import inferred_place
from newsevents.coding.syntax import Tree
from newsevents.ids import event_id, normalised_offsets
from newsevents.model import (
    Actor,
    Event,
    EventDate,
    EventMatch,
    Modality,
    ParsedArticle,
    Place,
    Provenance,
    Sentence,
    Span,
    Timex,
    Token,
)

# Hypothetical events ("could strike", "might talk") are not reported as
# happening at all; they are dropped unless a caller asks. A conditional event
# is dropped only when it is the condition itself ("if the defectors go ahead"):
# the consequent ("will retaliate if attacked") is a threat or promise that was
# made, which CAMEO codes, and it is kept with modality "conditional".
UNREALISED: frozenset[Modality] = frozenset({"hypothetical"})
# Intents, meetings, aid, yielding, force and fighting (roots) whose object is a thing
# coding no actor show no target phrase (see `EventBuilder._provenance`).
THING_UNTARGETED_ROOTS = frozenset({"03", "04", "07", "08", "15", "18", "19", "20"})


@dataclass(frozen=True)
class EventBuilder:
    """Holds the coders the per-event stages need; `build` is pure given them."""

    actors: ActorCoder
    cameo: CameoTable
    cues: Cues
    dictionary_version: str
    model_version: str
    confidence_model: ConfidenceModel
    evaluation: EvaluationWords
    parties: GenericParties
    keep_unrealised: bool = False

    def build(
        self,
        parsed: ParsedArticle,
        match: EventMatch,
        timexes: Sequence[Timex],
        places: Sequence[Place],
        country: str | None = None,
        offsets: Sequence[int] | None = None,
        index: ArticleIndex | None = None,
    ) -> Event | None:
        """The event for `match` (None when unrealised); `country` is the article's. Pass
        one `index` (`article_index`) for all events of an article: same answers, and its
        sentences are walked once, not once per event."""
        article, at = parsed.article, match.sentence_index
        index = index or self.article_index(parsed, timexes, places)
        sentence, tree = parsed.sentences[at], index.tree(at)
        match = judged_statement(match, sentence, self.evaluation)
        when = index.times_in(at).event_date(tree, match.trigger, article.published)
        modality = self._modality(sentence, tree, match, when, article.published)
        if modality is None:
            return None
        chain = index.reporter.chain(tree, match.trigger)
        source, target = event_actors(match, sentence, chain, country, self.parties, places)
        located = index.places_in(at)
        here = _event_place(index, located, tree, match, _countries(source, target))
        event = Event(
            event_id=_event_id(article.article_id, article.text, match, offsets),
            article_id=article.article_id,
            source=source,
            target=target,
            cameo=self.cameo.get(match.code),
            date=when,
            provenance=self._provenance(parsed, match, target),
            place=here,
            reported_by=chain,
            modality=modality,
            places_mentioned=_mentioned_in(located.places, here),
            threatened_code=match.threatened_code,
        )
        return self.settle(event)

    def article_index(
        self, parsed: ParsedArticle, timexes: Sequence[Timex], places: Sequence[Place]
    ) -> ArticleIndex:
        """The per-sentence indexes that `build` shares between an article's events."""
        article = parsed.article
        reporter = Reporter(article, self.actors, article.published, self.cues.speech)
        return ArticleIndex(parsed, timexes, places, reporter)

    def _modality(
        self,
        sentence: Sentence,
        tree: Tree,
        match: EventMatch,
        when: EventDate,
        published: dt.date | None,
    ) -> Modality | None:
        """The event's modality, or None when it is unrealised and not kept, or is a verdict
        on an act beside it whose words judge nothing (it only attributes the act)."""
        if unjudged_verdict(match):
            return None
        year = _text_year(when)
        modality = classify_modality(
            sentence, match.trigger, match.code, year, published, cues=self.cues, tree=tree
        )
        if not self.keep_unrealised and _unrealised(tree, match.trigger, modality, self.cues):
            return None
        return modality

    def settle(self, event: Event) -> Event:
        """Judge corroboration and confidence from the event's final `reported_by`.

        Called again after restatements are merged, because merging adds the
        other reports' sources and may turn "one side" into "both sides".
        """
        judgement = corroboration(event.source, event.target, event.reported_by)
        judged = replace(event, corroboration=judgement)
        return replace(judged, confidence=confidence(judged, self.confidence_model))

    def _provenance(
        self, parsed: ParsedArticle, match: EventMatch, target: Actor | None
    ) -> Provenance:
        """The evidence; a thing acted with or upon that codes no actor, even from the
        article's context ("agreed to open two clinics", "attacked near-daily") is
        shown as no target phrase: news readers mark whom, not what (roots in
        `THING_UNTARGETED_ROOTS`; a rejected proposal or a protested policy stays)."""
        sentence = parsed.sentences[match.sentence_index]
        thing = target is None and match.code[:2] in THING_UNTARGETED_ROOTS
        return Provenance(
            article_id=parsed.article.article_id,
            sentence_index=match.sentence_index,
            sentence=sentence.span,
            source_span=match.source_span,
            verb_span=match.verb_span,
            target_span=None if thing else match.target_span,
            rule=match.rule,
            dictionary_version=self.dictionary_version,
            model_version=self.model_version,
        )


def _text_year(when: EventDate) -> int | None:
    """The event's year when the text gave it (None when the date fell back to publication)."""
    from_text = when.value is not None and when.date_from != "publication"
    return when.value.year if from_text and when.value is not None else None


def _event_id(article_id: str, text: str, match: EventMatch, offsets: Sequence[int] | None) -> str:
    """The content-hash id: article, sentence, evidence spans in normalised-text positions,
    code and dyad (so a reformatted copy of an article gives the same ids)."""
    positions = normalised_offsets(text) if offsets is None else offsets
    spans = tuple(
        _pair(s, positions) for s in (match.source_span, match.verb_span, match.target_span)
    )
    return event_id(article_id, match.sentence_index, spans, _id_code(match))


def _unrealised(tree: Tree, trigger: Token, modality: Modality, cues: Cues) -> bool:
    if modality in UNREALISED:
        return True
    return modality == "conditional" and in_condition_clause(
        tree.sentence, trigger, cues, tree=tree
    )


def _event_place(
    index: ArticleIndex,
    located: SentencePlaces,
    tree: Tree,
    match: EventMatch,
    countries: frozenset[str],
) -> Place | None:
    """The place the text states for the event, else the one inferred (`place.inferred`)."""
    stated = located.event_place(tree, match.trigger)
    if stated is not None:
        return stated
    subject = located.subject_place(tree, match.trigger)
    return inferred_place(located.places, match.trigger.start, index.setting(), countries, subject)


def _countries(*actors: Actor | None) -> frozenset[str]:
    return frozenset(a.country for a in actors if a is not None and a.country)


def _mentioned_in(inside: Sequence[Place], here: Place | None) -> tuple[Place, ...]:
    """The sentence's other places (`inside`: those of the sentence): context for the
    event, not its location."""
    return tuple(p for p in inside if here is None or p.span != here.span)


def _id_code(match: EventMatch) -> str:
    """The code part of the event id, with the dyad: "both sides pledged" gives two events
    (A->B and B->A) on the same words, which must not share an id."""
    source = match.source.code if match.source else "-"
    target = match.target.code if match.target else "-"
    return f"{match.code}|{source}>{target}"


def _pair(span: Span | None, positions: Sequence[int]) -> tuple[int, int] | None:
    """The span in normalised-text positions (stable when only white space changes)."""
    if span is None:
        return None
    last = len(positions) - 1
    return positions[min(span.start, last)], positions[min(span.end, last)]
