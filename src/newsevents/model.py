"""The data model every stage reads and returns.

Stages exchange only these frozen dataclasses, never dicts with magic keys and
never spaCy objects: a parse is turned into `Token`/`Sentence` values inside
`newsevents.nlp`, so every later stage can be tested with hand-built values and
can run in another process (Dask) without pickling a language model.

All character offsets (`Span.start`, `Span.end`, `Token.start`, ...) index the
article's `text`, not the sentence, so evidence can be highlighted directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

DatePrecision = Literal["day", "week", "month", "season", "year", "decade", "unknown"]
DateFrom = Literal["text", "sentence", "article", "publication", "none"]
Modality = Literal[
    "asserted",
    "threatened",
    "planned",
    "conditional",
    "negated",
    "hypothetical",
    "historical",
    "alleged",
]
PlaceRole = Literal["event", "mentioned", "dateline", "sentence", "article"]
Corroboration = Literal["both sides", "source side", "target side", "third party", "unattributed"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of the article text, with its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One input record after ingest.

    `origin` names where the record came from (``path`` or ``path:line``) so an
    error or an event can always be traced back to its file.
    """

    article_id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a dependency parse (a plain copy of what spaCy produced).

    `head` and `i` are indexes into the article's token sequence (document
    level), so heads can be followed across the `Sentence` boundary checks.
    """

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent_type: str = ""
    ent_iob: str = ""
    whitespace: str = " "


@dataclass(frozen=True, slots=True)
class EntityPattern:
    """A literal name the entity ruler must label, e.g. ("GPE", "Kaesong").

    The gazetteer and the actor dictionaries produce these; `nlp` feeds them to
    spaCy's entity ruler, so the coding stages never see a spaCy object.
    """

    label: str
    phrase: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found by the NER and entity ruler (actor, place, org...)."""

    span: Span
    label: str
    sentence_index: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed sentence: its place in the article, its tokens and mentions."""

    index: int
    span: Span
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...] = ()

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its parse; the output of `newsevents.nlp`."""

    article: Article
    sentences: tuple[Sentence, ...]
    model_version: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: CAMEO code = country (3 letters) + role codes (3 letters each).

    `code` is the full code (``PRKMIL``, ``KORGOV``, ``IGOUNO``); `country` and
    `sector` are its first two parts. `entry` names the dictionary entry that
    matched, so a user can see why an actor was coded as it was.
    """

    code: str
    country: str | None
    sector: str | None
    text: str
    span: Span | None = None
    name: str | None = None
    entry: str = ""


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, with how precisely and from what evidence.

    `timex` is the TIMEX3 value (``2020-06-16``, ``2020-W25``, ``2018``,
    ``PAST_REF``); `value` is a concrete day for sorting and filtering (the
    first day of the period for coarser precisions).
    """

    value: dt.date | None
    precision: DatePrecision
    date_from: DateFrom
    timex: str = ""
    span: Span | None = None


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalised in TimeML TIMEX3 conventions.

    `value` is the TIMEX3 value string (``2020-06-16``, ``2021-W10``,
    ``2020-01``, ``P3D``, ``PAST_REF``, ``2015-SP``). `anchor` is the first
    day of the period it names, or None for durations and vague references.
    """

    span: Span
    type: TimexType
    value: str
    precision: DatePrecision
    anchor: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved toponym: GeoNames id, coordinates, CAMEO/ISO-3 country."""

    name: str
    geonameid: int | None
    lat: float
    lon: float
    country: str | None
    feature_class: str = ""
    role: PlaceRole = "mentioned"
    span: Span | None = None
    # GeoNames feature code (PCLI, ADM1, ADM2, PPL, CONT): tells a state or district, which
    # can place an event, from a country, which only says the event happened somewhere in it
    feature_code: str = ""
    # GeoNames code of the smallest area holding the place (US.TX.453 for a Texas county and
    # its towns, US.TX for the state): one place lies within another when its code extends it
    admin_code: str = ""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of the `reported_by` chain: the outlet, or a source it cites.

    `kind` is ``outlet`` (the publisher), ``source`` (an actor or person the
    text cites) or ``via`` (an intermediary such as a wire agency the source
    spoke to). `actor` is set when the source is itself a codable actor.
    """

    name: str
    kind: Literal["outlet", "source", "via"]
    actor: Actor | None = None
    quote: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Everything needed to answer "why was this event coded this way?"."""

    article_id: str
    sentence_index: int
    sentence: Span
    source_span: Span | None
    verb_span: Span
    target_span: Span | None
    rule: str
    dictionary_version: str = ""
    model_version: str = ""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code with the facts the ontology tables give for it."""

    code: str
    root: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None


@dataclass(frozen=True, slots=True)
class EventMatch:
    """What the event coder found in one sentence, before date, place and sources.

    `trigger` is the token that carries the event (a verb, or a noun such as
    "bombing" or "talks"); `rule` is the lexicon pattern id that fired.
    `threatened_code` is set on threats (13x) to the CAMEO code of the action
    threatened ("threatened to cut ties": 1313 with threatened_code 161x).
    """

    sentence_index: int
    trigger: Token
    code: str
    source: Actor | None
    target: Actor | None
    rule: str
    verb_span: Span
    source_span: Span | None = None
    target_span: Span | None = None
    threatened_code: str | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """A coded political event: who did what to whom, when, where, per whom."""

    event_id: str
    article_id: str
    source: Actor | None
    target: Actor | None
    cameo: CameoCode
    date: EventDate
    provenance: Provenance
    place: Place | None = None
    reported_by: tuple[Attribution, ...] = ()
    modality: Modality = "asserted"
    confidence: float = 0.5
    corroboration: Corroboration = "unattributed"
    places_mentioned: tuple[Place, ...] = field(default_factory=tuple)
    threatened_code: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input record that could not be coded, with where it came from and why."""

    origin: str
    reason: str
    raw_excerpt: str = ""


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """The result of coding one article: its events (possibly none) and its places."""

    article: Article
    events: tuple[Event, ...]
    places: tuple[Place, ...] = ()
    notes: tuple[str, ...] = ()  # what was not coded and why (e.g. a sentence over the limit)
