"""Turn spaCy docs into `ParsedArticle` values (tokens, sentences, entity mentions).

Copying the parse into plain dataclasses keeps spaCy objects inside this
package: the coders downstream can be tested with hand-built sentences and run
in worker processes without the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsevents.model import Article, Mention, ParsedArticle, Sentence, Span, Token
from newsevents.nlp.headline import sentence_cased
from newsevents.nlp.names import COMPONENT as NAMES

# The parser's working memory grows with the text parsed at once, about 3 KB per
# character (benchmarks/memory.py): 32 articles of 8,000 characters took a worker
# to 1 GB. A batch therefore also ends at this many characters (~150 MB of it).
MAX_BATCH_CHARS = 50_000
# A possessive split off by a tokenizer upstream ("Japan ’ s Crown Prince", as wire
# corpora and their space-joined copies write it): the parser reads "’" and "s" apart
# as punctuation and a verb, losing the possessor of the phrase.
SPLIT_POSSESSIVE = re.compile(r"(?<=\w) ([’']) s(?= )")
# Abbreviations and decimals split the same way ("Mr . Erdogan", "U . S - backed", "John
# R . Bass", "Oct . 12", "5 a . m .", "$ 1 . 5 billion"): the parser ends a sentence at the
# lone full stop.
SPLIT_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|St|Capt|Maj|Sgt|Adm|Rev) \.(?= [A-Z])"
    r"|\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec) \.(?= \d)"
    r"|\b[A-Z](?: \. [A-Z]\b)+(?: \.)?|\b[A-Z] \.(?= [A-Z])"
    r"|\b[ap] \. m \.|\b\d+(?: \. \d+)+\b"
)


def parse_articles(
    nlp: Any,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    model_version: str = "",
    n_process: int = 1,
    max_batch_chars: int = MAX_BATCH_CHARS,
) -> Iterator[ParsedArticle]:
    """Parse articles in batches (spaCy's `nlp.pipe`), yielding them in input order.

    A batch holds at most `batch_size` articles and `max_batch_chars` characters
    (a longer article alone), which bounds memory whatever the articles' length;
    the parse does not depend on the batch. `n_process` > 1 parses in that many
    worker processes (spaCy keeps the order, and batches by count only); parsing
    is most of the cost of coding, so this is where extra cores pay.
    """
    known = _name_words(nlp)
    if n_process > 1:
        pairs = ((readable(a.text, known), a) for a in articles)
        docs = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
    else:
        docs = (
            pair
            for batch in batches(articles, batch_size, max_batch_chars)
            for pair in nlp.pipe(
                [(readable(a.text, known), a) for a in batch],
                as_tuples=True,
                batch_size=len(batch),
            )
        )
    for doc, article in docs:
        yield ParsedArticle(article, doc_to_sentences(doc, article.text), model_version)


def readable(text: str, known_name_word: Callable[[str], bool]) -> str:
    """The copy of `text` the parser reads: same length and offsets, a Title Case headline
    in sentence case, a split possessive or abbreviation joined ("Japan ’ s" -> "Japan’s  ",
    "Mr . Erdogan" -> "Mr.  Erdogan")."""
    cased = SPLIT_POSSESSIVE.sub(r"\1s  ", sentence_cased(text, known_name_word))
    return SPLIT_ABBREVIATION.sub(_closed_up, cased)


def _closed_up(m: re.Match[str]) -> str:
    """ "U . S" -> "U.S  ": the spaces moved after the abbreviation (same length)."""
    word = m.group().replace(" ", "")
    return word + " " * (len(m.group()) - len(word))


def _name_words(nlp: Any) -> Callable[[str], bool]:
    """The name matcher's word test, or one that knows no word when it is absent."""
    if NAMES in nlp.pipe_names:
        known: Callable[[str], bool] = nlp.get_pipe(NAMES).knows_word
        return known
    return lambda _word: False


def batches(articles: Iterable[Article], size: int, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive groups of at most `size` articles and `max_chars` characters of text;
    an article longer than `max_chars` forms a group of its own."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= size or chars + len(article.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


def parse_text(nlp: Any, text: str) -> tuple[Sentence, ...]:
    """Parse a single text (convenient in tests and for one-off phrases)."""
    return doc_to_sentences(nlp(readable(text, _name_words(nlp))), text)


def doc_to_sentences(doc: Any, original: str | None = None) -> tuple[Sentence, ...]:
    """Copy a spaCy `Doc` into `Sentence` values with document-level offsets.

    `original` is the text as written when the parse read a copy that differs only in
    letter case (a headline read in sentence case): every text copied comes from it."""
    text = doc.text if original is None else original
    tokens = tuple(_copy_token(t, text) for t in doc)
    mentions_by_sentence: dict[int, list[Mention]] = {}
    sent_index_of_token: dict[int, int] = {}
    sents = list(doc.sents)
    for index, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            sent_index_of_token[i] = index
    for ent in doc.ents:
        index = sent_index_of_token.get(ent.start, 0)
        span = Span(ent.start_char, ent.end_char, text[ent.start_char : ent.end_char])
        mention = Mention(span, ent.label_, index, ent.start, ent.end)
        mentions_by_sentence.setdefault(index, []).append(mention)
    return tuple(
        Sentence(
            index=index,
            span=Span(sent.start_char, sent.end_char, text[sent.start_char : sent.end_char]),
            tokens=tokens[sent.start : sent.end],
            mentions=tuple(mentions_by_sentence.get(index, ())),
        )
        for index, sent in enumerate(sents)
    )


def _copy_token(t: Any, text: str) -> Token:
    return Token(
        i=t.i,
        text=text[t.idx : t.idx + len(t.text)],
        lemma=unprefixed_lemma(t.lemma_),
        pos=t.pos_,
        tag=t.tag_,
        dep=t.dep_,
        head=t.head.i,
        start=t.idx,
        end=t.idx + len(t.text),
        ent_type=t.ent_type_,
        ent_iob=t.ent_iob_,
        whitespace=t.whitespace_,
    )


def unprefixed_lemma(lemma: str) -> str:
    """ "re-enter" -> "enter": a repeated act is coded as the act (the tokenizer keeps
    "re-" on its word, see `loader`)."""
    head, sep, rest = lemma.partition("-")
    return rest if sep and head.lower() == "re" and rest.isalpha() else lemma
