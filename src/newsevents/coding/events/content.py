"""What an act is about: the matched triggers in its content, and which hostile ones an
appeal asks for.

`content_triggers` walks down from a trigger through content edges (objects, complements,
"a plan to send") to the acts it reports, asks for or refuses.

"called for sanctions against X" asks others to act against X (CAMEO 113, rallying
opposition); "appealed to bring an end to the embargo" or "urged donors to help save
villagers threatened with hunger" name a hostile act only to undo it or to shield people
from it, and the appeal stays cooperative. Kept apart from events.select so the walk and
the word lists can be read and grown on their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsevents.coding.events.agents import CAUSATIVE_LEMMAS
from newsevents.coding.events.match import Match
from newsevents.coding.syntax import Tree

HOSTILE_ROOTS = frozenset({"11", "13", "14", "15", "16", "17", "18", "19", "20"})
# Words between an appeal and a hostile act that turn the ask against the act: to end it,
# lift it, or protect people from it ("to bring an end to the embargo", "to help save").
UNDOING_WORDS = frozenset(
    {
        "end",
        "lift",
        "stop",
        "halt",
        "cease",
        "ease",
        "remove",
        "suspend",
        "discontinue",
        "abandon",
        "drop",
        "scrap",
        "relax",
        "lifting",
        "ending",
        "removal",
        "halting",
        "easing",
        "cessation",
        "save",
        "protect",
        "help",
        "rescue",
        "shield",
        "spare",
        "prevent",
        "avoid",
        "avert",
        "defuse",
        "protection",
        "relief",
        "forgiveness",
        "apology",
        "pardon",
        "compensation",
        "reparation",
        "pay",
        "compensate",
        "repair",
        "rebuild",
        "investigate",
        "investigation",
        "probe",
        "condemn",
        "punish",
        "victim",
        "survivor",
    }
)
# A noun after these prepositions is the setting of the asked act, not the act asked for.
CIRCUMSTANCE_PREPS = frozenset(
    {"in", "during", "amid", "despite", "after", "since", "over", "with", "following", "throughout"}
)


def not_asked(tree: Tree, i: int, c: int, content: Match) -> bool:
    """A hostile act below an appeal that the appeal does not ask for: one it asks to end or
    to shield people from ("to bring an end to the embargo", "to help save civilians
    threatened with starvation", "for forgiveness for atrocities"), or the circumstance
    of what is asked ("to rally behind the assembly in its standoff with")."""
    if content.pattern.code[:2] not in HOSTILE_ROOTS:
        return False
    path = []
    for a in tree.ancestors(c):
        if a == i:
            break
        path.append(a)
    else:
        return False
    # "bring an end to the embargo": the undoing word may be the object of a path verb
    words = path + [o for a in path for o in tree.children(a, frozenset({"dobj"}))]
    if any(tree.tok(a).lemma.lower() in UNDOING_WORDS for a in words):
        return True
    t = tree.tok(c)
    h = tree.head(c)
    return t.dep == "pobj" and h is not None and tree.tok(h).lemma.lower() in CIRCUMSTANCE_PREPS


# Edges through which a trigger's content hangs below it ("demanded the release of ...").
CONTENT_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "prep",
        "pobj",
        "pcomp",
        "nsubjpass",
        "attr",
        "compound",
        "oprd",
        "dative",
    }
)


def content_triggers(tree: Tree, i: int, by_trigger: Mapping[int, Match]) -> list[int]:
    """Matched triggers below `i` reached only through content edges, nearest first."""
    found: list[int] = []
    frontier = [i]
    while frontier:
        nxt = []
        for node in frontier:
            for c in tree.children(node):
                t = tree.tok(c)
                if (
                    t.dep in CONTENT_DEPS
                    or (t.dep == "conj" and (node != i or t.pos != "VERB"))
                    or (node == i and _manner_only(tree, i, c, by_trigger))
                    or _asked_clause(tree, i, node, c)
                ):
                    if c in by_trigger:
                        found.append(c)
                    nxt.append(c)
        frontier = nxt
    return found


# Participles and infinitives that are acts of their own ("called for talks, accusing
# Ruritania of stalling", "visited the minister's home to protest the cuts"): criticism,
# rejection and protest after another act are a second act, not its manner or purpose.
OWN_ACT_ROOTS = frozenset({"11", "12", "14"})
MANNER_HEAD_ROOTS = frozenset({"14"})
# "flew to Lima to meet the president": a journey's purpose meeting is a happening of its own
JOURNEY_CODE = "042"
CONSULT_ROOT = "04"
INTENT_ROOT = "03"


def _manner_only(tree: Tree, i: int, c: int, by_trigger: Mapping[int, Match]) -> bool:
    return _purpose_or_manner(tree, c) and not _act_of_its_own(tree, i, c, by_trigger)


def refuses(tree: Tree, m: Match) -> bool:
    """ "vowed not to resume talks": an intent whose complement is negated announces a
    refusal (events/code_rules.py codes it 12x), not the intent."""
    return (
        m.pattern.code[:2] == INTENT_ROOT
        and m.complement is not None
        and tree.is_negated(m.complement)
    )


def _act_of_its_own(tree: Tree, i: int, c: int, by_trigger: Mapping[int, Match]) -> bool:
    """A participle or infinitive that accuses, criticises, rejects or protests is an act of its
    own, except after a protest, whose demands and accusations are how it protests ("rallied,
    accusing the mayor of fraud", "marched to protest the cuts"); so is one announcing a
    refusal ("called for a vote, vowing not to resume talks"), and a meeting a journey is made
    for."""
    own = by_trigger.get(c)
    if own is None:
        return False
    head = by_trigger.get(i)
    if own.targets and _met_on_a_journey(own, head):
        return True
    rejects = own.pattern.code[:2] in OWN_ACT_ROOTS and bool(own.targets)
    if not rejects and not refuses(tree, own):
        return False
    return head is None or head.pattern.code[:2] not in MANNER_HEAD_ROOTS


def _met_on_a_journey(own: Match, head: Match | None) -> bool:
    """ "flew to Lima to meet the president": the meeting a journey is made for is coded too
    (a journey by someone who is no state party is no visit, and the meeting is the news)."""
    return (
        head is not None
        and head.pattern.code == JOURNEY_CODE
        and own.pattern.code[:2] == CONSULT_ROOT
        and own.pattern.code != JOURNEY_CODE
    )


def _asked_clause(tree: Tree, i: int, node: int, c: int) -> bool:
    """ "a plan to send", "its demand that Israel ease", "a call to lay down arms": the
    infinitive or that-clause after a noun is what the noun asks or plans. Under the trigger
    itself only for a noun trigger (a verb's own `acl` describes a noun it modifies). The
    parser sometimes calls the infinitive a relative clause (after a quoted noun: 'an
    "action plan" to re-enter'); with its "to" it is the same complement."""
    t = tree.tok(c)
    infinitive_relative = t.dep == "relcl" and any(
        tree.tok(a).text.lower() == "to" for a in tree.children(c, frozenset({"aux"}))
    )
    if (t.dep != "acl" and not infinitive_relative) or t.tag != "VB":
        return False
    return node != i or tree.tok(i).pos in ("NOUN", "PROPN")


def _purpose_or_manner(tree: Tree, c: int) -> bool:
    """ "blocked roads to press demands", "rallied, demanding reform": an infinitive of
    purpose or a participle of manner says why or how, it is not a second event. A
    participle of consequence ("sacked the judge, sparking protests") says what followed:
    what it set off is news of its own."""
    t = tree.tok(c)
    if t.dep != "advcl":
        return False
    if t.tag == "VBG" and not tree.children(c, frozenset({"mark"})):
        return t.lemma.lower() not in CAUSATIVE_LEMMAS
    return t.tag == "VB" and any(
        tree.tok(a).text.lower() == "to" for a in tree.children(c, frozenset({"aux"}))
    )
