"""How a kept act's code is decided: by what it is about, by a warning, by the future, by
negation, by an authority's own order.

Each rule sees the act, its code so far and its content, and may return a more specific
code; `CODE_RULES` lists them in order and the first that changes the code decides. Kept
apart from `events.select` (which acts are events at all) so each reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from newsevents.coding.events.content import refuses
from newsevents.coding.events.match import Match
from newsevents.coding.events.refine import (
    AGREEMENT_ROOT,
    CONFLICT_ROOTS,
    COOPERATIVE_ROOTS,
    FAILED_TALKS,
    failed,
    intended,
    refine,
    warned_threat,
)
from newsevents.coding.events.tense import is_future
from newsevents.coding.syntax import Tree

# Verbs by which an authority has its own agents act.
ORDER_LEMMAS = frozenset({"order", "direct", "instruct", "command"})
# What an authority signs to have its own agents act: "signed a proclamation to allow the
# deployment" is the deployment (15x), no agreement (057) with anyone.
DECREE_NOUNS = frozenset(
    {"proclamation", "order", "decree", "directive", "edict", "ordinance", "memorandum"}
)
SIGNING_CODE = "057"
# Admitting a deployment (0861) by one's own decree, with no foreign force named, is sending
# one's own troops: "signed a proclamation to allow the deployment" (154).
ADMISSION_CODES = frozenset({"086", "0861"})
OWN_DEPLOYMENT_CODE = "154"
# Roots whose negation is a refusal: not recognising, endorsing or accepting (05), or not
# intending to accept (03: "will not accept the proposal") rejects. A negated yield ("did
# not release") stays a flagged non-event: it need not be a refusal.
REFUSABLE_ROOTS = frozenset({"03", "05"})
REFUSAL_CODE = "120"
INTENT_CODE = "030"
APPEAL_ROOT = "02"
# Verbs of wanting: "wants X to act" appeals to X, "wants to act" announces the own intent.
WISH_LEMMAS = frozenset({"want", "wish"})
# Statement verbs whose conflictual reported content makes them a threat ("warned that ...").
WARNING_VERBS = frozenset({"warn", "caution", "forewarn"})
CodeRule = Callable[[Tree, Match, str, "Match | None", Collection[str]], tuple[str, "Match | None"]]


def _by_content(
    _tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """The act made specific by what it is about ("demanded the release" -> 1041)."""
    return refine(code, content, known, m), content


def _by_refused_content(
    tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """ "vowed not to resume talks", "pledged never to accept the plan": an intent whose
    cooperative content is negated announces a refusal of it (12x: 125 for talks), not the
    intent to do it."""
    if content is None or content.trigger != m.complement or not refuses(tree, m):
        return code, content
    if content.pattern.code[:2] not in COOPERATIVE_ROOTS:
        return code, content
    return refine(REFUSAL_CODE, content, known), content


def _by_own_wish(
    tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """ "Uganda wants to reach a truce with Kenya": wanting to do an act oneself (no one named
    to do it) is an intent (03x: 0356), or a threat when the act is hostile ("wants to
    attack" 13x), not an appeal; "wants Kenya to reach a truce" stays an appeal to Kenya."""
    if m.pattern.code[:2] != APPEAL_ROOT or m.targets or content is None:
        return code, content
    if tree.tok(m.trigger).lemma.lower() not in WISH_LEMMAS or content.trigger != m.complement:
        return code, content
    if content.pattern.code[:2] not in COOPERATIVE_ROOTS | CONFLICT_ROOTS:
        return code, content  # "want to make clear": no act announced
    return refine(INTENT_CODE, content, known), content


def _by_warning(
    tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """A warning whose content is a threat or force is that threat (13x)."""
    if content is None or not _warns(tree, m):
        return code, content
    return warned_threat(code, content, known), content


def _by_future(
    tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """An announced act is an intent (03x), a refusal when negated, or a threat (13x)."""
    if not is_future(tree, m.trigger):
        return code, content
    return intended(code, m, known, negated=tree.is_negated(m.trigger))


def _by_negation(
    tree: Tree, m: Match, code: str, content: Match | None, known: Collection[str]
) -> tuple[str, Match | None]:
    """A negated act of recognition is a refusal: "does not recognise the government"
    rejects it (12x)."""
    if code[:2] == AGREEMENT_ROOT and failed(tree, m) and FAILED_TALKS in known:
        return FAILED_TALKS, m  # "failed to reach agreement": the talks broke down (164)
    if code[:2] not in REFUSABLE_ROOTS or not tree.is_negated(m.trigger):
        return code, content
    return refine("120", m, known), m


def _by_own_order(
    tree: Tree, m: Match, code: str, content: Match | None, _known: Collection[str]
) -> tuple[str, Match | None]:
    """ "The premier ordered the detainees to be freed": an order that its object be acted
    upon (a passive infinitive) is the act itself, done by whoever ordered it (0841); an
    order that its object act ("ordered the rebels to withdraw") stays a demand."""
    if tree.tok(m.trigger).lemma.lower() not in ORDER_LEMMAS or content is None:
        return code, content
    if tree.tok(content.trigger).dep != "xcomp" or not tree.is_passive(content.trigger):
        return code, content
    return content.pattern.code, content


def _by_signed_decree(
    tree: Tree, m: Match, code: str, content: Match | None, _known: Collection[str]
) -> tuple[str, Match | None]:
    """ "The president signed an order authorising the deployment": signing a decree is
    the act it orders, by the signer; signing one to approve an agreement stays 057."""
    if code != SIGNING_CODE or content is None or content.pattern.code[:2] == AGREEMENT_ROOT:
        return code, content
    objects = tree.children(m.trigger, frozenset({"dobj"}))
    if not any(tree.tok(o).lemma.lower() in DECREE_NOUNS for o in objects):
        return code, content
    if content.pattern.code in ADMISSION_CODES and not _whose_force(tree, content):
        return OWN_DEPLOYMENT_CODE, content
    return content.pattern.code, content


def _whose_force(tree: Tree, admitted: Match) -> list[int]:
    """The force an admission names ("the deployment of Peruvian peacekeepers")."""
    thing = admitted.literal
    return [] if thing is None else tree.prep_objects(thing, frozenset({"of"}))


# How a selected match's code is decided, in order; each rule applies only while the code is
# still the pattern's own (the first rule that changes it decides).
CODE_RULES: tuple[CodeRule, ...] = (
    _by_own_order,
    _by_signed_decree,
    _by_refused_content,
    _by_own_wish,
    _by_content,
    _by_warning,
    _by_future,
    _by_negation,
)


def _warns(tree: Tree, m: Match) -> bool:
    """A warning verb (not "expressed concern"), so a conflictual content is a threat."""
    return m.pattern.kind == "verb" and tree.tok(m.trigger).lemma.lower() in WARNING_VERBS
