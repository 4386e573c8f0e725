"""Which matches of a sentence are events, and how a verbal act is refined by its content.

Two rules, both from how CAMEO codes news:

* A verbal act (appeal, demand, threat, refusal, intent, criticism...) takes an
  action as its *content*: "urged X to release prisoners", "threatened to cut
  ties", "condemned the bombing". The content is not an event of its own; it
  refines the act's code (appeal + release -> 0253; threaten + cut ties -> 1313)
  and, for threats, becomes `threatened_code`.
* A plain statement ("said", code 010) is transparent: when its complement (or
  the clause it reports on) holds a coded event, that event is the news and the
  statement is dropped; a statement with nothing coded inside stays a 010.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from newsevents.coding.events.agents import caused, judged_acts
from newsevents.coding.events.code_rules import CODE_RULES
from newsevents.coding.events.content import content_triggers, not_asked
from newsevents.coding.events.evaluation import VERDICT_MARK
from newsevents.coding.events.match import Match
from newsevents.coding.events.passing import (
    HOSTILE_ACT_ROOTS,
    answered_attack,
    operation_commented,
    tells_act,
)
from newsevents.coding.events.refine import (
    ASK_ROOTS,
    VIOLENT_ROOTS,
    claim_code,
    hazard_target,
    natural_cause,
)
from newsevents.coding.events.tense import (
    AUX_DEPS,
    dated_past,
    is_background,
    timed_participle,
)
from newsevents.coding.syntax import Tree

# Verbs by which a cause drives someone to act: "forced the president to declare".
FORCING_LEMMAS = frozenset({"force", "compel", "oblige", "prompt", "drive", "push", "lead"})
TRANSPARENT_CODE = "010"
TRANSPARENT_CODES = frozenset({TRANSPARENT_CODE})
# The lexicon's verb that also gives something a name: "called the vote a farce".
NAMING_VERB = "call"
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
# Acts of the public (demonstrations, hunger strikes, strikes and boycotts): told as a bare
# noun ("the ruling sparked protests") they are still events, by the people of the story's
# country (coding/actors/context.py supplies them). Not riots: "violence", "unrest" name
# no act of anyone in particular.
PUBLIC_CODES = ("141", "142", "143")
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# "should" and "ought to" advise (an appeal, 02); "must" requires (a demand, 10).
ADVICE_MODALS = frozenset({"should", "ought"})
APPEAL_CODE = "020"
# What a wire's credit line names as the thing contributed to ("contributed to this report").
REPORT_NOUNS = frozenset({"report", "story", "article", "reporting", "dispatch"})
DETERMINERS = frozenset({"det"})
DEMAND_CODE = "100"
ACCUSE_CODE = "112"
# Predicates that pin an act on the clause's subject ("is responsible for", "was to blame for").
BLAMING_WORDS = frozenset({"responsible", "blame", "culpable", "guilty"})


@dataclass(frozen=True, slots=True)
class Selected:
    """A match kept as an event, with its refined code and the content it consumed."""

    match: Match
    code: str
    content: Match | None
    asker: Match | None = None  # the request/demand/offer looked through to its content


# Speech verbs that report an act as an accusation (the acts that make a claim one are
# HOSTILE_ACT_ROOTS: conflict and coercion; claims of cooperation stay statements).
ALLEGING_VERBS = frozenset({"claim", "allege"})
# Acts still news when told in a dated participle describing a noun: coercion and force
# ("activists arrested on Monday"); other acts so told ("a letter handed over on Monday")
# only describe the noun.
DATED_DESCRIBED_ROOTS = frozenset({"17", "18", "19", "20"})
# Appeals and intents: a hostile act they name only to end or undo it is not what they ask
# or offer ("agreed to a truce to end the fighting" offers the truce, threatens nothing).
ASKING_ROOTS = frozenset({"02", "03"})


def select(
    tree: Tree,
    matches: list[Match],
    known: Collection[str],
    *,
    published_year: int | None = None,
    act_nouns: Collection[str] = frozenset(),
) -> list[Selected]:
    """Apply the content and transparency rules; see the module docstring. `act_nouns` are
    the lexicon's nouns of acts, whose relative clauses tell the act itself."""
    hostile = {m.trigger for m in matches if m.pattern.code[:2] in HOSTILE_ACT_ROOTS}
    matches = [_as_blame(tree, _as_named(tree, _as_demand(tree, m)), hostile) for m in matches]
    content_of, consumed = _contents(tree, matches)
    shown = _candidates(tree, matches, consumed, published_year, act_nouns)
    by_trigger = {m.trigger: m for m in matches}
    out = []
    for m in shown:
        alleged = _alleged_act(tree, m, by_trigger)
        if alleged is not None:  # "claimed that X attacked": the claimant accuses X (112)
            out.append(Selected(m, claim_code(tree, m, alleged, known), alleged, None))
            continue
        if _only_attributes(tree, m, shown) and m.trigger not in content_of:
            if not (m.sources and judged_acts(tree, m.trigger)):
                continue
            m = _as_verdict(m)
        content, asker = asked_content(m.trigger, content_of)
        code = m.pattern.code
        for rule in CODE_RULES:
            if code != m.pattern.code:
                break
            code, content = rule(tree, m, code, content, known)
        out.append(Selected(m, code, content, asker))
    return out


def _contents(tree: Tree, matches: list[Match]) -> tuple[dict[int, Match], set[int]]:
    """What each act is about (trigger -> main content) and the triggers consumed as content."""
    by_trigger = {m.trigger: m for m in matches}
    consumed: set[int] = set()
    content_of: dict[int, Match] = {}
    for m in matches:
        if m.pattern.code in TRANSPARENT_CODES:
            judged = operation_commented(tree, m.trigger, by_trigger)
            if judged is not None:
                content_of[m.trigger] = judged
                consumed.add(judged.trigger)
            continue
        inside = [c for c in content_triggers(tree, m.trigger, by_trigger) if c != m.trigger]
        inside += _violent_means(tree, m, by_trigger)
        consumed.update(inside)
        first = _main_content(tree, m, inside, by_trigger)
        if first is not None:
            content_of[m.trigger] = first
    return content_of, consumed


def _candidates(
    tree: Tree,
    matches: list[Match],
    consumed: set[int],
    published_year: int | None,
    act_nouns: Collection[str],
) -> list[Match]:
    """The matches that may be events: foreground acts first, background only without them."""
    # a noun with no actor around it ("an explosion was heard") may refine an act that
    # governs it, but is no event of its own, unless the public does it ("sparked protests")
    real = [
        m
        for m in matches
        if (m.pattern.kind == "verb" or m.sources or m.targets or public_act(m.pattern.code))
        and not natural_cause(tree, m)
        and not hazard_target(tree, m)
        and not credit_line(tree, m)
    ]
    live = [m for m in real if m.trigger not in consumed]
    # a bare statement is no main event: "issued a declaration demanding ..." keeps the demand
    foreground = [
        m
        for m in live
        if _in_foreground(tree, m, live, act_nouns) and m.pattern.code not in TRANSPARENT_CODES
    ]
    if not foreground:
        return live
    foreground += [m for m in live if m.pattern.code in TRANSPARENT_CODES]
    chosen = set(foreground)  # a set: membership in the list made long sentences quadratic
    foreground += [
        m for m in live if m not in chosen and dated_past(tree, m.trigger, published_year)
    ]
    return foreground


def _alleged_act(tree: Tree, m: Match, by_trigger: Mapping[int, Match]) -> Match | None:
    """The hostile act a claim or allegation reports ("alleged that rebels shelled"), if any.

    The claim is an accusation by the claimant against whoever the act is pinned on; the
    act itself is coded too, with modality `alleged` (attribution.modality)."""
    if m.pattern.code not in TRANSPARENT_CODES or not m.sources:
        return None
    if tree.tok(m.trigger).lemma.lower() not in ALLEGING_VERBS:
        return None
    for c in content_triggers(tree, m.trigger, by_trigger):
        inner = by_trigger[c].pattern.code
        if c != m.trigger and inner[:2] in HOSTILE_ACT_ROOTS:
            return by_trigger[c]
    return None


def _only_attributes(tree: Tree, m: Match, shown: list[Match]) -> bool:
    """A plain statement that merely credits other news is no event of its own; one that
    names what it describes ("describing the raids as a disgrace") is a judgement."""
    return (
        m.pattern.code in TRANSPARENT_CODES
        and not m.pattern.target_object
        and (not m.sources or attributes(tree, m.trigger) or _reports_event(shown))
    )


def asked_content(i: int, content_of: Mapping[int, Match]) -> tuple[Match | None, Match | None]:
    """The content of trigger `i`, looking through a request, demand, appeal or offer noun
    it governs: "rejected a request to extradite" refuses the extradition, "turned down
    calls for aid" the aid. A verb there is an act of its own ("signed a pact, pledging to
    help"). Returns (content, the ask looked through or None)."""
    content = content_of.get(i)
    asker = None
    seen = {i}
    while (
        content is not None
        and content.trigger not in seen
        and content.pattern.kind == "noun"
        and content.pattern.code[:2] in ASK_ROOTS
    ):
        seen.add(content.trigger)
        deeper = content_of.get(content.trigger)
        asker = content
        if deeper is None:
            break
        content = deeper
    return content, asker


def public_act(code: str) -> bool:
    """Whether an act told with no actor is still the public's (`PUBLIC_CODES`)."""
    return code.startswith(PUBLIC_CODES)


def _in_foreground(tree: Tree, m: Match, live: list[Match], act_nouns: Collection[str]) -> bool:
    """Whether the match is main news: not background, or background that is news of its
    own (a caused public act or drawn reaction, a forced act, the attack another act of
    force answered, what happened in the course of an act, coercion or force told in a
    dated participle: "the activists arrested on Monday")."""
    if not is_background(tree, m.trigger) or _caused_public(tree, m) or _forced_act(tree, m):
        return True
    if answered_attack(tree, m, live) or tells_act(tree, m, act_nouns):
        return True
    return m.pattern.code[:2] in DATED_DESCRIBED_ROOTS and timed_participle(tree, m.trigger)


def _caused_public(tree: Tree, m: Match) -> bool:
    """ "the ruling sparked a wave of protests": a public act something set off is news;
    so is a reaction by someone named that it drew ("the march, which drew criticism from
    the president"), even told in a relative clause about what drew it."""
    if m.pattern.kind != "noun" or not caused(tree, m.trigger):
        return False
    return public_act(m.pattern.code) or bool(m.sources)


def _forced_act(tree: Tree, m: Match) -> bool:
    """ "a wave of attacks, which forced the president to declare a state of emergency":
    what someone was forced or driven to do is news of its own, even when the forcing is
    told in a relative clause about the cause."""
    head = tree.head(m.trigger)
    return (
        m.pattern.kind == "verb"
        and tree.tok(m.trigger).dep == "xcomp"
        and head is not None
        and tree.tok(head).lemma.lower() in FORCING_LEMMAS
        and bool(m.sources)
    )


def credit_line(tree: Tree, m: Match) -> bool:
    """ "AP writers X and Y contributed to this report": the wire's credit line acts on the
    report itself ("this report", "this story"), which no political event does."""
    if not m.targets:
        return False
    return all(
        tree.tok(h).lemma.lower() in REPORT_NOUNS
        and any(tree.tok(d).text.lower() in ("this", "the") for d in tree.children(h, DETERMINERS))
        for h in m.targets
    )


def attributes(tree: Tree, i: int) -> bool:
    """ "Typhoon X flooded the city, the observatory said": a statement after the clause it
    reports only names the source of that news; when the news codes nothing, nothing
    political was said. A statement that leads ("X said that ...") or follows a quotation
    ('"We had no part in it," a spokesman said') is kept: there the words are the act."""
    before = [c for c in tree.children(i, frozenset({"ccomp"})) if c < i]
    if not before:
        return False
    first = tree.sentence.tokens[0].i
    return not any(tree.tok(k).text in QUOTE_MARKS for k in range(first, i))


def _as_demand(tree: Tree, m: Match) -> Match:
    """ "X said Y must do Z" is a demand on Y (CAMEO 10), "Y should do Z" an appeal (02), not
    a plain statement."""
    if m.pattern.code not in TRANSPARENT_CODES:
        return m
    for clause in tree.children(m.trigger, frozenset({"ccomp"})):
        # "ought" heads its clause itself ("the accords ought to be revised")
        verbs = [clause, *tree.children(clause, AUX_DEPS)]
        modals = {
            tree.tok(a).lemma.lower() for a in verbs if a != clause or tree.tok(a).tag == "MD"
        }
        subject = tree.child(clause, frozenset({"nsubj", "nsubjpass"}))
        if modals & OBLIGATION_MODALS and subject is not None:
            code = DEMAND_CODE if modals & (OBLIGATION_MODALS - ADVICE_MODALS) else APPEAL_CODE
            pattern = dataclasses.replace(m.pattern, code=code)
            return dataclasses.replace(m, pattern=pattern, targets=(subject,), complement=clause)
    return m


def _as_blame(tree: Tree, m: Match, hostile: Collection[int]) -> Match:
    """ "said Chilean agents were behind the attack", "said Chile is responsible for the
    bombing": a statement that pins a hostile act on someone accuses them (112), as "accused
    Chile of the bombing" does; the one blamed is the target."""
    if m.pattern.code not in TRANSPARENT_CODES:
        return m
    said = tree.children(m.trigger, frozenset({"ccomp"}))
    # one level down too: "said the analysis shows that Chile is responsible"
    said += [c for s in said for c in tree.children(s, frozenset({"ccomp"}))]
    for clause in said:
        subject = tree.child(clause, frozenset({"nsubj"}))
        if subject is None or not set(_blamed_acts(tree, clause)) & set(hostile):
            continue
        rule = f"{m.pattern.rule}=>{ACCUSE_CODE}:blame"  # `explain` shows the statement
        pattern = dataclasses.replace(m.pattern, code=ACCUSE_CODE, rule=rule)
        return dataclasses.replace(m, pattern=pattern, targets=(subject,), complement=clause)
    return m


def _blamed_acts(tree: Tree, clause: int) -> list[int]:
    """The acts a copular clause pins on its subject: "were behind X", "is responsible for
    X", "was to blame for X"."""
    if tree.tok(clause).lemma.lower() != "be":
        return []
    acts = tree.prep_objects(clause, frozenset({"behind"}))
    for word in tree.children(clause, frozenset({"acomp", "xcomp"})):
        if tree.tok(word).lemma.lower() in BLAMING_WORDS:
            acts += tree.prep_objects(word, frozenset({"for"}))
    return acts


def _as_named(tree: Tree, m: Match) -> Match:
    """ "called the blast a terrorist act", "called the vote a farce": naming something is a
    statement about it (010, later judged by its words) aimed at what is named, not an appeal
    to anyone. The rule says so, for `explain`."""
    if tree.tok(m.trigger).lemma.lower() != NAMING_VERB or m.pattern.kind != "verb":
        return m
    named = tree.children(m.trigger, frozenset({"dobj"}))
    if not named or not tree.children(m.trigger, frozenset({"oprd"})):
        return m
    rule = f"{m.pattern.rule}=>{TRANSPARENT_CODE}:naming"
    pattern = dataclasses.replace(m.pattern, code=TRANSPARENT_CODE, rule=rule)
    return dataclasses.replace(m, pattern=pattern, targets=(named[0],), complement=None)


def _as_verdict(m: Match) -> Match:
    """ "said it was preposterous for the police to raid the paper": a statement weighing
    an act reported beside it is kept as a verdict on the act's doer, beside the act. The
    rule marks it, so the builder keeps it only if its words judge (`evaluation`)."""
    rule = f"{m.pattern.rule}=>{TRANSPARENT_CODE}{VERDICT_MARK}"
    return dataclasses.replace(m, pattern=dataclasses.replace(m.pattern, rule=rule))


def _violent_means(tree: Tree, m: Match, by_trigger: Mapping[int, Match]) -> list[int]:
    """ "A roadside bombing killed two soldiers", "were killed by a car bomb": the violent
    means named as subject or agent of a violent verb is the more specific act."""
    if m.pattern.code[:2] not in VIOLENT_ROOTS:
        return []
    heads = tree.children(m.trigger, frozenset({"nsubj"}))
    heads += tree.prep_objects(m.trigger, frozenset({"by"}))
    return [
        h
        for h in heads
        if h in by_trigger
        and h != m.trigger
        and by_trigger[h].pattern.kind == "noun"
        and by_trigger[h].pattern.code[:2] in VIOLENT_ROOTS
    ]


def _main_content(
    tree: Tree, m: Match, inside: list[int], by_trigger: Mapping[int, Match]
) -> Match | None:
    if m.complement is not None and m.complement in by_trigger:
        return by_trigger[m.complement]
    if m.pattern.code[:2] in ASKING_ROOTS:
        inside = [c for c in inside if not not_asked(tree, m.trigger, c, by_trigger[c])]
    return by_trigger[inside[0]] if inside else None


def _reports_event(matches: list[Match]) -> bool:
    """A plain statement in a sentence holding another coded event only attributes it
    ("X attacked Y, officials said"; "KCNA said the office was blown up")."""
    return any(o.pattern.code not in TRANSPARENT_CODES for o in matches)
