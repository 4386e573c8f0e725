"""Why was this event coded this way? A readable account built from its stored record.

Everything shown comes from the event's evidence (sentence and offsets, rule,
versions, timex, place, reported_by chain), so the explanation can never
disagree with what was stored.
"""

from __future__ import annotations

from typing import Any

ROLES = ("source", "verb", "target")


def mark_sentence(record: dict[str, Any]) -> str:
    """The sentence with source, verb and target bracketed: ``[source: ...]``.

    Offsets in the record index the article; the sentence's own span converts
    them to sentence offsets. Overlapping spans keep the first (leftmost) one.
    """
    evidence = record.get("evidence") or {}
    sentence = record.get("sentence") or ""
    base = (evidence.get("sentence") or {}).get("start", 0)
    spans = []
    for role in ROLES:
        span = evidence.get(role)
        if span and 0 <= span["start"] - base <= span["end"] - base <= len(sentence):
            spans.append((span["start"] - base, span["end"] - base, role))
    out: list[str] = []
    at = 0
    for start, end, role in sorted(spans):
        if start < at:
            continue
        out += [sentence[at:start], f"[{role}: {sentence[start:end]}]"]
        at = end
    out.append(sentence[at:])
    return "".join(out)


def explain_lines(record: dict[str, Any], *, replaced_chars: int = 0) -> list[str]:
    """The explanation of one event record, as lines of plain text; `replaced_chars`: the
    article's characters that were bad bytes replaced by U+FFFD (shown when any)."""
    repaired = [f"input:       {replaced_chars} bad bytes in the article were replaced (U+FFFD)"]
    return [
        f"event {record['event_id']} (article {record['article_id']}, "
        f"sentence {record.get('sentence_index')})",
        "  " + " ".join(mark_sentence(record).split()),
        f"code:        {_code(record)}",
        f"source:      {_actor(record.get('source'))}",
        f"target:      {_actor(record.get('target'))}",
        f"status:      {record.get('modality')}, confidence {record.get('confidence')}, "
        f"corroboration: {record.get('corroboration')}",
        f"rule:        {record.get('rule')}",
        f"versions:    dictionaries {record.get('dictionary_version') or '?'}; "
        f"model {record.get('model_version') or '?'}",
        f"date:        {_date(record)}",
        f"place:       {_place(record.get('place'))}",
        "reported by: " + _reported_by(record.get("reported_by") or []),
        *(repaired if replaced_chars else []),
    ]


def _code(record: dict[str, Any]) -> str:
    return (
        f"{record.get('cameo_code')} {record.get('cameo_name') or ''} "
        f"(root {record.get('cameo_root')}, quad class {record.get('quad_class')}, "
        f"Goldstein {record.get('goldstein')}, PLOVER {record.get('plover')})"
    )


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "none"
    entry = f", dictionary entry {actor['entry']}" if actor.get("entry") else ""
    return (
        f"{actor.get('code')} (country {actor.get('country')}, sector {actor.get('sector')}) "
        f"from {actor.get('text')!r}{entry}"
    )


def _date(record: dict[str, Any]) -> str:
    timex = record.get("timex") or {}
    found = f'; timex "{timex["text"]}" = {timex.get("value")}' if timex.get("text") else ""
    if not found and timex.get("value"):
        found = f"; timex value {timex['value']}"
    return (
        f"{record.get('date') or 'unknown'} (precision {record.get('date_precision')}, "
        f"from {record.get('date_from')}{found}; published {record.get('published') or '?'})"
    )


def _place(place: dict[str, Any] | None) -> str:
    if not place:
        return "none"
    text = ((place.get("span") or {}).get("text")) or place.get("name")
    return (
        f"{place.get('name')} (GeoNames {place.get('geonameid')}, "
        f"{place.get('lat')}, {place.get('lon')}, country {place.get('country')}, "
        f"role {place.get('role')}, from {text!r})"
    )


def _reported_by(chain: list[dict[str, Any]]) -> str:
    if not chain:
        return "nobody named (unattributed)"
    links = []
    for link in chain:
        actor = f" [{link['actor']}]" if link.get("actor") else ""
        quote = f' "{link["quote"]}"' if link.get("quote") else ""
        links.append(f"{link.get('name')} ({link.get('kind')}){actor}{quote}")
    return " <- ".join(links)
