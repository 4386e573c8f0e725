"""Reading gold JSONL files into rows whose answer the predictor never sees.

Each row becomes a `GoldRow`: a `Question` (id, text, publication date: all a
predictor may use) and a task-specific answer in a separate field. The runner
hands only `row.question` to the pipeline, so no scorer can leak the answer
into the prediction by accident; the shuffled-label test relies on this split.

The reader is liberal on purpose: the held-out files come in the same formats
but may use `source_code`/`target_code` (full CAMEO actor codes such as
``USAGOV``) instead of `sources`/`targets`, may flag rows ``"no_event": true``,
and may leave keys out or null. Anything that is not JSON, or not an object,
or has no `text`, is an error naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from newsevents.errors import GoldFormatError
from newsevents.model import Event, Span

A = TypeVar("A")

# CAMEO role codes (facts from the CAMEO manual's role tables): a triple after
# the country part of an actor code is a sector only when it is one of these.
# fmt: off
ROLE_CODES = frozenset((
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "PTY", "JRN", "REL", "MOS", "CIV", "SOC",
))
# fmt: on
# Country codes that CAMEO (or older dictionaries) spell differently from ISO 3166.
COUNTRY_ALIASES = {
    "ROM": "ROU",
    "TMP": "TLS",
    "IMY": "IMN",
    "MTN": "MNE",
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    # PLOVER names the UN and the EU in the country slot (UNO, EUR); CAMEO gold writes
    # both as the generic IGO (IGOUNO, IGOEUR), so both sides compare as IGO.
    "UNO": "IGO",
    "EUR": "IGO",
}


@dataclass(frozen=True, slots=True)
class Question:
    """What a predictor may know about a gold row: never its answer."""

    row_id: str
    text: str
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class GoldRow(Generic[A]):
    """One gold row: the question, the answer kept apart, and the raw line number."""

    question: Question
    answer: A
    line: int = 0


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One gold actor: CAMEO country (normalised to ISO-3 where aliased), sector, phrase."""

    country: str | None
    sector: str | None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event: CAMEO code and root (None when the gold left them blank)."""

    code: str | None
    root: str | None
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()


@dataclass(frozen=True, slots=True)
class EventsAnswer:
    """The events of a sentence; `no_event` rows make every prediction a false alarm."""

    events: tuple[GoldEvent, ...]
    no_event: bool = False


@dataclass(frozen=True, slots=True)
class SpansAnswer:
    """Source, target and reciprocal (both-role) actor phrases of a sentence."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    reciprocal: tuple[str, ...] = ()


def norm_country(code: str | None) -> str | None:
    """Upper-case a country code and map CAMEO's non-ISO spellings to ISO-3."""
    if not code:
        return None
    code = code.strip().upper()
    return COUNTRY_ALIASES.get(code, code) or None


def split_actor_code(code: str | None) -> GoldActor:
    """Split a full CAMEO actor code (``USAGOV``, ``IGOUNO``, ``PRKMILREB``).

    The first three letters are the country or international generic (IGO,
    NGO, ISM, MNC...); the sector is the first later triple that is a role code,
    so organisation triples such as ``UNO`` in ``IGOUNO`` are not mistaken for
    sectors.
    """
    if not code or not code.strip():
        return GoldActor(None, None, None)
    text = code.strip().upper()
    triples = [text[i : i + 3] for i in range(3, len(text), 3)]
    sector = next((t for t in triples if t in ROLE_CODES), None)
    return GoldActor(norm_country(text[:3]), sector, None)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; errors name file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"cannot open gold file {path}: {exc.strerror or exc}") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise GoldFormatError(f"{path}:{number}: expected a JSON object per line")
            yield number, obj


def question_of(obj: Mapping[str, Any], path: Path, number: int) -> Question:
    """The question part of a raw row: id, text and publication date (`date` or `dct`)."""
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{path}:{number}: row has no `text`")
    row_id = str(obj.get("id") or f"{path.name}:{number}")
    return Question(row_id, text, _date(obj.get("date") or obj.get("dct"), path, number))


def _date(value: Any, path: Path, number: int) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise GoldFormatError(f"{path}:{number}: date {value!r} is not YYYY-MM-DD") from exc


def _actors(raw: Any, code: Any) -> tuple[GoldActor, ...]:
    """Actors from a `sources`-style list of objects, else from `*_code` string(s)."""
    out: list[GoldActor] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, Mapping):
            sector = item.get("sector")
            out.append(
                GoldActor(
                    norm_country(item.get("country")),
                    str(sector).upper() if sector else None,
                    item.get("text"),
                )
            )
    if not out:
        codes = code if isinstance(code, list) else [code]
        out = [split_actor_code(c) for c in codes if isinstance(c, str) and c.strip()]
    return tuple(out)


def _event(raw: Mapping[str, Any]) -> GoldEvent:
    code = raw.get("code") or raw.get("cameo") or raw.get("event_code")
    code = str(code).strip() if code not in (None, "") else None
    root = raw.get("root")
    root = str(root).strip().zfill(2) if root not in (None, "") else None
    if root is None and code:
        root = code[:2]
    return GoldEvent(
        code,
        root,
        _actors(raw.get("sources"), raw.get("source_code")),
        _actors(raw.get("targets"), raw.get("target_code")),
    )


def events_answer(obj: Mapping[str, Any]) -> EventsAnswer | None:
    """The events answer of a raw row, or None when the row says nothing about events.

    `events: null` (the pentaclass file) says nothing; `events: []` or
    `no_event: true` says "no event here".
    """
    raw = obj.get("events")
    no_event = bool(obj.get("no_event"))
    if raw is None and not no_event:
        return None
    events = tuple(_event(e) for e in (raw or []) if isinstance(e, Mapping))
    return EventsAnswer(events, no_event or not events)


def load_events(path: Path) -> list[GoldRow[EventsAnswer]]:
    """Rows with an events answer (others are skipped: they cannot be scored)."""
    rows: list[GoldRow[EventsAnswer]] = []
    for number, obj in read_jsonl(path):
        question = question_of(obj, path, number)
        answer = events_answer(obj)
        if answer is not None:
            rows.append(GoldRow(question, answer, number))
    return rows


def pentaclass_of_root(root: str | None) -> int | None:
    """The five-class grouping of a CAMEO root (see README of the gold data)."""
    if not root or not root[:2].isdigit():
        return None
    value = int(root[:2])
    if value in (1, 2):
        return 0
    if 3 <= value <= 5:
        return 1
    if 6 <= value <= 8:
        return 2
    if 9 <= value <= 13 or value == 16:
        return 3
    if value in (14, 15) or 17 <= value <= 20:
        return 4
    return None


def load_pentaclass(path: Path) -> list[GoldRow[int]]:
    """Rows with a `pentaclass` 0-4, or one derived from the first event's root."""
    rows: list[GoldRow[int]] = []
    for number, obj in read_jsonl(path):
        question = question_of(obj, path, number)
        label = obj.get("pentaclass")
        if label is None:
            answer = events_answer(obj)
            first = answer.events[0] if answer and answer.events else None
            label = pentaclass_of_root(first.root) if first else None
        if label is None:
            continue
        if not isinstance(label, int) or not 0 <= label <= 4:
            raise GoldFormatError(f"{path}:{number}: pentaclass {label!r} is not 0-4")
        rows.append(GoldRow(question, label, number))
    return rows


def _phrases(value: Any) -> tuple[str, ...]:
    return tuple(p for p in (value or []) if isinstance(p, str) and p.strip())


def load_spans(path: Path) -> list[GoldRow[SpansAnswer]]:
    """Rows with source / target / reciprocal actor phrases."""
    rows: list[GoldRow[SpansAnswer]] = []
    for number, obj in read_jsonl(path):
        question = question_of(obj, path, number)
        answer = SpansAnswer(
            _phrases(obj.get("sources")),
            _phrases(obj.get("targets")),
            _phrases(obj.get("reciprocal")),
        )
        rows.append(GoldRow(question, answer, number))
    return rows


# --- what the scorers compare a gold row with -------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted event, reduced to what the scorers need.

    Built from a pipeline `Event` by `predicted_from_event`, or by hand in
    tests, so every scorer is a pure function testable without a model.
    """

    code: str
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    source_span: Span | None = None
    target_span: Span | None = None
    verb_span: Span | None = None
    sentence_index: int = 0
    modality: str = "asserted"

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One miss or false alarm, written as a JSON line by `--errors`."""

    row_id: str
    text: str
    kind: str
    gold: Any
    predicted: Any


@dataclass(frozen=True, slots=True)
class Scored:
    """A scorer's result: the figures and every error behind them."""

    scores: dict[str, float | int]
    errors: tuple[ErrorRecord, ...] = ()


def predicted_from_event(event: Event) -> Predicted:
    """Reduce a coded `Event` to a `Predicted` record (spans from provenance, else actors)."""
    prov = event.provenance
    source, target = event.source, event.target
    return Predicted(
        code=event.cameo.code,
        source_country=norm_country(source.country) if source else None,
        source_sector=source.sector if source else None,
        target_country=norm_country(target.country) if target else None,
        target_sector=target.sector if target else None,
        source_span=prov.source_span or (source.span if source else None),
        target_span=prov.target_span or (target.span if target else None),
        verb_span=prov.verb_span,
        sentence_index=prov.sentence_index,
        modality=event.modality,
    )
