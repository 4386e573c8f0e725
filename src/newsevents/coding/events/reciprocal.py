"""Reciprocal acts: "A and B accused each other" is A's act toward B and B's toward A.

Coordinated parties of a cooperative act with no other party act on each other ("Chile
and Peru met / agreed / signed", `RECIPROCAL_ROOTS`), and "both sides" stands for the two
states named last (`Discourse.reciprocal`). Any act can be made mutual by its
object, though: a reciprocal pronoun ("accused each other", "expelled one another's
envoys", "each expelled the other's diplomats") names no actor of its own, so left alone
the events lose their target, or the pronoun is taken for one of the parties. Verbs of
exchange say the same without a pronoun ("traded accusations", "exchanged fire", "swapped
prisoners"). Event data users count both directions of a dyad, and careful coders key
both: "the two governments expelled each other's envoys" is two expulsions.

This module tells the coder when an act is mutual, by its code, its verb or its object,
and pairs the parties of a mutual act; the coder keeps the role a reciprocal possessive
names ("each other's diplomats": the other party's government).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.coding.syntax import Tree
from newsevents.model import Actor

# Roots whose events with coordinated sources and no target read as mutual:
# "Hungary and Romania agreed / met / signed" is each doing it with the other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
# Codes that are mutual whatever their root: "Serbia and Kosovo failed to reach a deal" (164).
RECIPROCAL_CODES = frozenset({"164"})


@dataclass(frozen=True)
class ReciprocalWords:
    """The words that make an act mutual (data, injected)."""

    pronouns: tuple[str, ...]
    exchange_lemmas: frozenset[str]

    def names_each_other(self, text: str) -> bool:
        """Whether an object phrase is a reciprocal one ("one another's staff")."""
        lowered = " ".join(text.lower().replace("’", "'").split())
        return any(lowered.startswith(p) or f" {p}" in lowered for p in self.pronouns)

    def reciprocal_object(self, tree: Tree, objects: Sequence[int]) -> bool:
        """Whether every object of the act is a reciprocal phrase (read whole: "ten of
        the other's envoys")."""
        return bool(objects) and all(
            self.names_each_other(tree.full_phrase(o).text) for o in objects
        )

    def exchange(self, tree: Tree, trigger: int) -> bool:
        """Whether the act is told by a verb of exchange ("traded", "exchanged")."""
        return tree.tok(trigger).lemma.lower() in self.exchange_lemmas


RECIPROCAL_WORDS = ReciprocalWords(
    pronouns=("each other", "one another", "the other's"),
    exchange_lemmas=frozenset({"trade", "exchange", "swap"}),
)


@dataclass(frozen=True)
class Mutuality:
    """How an act's parties stand to each other: `mutual` when coordinated parties with no
    other party act on each other; `each_other` when a reciprocal object says so, with the
    `role` its possessive names for the party acted upon."""

    mutual: bool
    each_other: bool
    role: str | None

    @property
    def marker(self) -> str:
        """What the rule id adds, so `explain` shows the reading: `+reciprocal`."""
        return "+reciprocal" if self.each_other else ""

    def in_role(self, actor: Actor | None) -> Actor | None:
        """The party acted upon, in the role the reciprocal phrase names, if it has none."""
        if self.role is None or actor is None or actor.country is None or actor.sector:
            return actor
        code = actor.country + self.role
        return dataclasses.replace(actor, code=code, sector=self.role)


def mutual_code(code: str) -> bool:
    """Whether coordinated sources with no target act on each other (see RECIPROCAL_*)."""
    return code[:2] in RECIPROCAL_ROOTS or code in RECIPROCAL_CODES


def mutual_root(code: str) -> bool:
    """Whether the act is cooperative: its thing-object does not stop the parties acting on
    each other ("Chile and Peru agreed on the text")."""
    return code[:2] in RECIPROCAL_ROOTS


def party_pairs(
    sources: list[int], targets: list[int], mutual: bool
) -> list[tuple[int | None, int | None]]:
    if not targets and len(sources) >= 2 and mutual:
        return [(s, t) for s in sources for t in sources if s != t]
    srcs: list[int | None] = list(sources) or [None]
    tgts: list[int | None] = list(targets) or [None]
    return [(s, t) for s in srcs for t in tgts if s is None or s != t]
