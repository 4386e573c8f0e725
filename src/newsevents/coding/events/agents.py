"""Who does a matched act: the subject of a verb trigger, the agent of a noun trigger.

The agent is not always the grammatical subject: a passive's `by` phrase, the controller
of an infinitive, the reporter of an agentless passive, the issuer of a statement. Kept
apart from pattern matching (`events.match`) so the rules for agents read on their own.
"""

from __future__ import annotations

from newsevents.coding.syntax import (
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    Tree,
)

# Nationality words and names modifying a noun trigger name its agent ("Israeli strikes").
AGENT_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
LIGHT_DEPS = frozenset({"dobj", "nsubjpass"})
# Verbs whose subject causes the noun's event rather than doing it: in "the arrest sparked
# protests" or "the ruling prompted strikes", the protesters are not the arrest or the ruling.
CAUSATIVE_LEMMAS = frozenset(
    {"spark", "trigger", "prompt", "provoke", "cause", "fuel", "ignite", "unleash", "stoke", "draw"}
)
# Nouns that measure how much or how long of an act there was: "a wave of protests".
EXTENT_NOUNS = frozenset(
    {"wave", "series", "spate", "string", "round", "day", "week", "month", "year", "night"}
)
# Verbs whose subject undergoes the noun's act: "the plan drew protests", "Peru faced
# criticism", "Chile received aid" (the subject is acted upon, not acting).
UNDERGOING_LEMMAS = frozenset(
    {"draw", "face", "receive", "attract", "earn", "incur", "suffer", "garner", "get"}
)
# Reactions and help whose "from" phrase names who gives them: "protests from farmers",
# "criticism from the opposition", "calls from Washington", "aid from Japan".
FROM_AGENT_NOUNS = frozenset(
    {"protest", "criticism", "condemnation", "call", "demand", "pressure", "praise", "support"}
    | {"aid", "assistance", "help", "objection", "complaint", "warning", "threat", "rebuke"}
    | {"backlash", "outcry", "appeal", "request", "offer", "accusation", "opposition", "backing"}
)
FROM = frozenset({"from"})
OBJ_DEPS = frozenset({"pobj"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
XCOMP_DEPS = frozenset({"xcomp"})
# "it was wrong for X to ...", "it is a shame that ...": the weighing word and the act weighed
JUDGING_DEPS = frozenset({"acomp", "attr"})
JUDGED_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
RAISING_VERBS = frozenset({"expect", "schedule", "set", "slate", "due", "plan", "poise", "tip"})
# "accused X of abusing", "blamed X for shelling": the gerund is what the object did
CHARGE_PREPS = frozenset({"of", "for"})
# What an organisation issues to speak for it: "a statement condemning X" is the issuer's act.
DOCUMENT_NOUNS = frozenset(
    {"statement", "communique", "declaration", "letter", "petition", "resolution", "message"}
)
# "spoke after talks with X": whoever acts right after or during a meeting took part in it
PARTICIPATION_NOUNS = frozenset(
    {"talk", "talks", "meeting", "negotiation", "consultation", "discussion", "conversation"}
    | {"summit", "visit", "trip", "tour", "call"}
)
TEMPORAL_PREPS = frozenset({"after", "following", "during", "before", "ahead", "at"})
# People sent to act for whoever sends them: "sent a team to investigate", "dispatched
# inspectors to look into": the sender investigates.
DELEGATE_NOUNS = frozenset(
    {"team", "delegation", "mission", "inspector", "investigator", "expert", "envoy"}
    | {"monitor", "observer", "representative", "official", "emissary"}
)
# "the U.S.-led invasion", "a Saudi-backed offensive": who leads or backs the act does it
LEADING_SUFFIXES = ("-led", "-backed", "-sponsored", "-supported", "-launched")


def subject_heads(tree: Tree, v: int, passive: bool, depth: int = 0) -> list[int]:
    """The agent of verb `v`: its subject, the `by` phrase of a passive, or an inherited one."""
    if passive:
        return _passive_agents(tree, v)
    t = tree.tok(v)
    head = tree.head(v)
    subj = _own_subject(tree, v)
    if subj is not None and _expletive(tree, v, subj):
        return []
    if subj is not None:
        relative = tree.tok(subj).text.lower() in RELATIVE_PRONOUNS and t.dep == "relcl"
        return [head] if relative and head is not None else [subj]
    if head is None or depth > 4:
        return []
    if t.dep == "acomp":  # "X was pessimistic": the copula's subject
        return subject_heads(tree, head, tree.is_passive(head), depth + 1)
    if t.dep == "acl" and t.tag == "VBG" and tree.tok(head).lemma.lower() in DOCUMENT_NOUNS:
        return _issuer(tree, head, depth)
    if t.dep in ("relcl", "acl") and t.tag == "VB" and _sent_delegates(tree, head):
        return _sender(tree, head, depth)  # "deployed teams to examine the wreckage"
    if t.dep == "relcl" or (t.dep == "acl" and t.tag == "VBG"):
        return [head]
    if t.dep == "xcomp" and tree.tok(head).pos == "ADJ":  # "was willing to withdraw"
        governor = tree.head(head)
        return subject_heads(tree, governor, False, depth + 1) if governor is not None else []
    if t.dep == "xcomp":
        controller = tree.child(head, frozenset({"dobj"}))
        if controller is not None:
            return [controller]
    if t.dep in ("conj", "xcomp", "advcl") and tree.tok(head).pos in ("VERB", "AUX"):
        if t.dep == "conj" and tree.is_passive(head) and _finite_active(tree, v):
            shared = _shared_subject(tree, head)
            if shared is not None:
                return [shared]
        heads = subject_heads(tree, head, tree.is_passive(head), depth + 1)
        return heads or _reporter_of_agentless(tree, v, head, depth)
    if t.dep == "pcomp" and t.tag == "VBG":
        return _gerund_agent(tree, head, depth)
    return []


def _sent_delegates(tree: Tree, noun: int) -> bool:
    """Whether `noun` is people sent by the subject of the verb taking them as object."""
    return tree.tok(noun).lemma.lower() in DELEGATE_NOUNS and tree.tok(noun).dep == "dobj"


def _sender(tree: Tree, noun: int, depth: int) -> list[int]:
    """Who sends the delegates `noun`: the subject of the verb whose object they are."""
    verb = tree.head(noun)
    if verb is None:
        return [noun]
    return subject_heads(tree, verb, tree.is_passive(verb), depth + 1) or [noun]


def _expletive(tree: Tree, v: int, subj: int) -> bool:
    """ "It is useful to note that ...", "it is clear that ...": the "it" of a copula
    with an adjective and a clause of its own stands for that clause, and is no actor ("it
    was ready to talk", whose clause hangs on the adjective, is someone)."""
    if tree.tok(subj).text.lower() != "it" or tree.tok(v).lemma.lower() != "be":
        return False
    return bool(tree.children(v, frozenset({"acomp"})) and tree.children(v, CLAUSE_DEPS))


def judged_acts(tree: Tree, v: int) -> list[int]:
    """The acts a statement `v` weighs ("said it was wrong for the police to arrest them",
    "said it was a shame that ..."): the clauses of an expletive copula, in its complement,
    whose adjective or noun judges them. Such a statement is a verdict on those acts, not a
    mere attribution of them, and its target is whoever does them."""
    for clause in tree.children(v, frozenset({"ccomp"})):
        subj = tree.child(clause, SUBJECT_DEPS)
        if subj is None or tree.tok(subj).text.lower() != "it":
            continue
        if tree.tok(clause).lemma.lower() == "be" and tree.children(clause, JUDGING_DEPS):
            return tree.children(clause, JUDGED_CLAUSE_DEPS)
    return []


def _shared_subject(tree: Tree, passive: int) -> int | None:
    """ "Kenyan troops were attacked by militants and killed three of them": an active verb
    coordinated with a passive shares its grammatical subject (the troops), not its `by`
    agent, who did the passive's act only."""
    return tree.child(passive, PASSIVE_SUBJECT_DEPS)


def _finite_active(tree: Tree, v: int) -> bool:
    """Whether `v` is an active verb in its own right: not a bare participle sharing a
    passive's auxiliary ("was arrested and charged", where "charged" is passive too)."""
    if tree.tok(v).tag != "VBN":
        return True
    return any(tree.tok(a).lemma.lower() == "have" for a in tree.children(v, frozenset({"aux"})))


def _own_subject(tree: Tree, v: int) -> int | None:
    """The verb's subject; for a passive read as an adjective ("she was troubled by the
    plan", called with `passive` false), its passive subject, who feels it."""
    subj = tree.child(v, SUBJECT_DEPS)
    return subj if subj is not None else tree.child(v, PASSIVE_SUBJECT_DEPS)


def _issuer(tree: Tree, document: int, depth: int) -> list[int]:
    """ "issued a statement condemning the raid": a document does what it says on behalf
    of whoever issued, signed or sent it (the document itself when nobody is named)."""
    verb = tree.head(document)
    if tree.tok(document).dep != "dobj" or verb is None:
        return [document]
    return subject_heads(tree, verb, tree.is_passive(verb), depth + 1) or [document]


def _reporter_of_agentless(tree: Tree, v: int, head: int, depth: int) -> list[int]:
    """ "The party said three members were held, accusing the police of ...": a participle
    after a reported agentless passive is the reporter's own act (nobody in the passive
    clause can do it)."""
    reporter = tree.head(head)
    if tree.tok(v).dep != "advcl" or tree.tok(head).dep != "ccomp" or reporter is None:
        return []
    return subject_heads(tree, reporter, tree.is_passive(reporter), depth + 1)


def _passive_agents(tree: Tree, v: int) -> list[int]:
    """The `by` phrase of a passive; for "is expected / scheduled / set / due to meet" with
    none, the subject, who does the infinitive ("was urged to" keeps no agent: someone
    else urged)."""
    agents = [o for a in tree.children(v, frozenset({"agent"})) for o in tree.children(a, OBJ_DEPS)]
    raised = tree.child(v, frozenset({"nsubjpass"}))
    raising = tree.tok(v).lemma.lower() in RAISING_VERBS and tree.children(v, XCOMP_DEPS)
    return [raised] if not agents and raised is not None and raising else agents


def _gerund_agent(tree: Tree, prep: int, depth: int) -> list[int]:
    """The agent of a subjectless gerund after a preposition: "accused Washington of
    abusing" -> Washington (the object the charge is about); "By recalling its envoy,
    Slovenia made ..." -> Slovenia (the subject of the clause the gerund modifies)."""
    governor = tree.head(prep)
    if governor is None or tree.tok(governor).pos not in ("VERB", "AUX"):
        return []
    if tree.tok(prep).text.lower() in CHARGE_PREPS:
        objects = tree.children(governor, frozenset({"dobj"}))
        return objects[:1]
    return subject_heads(tree, governor, tree.is_passive(governor), depth + 1)


def _on_the_part_of(tree: Tree, n: int) -> list[int]:
    """ "criticism on the part of the unions as well as Chile": the owners of the part, each
    coordinated one, do the act (the phrase is an agent, like "by")."""
    parts = [o for o in tree.prep_objects(n, frozenset({"on"})) if tree.tok(o).lemma == "part"]
    owners = [o for p in parts for o in tree.prep_objects(p, frozenset({"of"}))]
    return [c for o in owners for c in tree.conjuncts(o)]


def noun_agents(tree: Tree, n: int) -> list[int]:
    """The agent of a noun trigger: possessor, name or nationality modifier, `by` phrase
    (`from` for reactions and help: "protests from farmers"), or the subject of a light
    verb taking it as object ("launched strikes"; not "faced criticism", whose subject
    undergoes it)."""
    out = []
    for c in tree.children(n):
        t = tree.tok(c)
        # a possessive pronoun is as often the patient ("its destruction") as the agent
        if (
            (t.dep == "poss" and t.pos != "PRON")
            or (t.dep in ("compound", "amod", "nmod") and t.ent_type in AGENT_ENTS)
            or (t.dep in ("amod", "compound") and t.text.lower().endswith(LEADING_SUFFIXES))
        ):
            out.append(c)
    out.extend(tree.prep_objects(n, frozenset({"by"})))
    head = tree.head(n)
    if tree.tok(n).lemma.lower() in FROM_AGENT_NOUNS:
        out.extend(tree.prep_objects(n, FROM))
        if head is not None and tree.tok(head).lemma.lower() in UNDERGOING_LEMMAS:
            out.extend(tree.prep_objects(head, FROM))  # "drew protests from farmers"
    out.extend(_on_the_part_of(tree, n))
    if (
        not out
        and head is not None
        and tree.tok(n).dep in LIGHT_DEPS
        and tree.tok(head).pos == "VERB"
        and tree.tok(head).lemma.lower() not in CAUSATIVE_LEMMAS | UNDERGOING_LEMMAS
    ):
        out.extend(subject_heads(tree, head, tree.is_passive(head)))
    return out or _participant(tree, n)


def undergoer(tree: Tree, n: int) -> list[int]:
    """Who undergoes a noun's act told as the object of "face", "draw", "receive": "Peru
    faced criticism from Chile" is aimed at Peru."""
    head = tree.head(n)
    if head is None or tree.tok(n).dep != "dobj":
        return []
    if tree.tok(head).lemma.lower() not in UNDERGOING_LEMMAS:
        return []
    return subject_heads(tree, head, tree.is_passive(head))


def _participant(tree: Tree, n: int) -> list[int]:
    """ "the envoy spoke after a round of talks with X", "said during a visit to Y": a
    meeting told as the time of another act was attended by that act's subject."""
    word = tree.tok(n)
    if not {word.lemma.lower(), word.text.lower()} & PARTICIPATION_NOUNS:
        return []
    node = n
    for _ in range(3):  # "after [a week of] talks", "ahead of talks"
        prep = tree.head(node)
        if prep is None:
            return []
        if tree.tok(prep).dep == "prep" and tree.tok(prep).text.lower() in TEMPORAL_PREPS:
            verb = tree.head(prep)
            if verb is None or tree.tok(verb).pos not in ("VERB", "AUX"):
                return []
            return subject_heads(tree, verb, tree.is_passive(verb))
        node = prep
    return []


def caused(tree: Tree, n: int) -> bool:
    """Whether noun `n` is what a causative verb brought about: "sparked protests",
    "setting off a string of protests", "drew days of strikes". What an act set off is news
    of its own, even where the causing clause is a participle or the noun sits in an `of`
    phrase, which elsewhere mark background."""
    head = tree.head(n)
    if head is not None and tree.tok(n).dep == "pobj" and tree.tok(head).lemma.lower() == "of":
        extent = tree.head(head)
        if extent is None or tree.tok(extent).lemma.lower() not in EXTENT_NOUNS:
            return False
        n, head = extent, tree.head(extent)
    return (
        head is not None
        and tree.tok(n).dep == "dobj"
        and tree.tok(head).lemma.lower() in CAUSATIVE_LEMMAS
    )
