"""Who stands behind an event: both sides, one side, third parties, or nobody named.

A claim made only by the side that benefits from it is weaker evidence than one
both sides agree on ("North Korean state media said ... South Korea also said").
This module only judges a given `reported_by` chain; the pipeline unions the
chains of restatements of one event before asking.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.model import Actor, Attribution, Corroboration


def corroboration(
    source: Actor | None, target: Actor | None, reported_by: Sequence[Attribution]
) -> Corroboration:
    """'both sides' when the cited sources include the source actor's country and the target's;
    'source side' or 'target side' when they include only one of them; 'third party' when every
    coded source is from another country, an IGO or third-country media; 'unattributed' when no
    cited source beyond the outlet can be placed on a side (none cited, none coded, or the
    event has neither a source nor a target actor to compare them with).

    Only `source` links count: a `via` medium passes a claim on without vouching for it, and
    the outlet is the publisher, not a witness. When source and target share a country (a
    domestic event), sides are told apart by their full codes (KORGOV vs KOROPP).
    """
    cited = [a.actor for a in reported_by if a.kind == "source" and a.actor is not None]
    if not cited or (source is None and target is None):
        return "unattributed"  # nobody named, or no side to compare the sources with
    src_side = any(_same_side(a, source, target) for a in cited)
    tgt_side = any(_same_side(a, target, source) for a in cited)
    if src_side and tgt_side:
        return "both sides"
    if src_side:
        return "source side"
    if tgt_side:
        return "target side"
    sides = {side_of(a) for a in (source, target) if a is not None}
    if any(side_of(a) not in sides for a in cited):
        return "third party"
    return "unattributed"  # only sources of a shared country that match neither side's code


def side_of(actor: Actor) -> str:
    """The country part of a code ("PRKMED" -> "PRK", "IGOUNO" -> "IGO")."""
    return actor.country or actor.code[:3]


def _same_side(cited: Actor, side: Actor | None, other: Actor | None) -> bool:
    """Is `cited` on `side`? By country, or by full code when both sides share a country."""
    if side is None:
        return False
    if other is not None and side_of(other) == side_of(side):
        return side.code != other.code and cited.code.startswith(side.code)
    return side_of(cited) == side_of(side)
