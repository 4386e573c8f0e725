"""Did the event happen? Classify a coded event as asserted, threatened, planned...

A news sentence often names an action that did not (yet) take place: it is
denied, threatened, promised, hoped for or set in a condition. Counting those
as happenings would inflate event counts, so every event carries a modality.
The rules read the dependency parse around the trigger token, never raw
strings, and the cue words come from `data/cues/modality.yaml`.

Precedence (the first that fires wins), documented in docs/attribution.md:
negated > threatened > historical > conditional > hypothetical > planned > asserted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.coding.attribution.cues import Cues
from newsevents.coding.syntax import Tree
from newsevents.model import Modality, Sentence, Token

# Relations through which a governing word frames the event's own clause
# ("plans to attack": xcomp; "denied that it attacked": ccomp; "calls to deploy": acl).
FRAME_DEPS = frozenset({"xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "acomp", "acl", "dobj"})
EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "pcomp", "pobj", "prep"})
PAST_TAGS = frozenset({"VBD", "VBN"})
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "acl", "advcl"})
# Relations through which a year on a head still dates the trigger ("pledged and signed in 2018").
YEAR_CHAIN_DEPS = frozenset({"conj", "xcomp", "acl"})


# Codes whose meaning already holds the negation: a refusal (12x: "will not accept the
# plan") or a denial (016: "denied shelling the town") is an act that happened, so
# its "not"/"deny" must not mark it negated.
NEGATIVE_CODES = ("12", "016", "164")  # 164: "failed to reach agreement" is the act
# Offers (03) and refusals (12) are stances taken now, whatever they are conditioned on:
# "will not accept refugees unless they stay briefly" refuses today, "is willing to withdraw
# if asked" offers today; the condition only says what the offered act waits for.
STANCE_ROOTS = ("03", "12")


def classify_modality(
    sentence: Sentence,
    trigger: Token,
    code: str,
    event_year: int | None,
    published: dt.date | None,
    *,
    cues: Cues,
    tree: Tree | None = None,
) -> Modality:
    """threatened for 13x codes; negated ("did not attack", "denied that ... attacked", "never");
    conditional ("if they go ahead", "unless"); planned ("will meet", "plans to", "is expected to",
    "agreed to hold talks next week", "vowed to"); hypothetical ("could", "might", "would" without
    a condition or a speech verb above it); historical (the event's year, or a year attached to the
    trigger, is before the publication year and the text presents it as background); else asserted.

    `event_year` is the year the time coder found for this event in the text (None when it fell
    back to the publication date); `published` is the article's publication date. Pass the
    sentence's `tree` when coding several events of it (the work is shared).
    """
    tree = Tree.of(sentence) if tree is None else tree
    trig = tree.token(trigger.i) or trigger
    frame = governors(tree, trig, cues)
    if is_negated(tree, trig, frame, cues) and not code.startswith(NEGATIVE_CODES):
        return "negated"
    if code.startswith("13") or _governed_by(frame, cues.modality.threat_governors):
        return "threatened"
    if _governed_by(frame, cues.modality.allegation_governors) and not code.startswith("11"):
        return "alleged"
    if is_historical(tree, trig, event_year, published, cues):
        return "historical"
    conditioned = in_condition_clause(sentence, trigger, cues, tree=tree)
    conditioned = conditioned or _has_condition(tree, [trig, *frame], cues)
    if conditioned and not code.startswith(STANCE_ROOTS):
        return "conditional"
    if _is_hypothetical(tree, trig, frame, cues):
        return "hypothetical"
    if _is_planned(tree, trig, frame, event_year, published, cues):
        return "planned"
    return "asserted"


def governors(tree: Tree, trig: Token, c: Cues) -> list[Token]:
    """The words above the trigger that frame its clause, nearest first.

    The walk climbs through complement relations and stops after the first speech
    verb: "Seoul said Pyongyang would attack" frames "attack" with "said", but what
    frames "said" is about the statement, not the attack.
    """
    speech = c.speech.speech_verbs
    out: list[Token] = []
    for child, head in tree.climb(trig):
        if child.dep not in FRAME_DEPS:
            break
        if child.dep == "conj" and tree.dependents(child, "nsubj", "nsubjpass"):
            break  # "..., and they dismantled ...": a clause of its own
        out.append(head)
        if head.lemma in speech and head.pos == "VERB":
            break
    return out


def is_negated(tree: Tree, trig: Token, frame: list[Token], c: Cues) -> bool:
    """ "did not attack", "never attacked", "no troops crossed", "denied attacking"."""
    if _negated_word(tree, trig, c) or _negated_conj_head(tree, trig, c):
        return True
    subj = tree.subject(trig) if trig.pos in ("VERB", "AUX") else None
    if subj is not None and any(d.lemma == "no" for d in tree.dependents(subj, "det")):
        return True
    child = trig
    for head in frame:
        if head.lemma in c.modality.negating_governors and child.dep in EMBED_DEPS:
            if head.lemma == "rule" and not _has_particle(tree, head, "out"):
                child = head
                continue
            return not _negated_word(tree, head, c)  # "did not deny attacking" is no denial
        if _negated_word(tree, head, c) and (
            head.lemma in c.modality.plan_governors or head.lemma in c.modality.request_governors
        ):
            return True  # "did not agree to meet", "did not plan to attack"
        child = head
    return False


def is_historical(
    tree: Tree,
    trig: Token,
    event_year: int | None,
    published: dt.date | None,
    c: Cues,
) -> bool:
    """Background: a year before publication attached to the trigger ("established in 2018",
    "vowed under a 2018 pact"), or an event year two or more years back, or one year back
    in the past perfect. Without a publication date nothing can be called background."""
    if published is None:
        return False
    explicit = attached_year(tree, trig, c)
    if explicit is not None:
        return explicit < published.year
    if event_year is None or event_year >= published.year:
        return False
    if _year_elsewhere(tree, event_year):
        return _past_perfect(tree, trig)  # the year dates another phrase ("abide by the 2018 deal")
    return published.year - event_year >= 2 or _past_perfect(tree, trig)


def attached_year(tree: Tree, trig: Token, c: Cues) -> int | None:
    """A four-digit year that dates the trigger itself, not a clause below it.

    Looked for in the trigger's own modifiers ("in 2018", "since 2015", "the 2018 summit")
    and, inside a relative clause, on the noun it describes ("the 2018 pact, under which ...").
    """
    holders = [trig]
    top = _chain_top(tree, trig)  # "the 2018 pact, under which ... and ... pledged"
    if top is not None and top.dep == "relcl":
        head = tree.head_token(top)
        if head is not None:
            holders.append(head)
    for holder in holders:
        for kid in tree.dependents(holder):
            if kid.dep in ("nummod", "compound", "amod", "npadvmod", "nmod"):
                year = _year(kid)
            elif kid.dep == "prep" and kid.lemma in c.modality.background_preps:
                year = _first_year(tree, kid)
            else:
                continue
            if year is not None:
                return year
    return None


def _chain_top(tree: Tree, trig: Token) -> Token | None:
    """The first word at or above `trig` that is no conjunct, xcomp or acl (None at the
    root); the climb is shared between a sentence's events through the tree's memo."""
    if trig.i not in tree:
        return None
    if trig.dep not in YEAR_CHAIN_DEPS:
        return trig
    found = tree.nearest_above(trig.i, "year chain top", _not_chained(tree))
    return None if found is None else tree.tok(found)


def _not_chained(tree: Tree) -> Callable[[int], bool]:
    return lambda a: tree.tok(a).dep not in YEAR_CHAIN_DEPS


def in_condition_clause(
    sentence: Sentence, trigger: Token, cues: Cues, *, tree: Tree | None = None
) -> bool:
    """True when the trigger lies inside an "if/unless ..." clause (the condition itself).

    The seed-style case "threatened to act if defectors went ahead with a campaign": the
    campaign is a condition, not an event that happened. Callers that keep conditional
    consequents ("will retaliate if attacked") but drop antecedents can use this alone.
    The clauses above the trigger are judged once per `tree` (shared by its events).
    """
    tree = Tree.of(sentence) if tree is None else tree
    node = tree.token(trigger.i) or trigger
    if node.dep == "advcl" and _opens_condition(tree, node, cues):
        return True
    if node.i not in tree:
        return False
    if not tree.acyclic:
        return any(
            child.dep == "advcl" and _opens_condition(tree, child, cues)
            for child, _head in tree.climb(node)
        )

    def condition(h: int) -> bool:  # the walk's last word (the root) is no clause
        word = tree.tok(h)
        is_clause = word.dep == "advcl" and tree.head(h) is not None
        return is_clause and _opens_condition(tree, word, cues)

    return tree.nearest_above(node.i, f"condition clause {id(cues)}", condition) is not None


def _has_condition(tree: Tree, chain: list[Token], c: Cues) -> bool:
    """A condition clause attached to the trigger or a word framing it ("will meet if ...")."""
    speech = c.speech.speech_verbs
    for node in chain:
        if node is not chain[0] and node.lemma in speech:
            break
        if any(_opens_condition(tree, k, c) for k in tree.dependents(node, "advcl")):
            return True
    return False


def _opens_condition(tree: Tree, clause: Token, c: Cues) -> bool:
    if any(m.lemma in c.modality.condition_marks for m in tree.dependents(clause, "mark")):
        return True
    words = " ".join(t.text.lower() for t in tree.subtree_tokens(clause)[:5])
    return any(words.startswith(p) for p in c.modality.condition_phrases)


def _is_hypothetical(tree: Tree, trig: Token, frame: list[Token], c: Cues) -> bool:
    """ "could strike", "might meet", "urged Seoul to resume talks" (only asked for), "was
    allowed to arrest" (only permitted)."""
    modal = _modal(tree, trig)
    if modal is not None and modal in c.modality.hypothetical_modals:
        return not (modal == "would" and _backshifted(frame, c))
    if any(
        m.lemma in c.modality.hypothetical_modifiers
        for m in tree.dependents(trig, "amod", "compound")
    ):
        return True
    return _governed_by(frame, c.modality.request_governors) or _governed_by(
        frame, c.modality.permission_governors
    )


def _is_planned(
    tree: Tree,
    trig: Token,
    frame: list[Token],
    event_year: int | None,
    published: dt.date | None,
    c: Cues,
) -> bool:
    """ "will meet", "said it would withdraw", "plans to", "agreed to hold talks", "next week"."""
    modal = _modal(tree, trig)
    if modal in c.modality.future_aux or modal == "would":
        return True
    if trig.lemma in c.modality.plan_governors and tree.dependents(trig, "xcomp"):
        return True
    if _plan_frame(trig, frame, c):
        return True
    mods = tree.dependents(trig, "amod", "compound")
    if any(
        m.lemma in c.modality.plan_modifiers or m.text.lower() in c.modality.plan_modifiers
        for m in mods
    ):
        return True
    if trig.tag not in PAST_TAGS and _future_time(tree, trig, c):
        return True
    return event_year is not None and published is not None and event_year > published.year


def _plan_frame(trig: Token, frame: list[Token], c: Cues) -> bool:
    child = trig
    for head in frame:
        if (
            child.dep in ("xcomp", "acl", "pcomp", "ccomp")
            and head.lemma in c.modality.plan_governors
        ):
            return head.lemma != "go" or head.tag == "VBG"
        child = head
    return False


def _modal(tree: Tree, trig: Token) -> str | None:
    """The modal auxiliary of the trigger (or of the verb it is coordinated with, or whose
    purpose it is)."""
    node: Token | None = trig
    while node is not None:
        for aux in tree.dependents(node, "aux"):
            if aux.tag == "MD":
                return aux.text.lower() if aux.text.lower() in ("'ll", "wo") else aux.lemma
        shares = node.dep == "conj" or _purpose_infinitive(tree, node)
        if not shares or tree.dependents(node, "nsubj", "nsubjpass"):
            return None  # only a conjunct or purpose without its own subject shares the modal
        node = tree.head_token(node)
    return None


def _purpose_infinitive(tree: Tree, t: Token) -> bool:
    """ "will travel to Lima to meet the president": the purpose of an act shares its modal."""
    return (
        t.dep == "advcl"
        and t.tag == "VB"
        and any(a.text.lower() == "to" for a in tree.dependents(t, "aux"))
    )


def _backshifted(frame: list[Token], c: Cues) -> bool:
    """ "would" under a speech or plan verb is a reported "will", not a hypothesis."""
    speech = c.speech.speech_verbs
    return any(h.lemma in speech or h.lemma in c.modality.plan_governors for h in frame)


def _governed_by(frame: list[Token], lemmas: frozenset[str]) -> bool:
    return any(h.lemma in lemmas for h in frame)


def _negated_word(tree: Tree, t: Token, c: Cues) -> bool:
    for kid in tree.dependents(t, "neg", "advmod", "det", "preconj"):
        cue = (
            kid.dep == "neg"
            or kid.lemma in c.modality.negators
            or kid.text.lower() in c.modality.negators
        )
        if cue and not (kid.dep == "advmod" and kid.lemma == "no"):  # "no longer": below
            return True
        if kid.lemma == "long" and any(x.lemma == "no" for x in tree.dependents(kid)):
            return True
    return False


def _negated_conj_head(tree: Tree, trig: Token, c: Cues) -> bool:
    """ "did not attack or shell the town": the second verb shares the first one's "not"."""
    if trig.dep != "conj" or tree.dependents(trig, "nsubj", "aux"):
        return False
    head = tree.head_token(trig)
    return head is not None and head.pos == "VERB" and _negated_word(tree, head, c)


def _has_particle(tree: Tree, verb: Token, particle: str) -> bool:
    return any(p.lemma == particle for p in tree.dependents(verb, "prt"))


def _past_perfect(tree: Tree, trig: Token) -> bool:
    return trig.tag == "VBN" and any(
        a.lemma == "have" and a.tag == "VBD" for a in tree.dependents(trig, "aux")
    )


def _year_elsewhere(tree: Tree, year: int) -> bool:
    """The sentence writes the event's year out, but not on the trigger: a time coder that took
    it may have dated the event by a neighbouring noun, so the year alone proves no background."""
    return any(_year(t) == year for t in tree.sentence.tokens)


def _future_time(tree: Tree, trig: Token, c: Cues) -> bool:
    words = c.modality.future_time_words
    for kid in tree.dependents(trig, "npadvmod", "advmod", "prep", "tmod"):
        if any(t.lemma in words for t in tree.subtree_tokens(kid, stop=CLAUSE_DEPS)):
            return True
    return False


def _year(t: Token) -> int | None:
    text = t.text.strip()
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        return int(text)
    return None


def _first_year(tree: Tree, t: Token) -> int | None:
    for tok in tree.subtree_tokens(t, stop=CLAUSE_DEPS):
        year = _year(tok)
        if year is not None:
            return year
    return None
