"""One `ArticleIndex` shared by an article's events gives each event the same answers as
the one-event functions (real model): the sharing that keeps long sentences linear
changes no result."""

from __future__ import annotations

import datetime as dt

from newsevents.coding.attribution.citations import find_citations
from newsevents.coding.attribution.modality import in_condition_clause
from newsevents.coding.attribution.reported_by import reported_by
from newsevents.coding.place.event import event_place
from newsevents.coding.place.find import find_places
from newsevents.coding.syntax import Tree
from newsevents.coding.time.event_date import event_date
from newsevents.coding.time.tagger import find_timexes
from newsevents.model import Article, ParsedArticle
from newsevents.nlp.parse import parse_articles
from newsevents.pipeline import Pipeline

PUBLISHED = dt.date(2021, 3, 4)
TEXT = (
    "North Korea blew up the liaison office in Kaesong on Tuesday, state media said, "
    "and officials in Seoul said they would retaliate if Pyongyang attacked the border "
    "town of Paju again.\n"
    '"We will not accept talks in Geneva," a spokesman told Reuters on Monday, according '
    "to the ministry, and protesters gathered outside the embassy in Washington yesterday, "
    "police said, while the army, which shelled Mosul in 2018, denied the report.\n"
    "Officials in Tokyo and Beijing condemned the attack, KCNA reported, and the ministry "
    "said it would send envoys to Pyongyang next week unless the talks fail."
)
RUN_ON = (
    ", and ".join(
        [
            "North Korean troops fired artillery at South Korean border posts",
            "the government in Seoul condemned the attack on Monday",
            "officials in Washington said they would send envoys to Pyongyang",
            '"protesters gathered outside the embassy in Kaesong," police said',
            "the ministry denied the report if the army attacked",
        ]
        * 12
    )
    + "."
)


def parse(pipeline: Pipeline, text: str) -> ParsedArticle:
    article = Article("a", text, published=PUBLISHED, outlet="Wire")
    return next(parse_articles(pipeline.nlp, [article]))


def test_shared_index_answers_as_the_one_event_functions(pipeline: Pipeline) -> None:
    parsed = parse(pipeline, TEXT)
    article, builder = parsed.article, pipeline.builder
    timexes = find_timexes(article.text, article.published)
    places = find_places(parsed, pipeline.gazetteer)
    index = builder.article_index(parsed, timexes, places)
    checked = 0
    for at, sentence in enumerate(parsed.sentences):
        tree = index.tree(at)
        for token in reversed(sentence.tokens):  # deepest words last: the memo is reused
            if token.pos not in ("VERB", "NOUN"):
                continue
            fresh = reported_by(sentence, token, article, builder.actors, PUBLISHED,
                                cues=builder.cues.speech)  # fmt: skip
            assert index.reporter.chain(tree, token) == fresh
            assert index.reporter.citations(tree, token) == find_citations(
                Tree.of(sentence), token, builder.cues.speech
            )
            assert index.places_in(at).event_place(tree, token) == event_place(
                sentence, token, places
            )
            assert index.times_in(at).event_date(tree, token, PUBLISHED) == event_date(
                sentence, token, timexes, PUBLISHED
            )
            assert in_condition_clause(sentence, token, builder.cues, tree=tree) == (
                in_condition_clause(sentence, token, builder.cues)
            )
            checked += 1
    assert checked > 30
    assert any(index.reporter.chain(index.tree(1), t)[1].quote for t in parsed.sentences[1].tokens
               if t.text == "accept")  # fmt: skip


def test_a_run_on_sentence_codes_the_same_with_and_without_sharing(pipeline: Pipeline) -> None:
    """Every event of a 500-word sentence, built with one shared index and with a fresh
    index per event, is the same event."""
    parsed = parse(pipeline, RUN_ON)
    assert len(parsed.sentences) == 1
    article, builder = parsed.article, pipeline.builder
    timexes = find_timexes(article.text, article.published)
    places = find_places(parsed, pipeline.gazetteer)
    matches = pipeline.events.code_article(parsed, PUBLISHED)
    assert len(matches) > 40
    index = builder.article_index(parsed, timexes, places)
    shared = [builder.build(parsed, m, timexes, places, index=index) for m in matches]
    alone = [builder.build(parsed, m, timexes, places) for m in matches]
    assert shared == alone
    assert any(e is not None and len(e.reported_by) > 2 for e in shared)
    assert any(e is not None and e.place is not None for e in shared)
