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

from newsevents.coding.events.content import HOSTILE_ROOTS, not_asked
from newsevents.coding.events.match import Match
from newsevents.coding.syntax import Tree

TRANSPARENT_CODES = frozenset({"010"})
BACKGROUND_DEPS = frozenset({"relcl", "acl"})
CLAUSE_LINKS = frozenset({"advcl", "parataxis"})
# Subordinators of clauses that set the scene for the main clause rather than report news.
SUBORDINATORS = frozenset(
    {
        "after",
        "before",
        "until",
        "till",
        "when",
        "while",
        "as",
        "since",
        "once",
        "unless",
        "if",
        "because",
        "though",
        "although",
        "whereas",
        "whenever",
    }
)
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
FORCE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# Agents of force that are no actors: hazards, accidents, failures, markets.
NON_AGENTS = frozenset(
    {
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
        "storm",
        "typhoon",
        "hurricane",
        "cyclone",
        "tornado",
        "flood",
        "flooding",
        "rain",
        "rainfall",
        "downpour",
        "monsoon",
        "landslide",
        "mudslide",
        "avalanche",
        "drought",
        "heatwave",
        "heat",
        "wildfire",
        "fire",
        "blaze",
        "lightning",
        "tsunami",
        "wave",
        "eruption",
        "volcano",
        "snow",
        "snowstorm",
        "blizzard",
        "outbreak",
        "epidemic",
        "pandemic",
        "virus",
        "disease",
        "cholera",
        "crash",
        "accident",
        "collision",
        "derailment",
        "outage",
        "blackout",
        "shortage",
        "price",
        "prices",
        "share",
        "stock",
        "market",
        "index",
        "inflation",
        "recession",
        "slump",
        "crisis",
        "famine",
    }
)
RALLY_OPPOSITION = "113"
PAST_TAGS = frozenset({"VBD", "VBN"})
YEAR_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})
YEAR_PREPS = frozenset({"in", "since", "during", "under", "by", "after", "before"})
OBLIGATION_MODALS = frozenset({"must", "should"})
DEMAND_CODE = "100"
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would"})
AUX_DEPS = frozenset({"aux"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "poised"})
# Verbs whose infinitive complement is announced, not done ("plans to impose").
INTENT_VERBS = frozenset({"plan", "intend", "prepare", "aim"})
# Statement verbs whose conflictual reported content makes them a threat ("warned that ...").
WARNING_VERBS = frozenset({"warn", "caution", "forewarn"})
# "Consider policy option": its cooperative content stays a consideration (014), its
# conflictual content makes it a threat.
DELIBERATION_CODES = frozenset({"014"})
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
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

# content code prefix -> refined code of an appeal (02), intent (03), demand (10)
_PARALLEL: dict[str, tuple[str, str, str]] = {
    "061": ("0211", "0311", "1011"),
    "062": ("0212", "0312", "1012"),
    "063": ("0213", "0313", "1013"),
    "064": ("0214", "0314", "1014"),
    "06": ("021", "031", "101"),
    "05": ("022", "032", "102"),
    "071": ("0231", "0331", "1031"),
    "072": ("0232", "0332", "1032"),
    "073": ("0233", "0333", "1033"),
    "074": ("0234", "0334", "1034"),
    "07": ("023", "033", "103"),
    "0831": ("0241", "0341", "1041"),
    "0832": ("0242", "0342", "1042"),
    "0833": ("0243", "0343", "1043"),
    "0834": ("0244", "0344", "1044"),
    "083": ("024", "034", "104"),
    "081": ("0251", "0351", "1051"),
    "082": ("0252", "0352", "1052"),
    "084": ("0253", "0353", "1053"),
    "085": ("0254", "0354", "1054"),
    "086": ("0255", "0355", "1055"),
    "087": ("0256", "0356", "1056"),
    "08": ("025", "035", "105"),
    "045": ("028", "039", "108"),
    "04": ("026", "036", "106"),
}
_REFUSE: dict[str, str] = {
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "064": "1214",
    "06": "121",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "07": "122",
    "0831": "1231",
    "0832": "1232",
    "0833": "1233",
    "0834": "1234",
    "083": "123",
    "081": "1241",
    "082": "1242",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
    "08": "124",
    "045": "126",
    "04": "125",
}
_THREATEN: dict[str, str] = {
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "16": "131",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "172": "132",
    "17": "137",
    "14": "133",
    "15": "138",
    "18": "1383",
    "191": "1381",
    "192": "1382",
    "19": "1384",
    "204": "1385",
    "20": "1383",
}
# Roots of acts that ask or offer something; a refusal or demand about them is about what
# they ask ("rejected a request to extradite", "rejected the offer of talks").
ASK_ROOTS = frozenset({"02", "03", "10"})
_GENERIC_WRAPPERS = frozenset(
    {"020", "030", "100", "120", "130", "131", "02", "03", "10", "12", "13"}
)


@dataclass(frozen=True, slots=True)
class Selected:
    """A match kept as an event, with its refined code and the content it consumed."""

    match: Match
    code: str
    content: Match | None
    asker: Match | None = None  # the request/demand/offer looked through to its content


def select(
    tree: Tree, matches: list[Match], known: Collection[str], *, published_year: int | None = None
) -> list[Selected]:
    """Apply the content and transparency rules; see the module docstring."""
    matches = [_as_demand(tree, m) for m in matches]
    by_trigger = {m.trigger: m for m in matches}
    consumed: set[int] = set()
    content_of: dict[int, Match] = {}
    for m in matches:
        if m.pattern.code in TRANSPARENT_CODES:
            continue
        inside = [c for c in content_triggers(tree, m.trigger, by_trigger) if c != m.trigger]
        inside += _violent_means(tree, m, by_trigger)
        consumed.update(inside)
        first = _main_content(tree, m, inside, by_trigger)
        if first is not None:
            content_of[m.trigger] = first
    # a noun with no actor around it ("an explosion was heard") may refine an act that
    # governs it, but is no event of its own
    real = [
        m
        for m in matches
        if (m.pattern.kind == "verb" or m.sources or m.targets) and not natural_cause(tree, m)
    ]
    out = []
    live = [m for m in real if m.trigger not in consumed]
    # a bare statement is no main event: "issued a declaration demanding ..." keeps the demand
    foreground = [
        m
        for m in live
        if not is_background(tree, m.trigger) and m.pattern.code not in TRANSPARENT_CODES
    ]
    if foreground:
        foreground += [m for m in live if m.pattern.code in TRANSPARENT_CODES]
        foreground += [
            m for m in live if m not in foreground and dated_past(tree, m.trigger, published_year)
        ]
    for m in foreground or live:
        if m.pattern.code in TRANSPARENT_CODES and (
            not m.sources or attributes(tree, m.trigger) or _reports_event(foreground or live)
        ):
            continue
        content, asker = asked_content(m.trigger, content_of)
        code = refine(m.pattern.code, content, known)
        if code == m.pattern.code and content is not None and _warns(tree, m):
            code = warned_threat(code, content, known)
        if code == m.pattern.code and is_future(tree, m.trigger):
            code, content = _intended(code, m, known, negated=tree.is_negated(m.trigger))
        out.append(Selected(m, code, content, asker))
    return out


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


def natural_cause(tree: Tree, m: Match) -> bool:
    """ "An earthquake struck", "landslides killed 40", "a power outage hit Spain", "gold
    prices hit a record": force done by nature, accident or markets is no political event."""
    if m.pattern.code[:2] not in FORCE_ROOTS or not m.sources:
        return False
    return all(_word_forms(tree, h) & NON_AGENTS for h in m.sources)


def _word_forms(tree: Tree, i: int) -> set[str]:
    """Lemma and text, also without a plural -s (a capitalised "Landslides" keeps its -s
    in the lemma)."""
    t = tree.tok(i)
    forms = {t.lemma.lower(), t.text.lower()}
    return forms | {f[:-1] for f in forms if f.endswith("s")}


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
    """ "X said Y must / should do Z" is a demand on Y (CAMEO 10), not a plain statement."""
    if m.pattern.code not in TRANSPARENT_CODES:
        return m
    for clause in tree.children(m.trigger, frozenset({"ccomp"})):
        modals = {tree.tok(a).lemma.lower() for a in tree.children(clause, AUX_DEPS)}
        subject = tree.child(clause, frozenset({"nsubj", "nsubjpass"}))
        if modals & OBLIGATION_MODALS and subject is not None:
            pattern = dataclasses.replace(m.pattern, code=DEMAND_CODE)
            return dataclasses.replace(m, pattern=pattern, targets=(subject,), complement=clause)
    return m


def is_background(tree: Tree, i: int) -> bool:
    """Background to the sentence's main news, which is dropped only when the sentence has
    a foreground event: inside a relative clause or a participle describing a noun ("the
    helicopter that was captured", "property seized last year"), a clause of time, cause or
    condition ("resigned after the opposition threatened to storm", "until their demands
    are met"), or a noun in a prepositional phrase ("holed up since last month's invasion",
    "an ally in the war on terror")."""
    t = tree.tok(i)
    if t.pos in ("NOUN", "PROPN") and t.dep == "pobj":
        return True
    for a in (i, *tree.ancestors(i)):
        dep = tree.tok(a).dep
        if dep in BACKGROUND_DEPS:
            return True
        if dep in CLAUSE_LINKS:  # "... set up, after it threatened": a clause of its own
            marks = {tree.tok(m).lemma.lower() for m in tree.children(a, frozenset({"mark"}))}
            return bool(marks & SUBORDINATORS)
    return False


def dated_past(tree: Tree, i: int, published_year: int | None) -> bool:
    """A background clause dated by its own past year ("the office, opened in 2018, ...",
    "the 2018 pact, under which both armies pledged ...") is a historical event, not noise
    around the main news: coding it costs no precision because its modality says so. The
    year must be before the publication year; unknown, a past-tense trigger stands in."""
    year = attached_year(tree, i)
    if year is None:
        return False
    if published_year is not None:
        return year < published_year
    return tree.tok(i).tag in PAST_TAGS


def attached_year(tree: Tree, i: int) -> int | None:
    """A year on the trigger's own modifiers ("in 2018", "the 2018 summit") or, inside a
    relative clause, on the noun it describes; a year deeper down dates another phrase."""
    holders = [i]
    for a in tree.ancestors(i):
        child_dep = tree.tok(holders[-1]).dep
        if child_dep == "relcl":
            holders.append(a)
            break
        if child_dep not in ("conj", "xcomp", "acl"):
            break
        holders.append(a)
    for holder in holders:
        for kid in tree.children(holder):
            dep = tree.tok(kid).dep
            if dep in YEAR_MODIFIER_DEPS:
                year = _year(tree, kid)
            elif dep == "prep" and tree.tok(kid).lemma.lower() in YEAR_PREPS:
                year = next((y for k in tree.subtree(kid) if (y := _year(tree, k))), None)
            else:
                continue
            if year is not None:
                return year
    return None


def _year(tree: Tree, i: int) -> int | None:
    text = tree.tok(i).text
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099:
        return int(text)
    return None


def is_future(tree: Tree, i: int) -> bool:
    """ "will release", "would boycott", "is ready to contribute": announced, not done."""
    if any(tree.tok(a).lemma.lower() in FUTURE_AUX for a in tree.children(i, AUX_DEPS)):
        return True
    head = tree.head(i)
    return (
        tree.tok(i).dep == "xcomp"
        and head is not None
        and tree.tok(head).lemma.lower() in INTENT_ADJECTIVES | INTENT_VERBS
    )


def _warns(tree: Tree, m: Match) -> bool:
    """A warning verb (not "expressed concern"), so a conflictual content is a threat."""
    return m.pattern.kind == "verb" and tree.tok(m.trigger).lemma.lower() in WARNING_VERBS


def warned_threat(code: str, content: Match, known: Collection[str]) -> str:
    """ "warned that X would face consequences / that the army would strike": a warning
    whose reported content is a threat or a use of force is that threat (13x). A content
    done by a thing ("warned that the talks would collapse") is a forecast, not a threat."""
    inner = asked_action(content.pattern.code)
    if content.pattern.subjects:
        return code
    if inner[:2] == "13" and inner in known:
        return inner
    if inner[:2] in CONFLICT_ROOTS:
        return refine("130", content, known)
    return code


def _intended(
    code: str, m: Match, known: Collection[str], *, negated: bool
) -> tuple[str, Match | None]:
    """A future cooperative act is an intent (03x), or a refusal (12x) when negated ("will
    not accept", "would not meet demands"); a future conflictual one is a threat (13x)."""
    root = code[:2]
    if root in COOPERATIVE_ROOTS:
        return refine("120" if negated else "030", m, known), m
    if root in CONFLICT_ROOTS:
        return refine("130", m, known), m
    return code, None


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
                    or (node == i and _purpose_or_manner(tree, c))
                    or _asked_clause(tree, i, node, c)
                ):
                    if c in by_trigger:
                        found.append(c)
                    nxt.append(c)
        frontier = nxt
    return found


def _asked_clause(tree: Tree, i: int, node: int, c: int) -> bool:
    """ "a plan to send", "its demand that Israel ease", "a call to lay down arms": the
    infinitive or that-clause after a noun is what the noun asks or plans. Under the trigger
    itself only for a noun trigger (a verb's own `acl` describes a noun it modifies)."""
    t = tree.tok(c)
    if t.dep != "acl" or t.tag != "VB":
        return False
    return node != i or tree.tok(i).pos in ("NOUN", "PROPN")


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


def _purpose_or_manner(tree: Tree, c: int) -> bool:
    """ "blocked roads to press demands", "rallied, demanding reform": an infinitive of
    purpose or a participle of manner says why or how, it is not a second event."""
    t = tree.tok(c)
    if t.dep != "advcl":
        return False
    if t.tag == "VBG" and not tree.children(c, frozenset({"mark"})):
        return True
    return t.tag == "VB" and any(
        tree.tok(a).text.lower() == "to" for a in tree.children(c, frozenset({"aux"}))
    )


def _main_content(
    tree: Tree, m: Match, inside: list[int], by_trigger: Mapping[int, Match]
) -> Match | None:
    if m.complement is not None and m.complement in by_trigger:
        return by_trigger[m.complement]
    if m.pattern.code[:2] == "02":
        inside = [c for c in inside if not not_asked(tree, m.trigger, c, by_trigger[c])]
    return by_trigger[inside[0]] if inside else None


def _reports_event(matches: list[Match]) -> bool:
    """A plain statement in a sentence holding another coded event only attributes it
    ("X attacked Y, officials said"; "KCNA said the office was blown up")."""
    return any(o.pattern.code not in TRANSPARENT_CODES for o in matches)


def asked_action(code: str) -> str:
    """An appeal, intent or demand sub-code read as the action asked or offered ("a demand
    for the release of" 1053 -> 084), so a refusal of it refuses that action; other codes
    are returned unchanged."""
    if code[:2] not in ASK_ROOTS:
        return code
    column = sorted(ASK_ROOTS).index(code[:2])
    for action, asks in _PARALLEL.items():
        if asks[column] == code:
            return action
    return code


def _more_specific_violence(outer: str, inner: str) -> str:
    """ "killed in a car bombing" is the bombing (1832), but "shelled the town, killing 20"
    stays the shelling (194): the inner act wins only when it names a kind (not a residual
    x0 code) and the outer one is a residual or less specific."""
    if inner.endswith("0") or not (outer.endswith("0") or len(inner) > len(outer)):
        return outer
    return inner


def refine(code: str, content: Match | None, known: Collection[str]) -> str:
    """The act's code made specific by the code of its content, where CAMEO has one."""
    if content is None:
        return code
    inner = asked_action(content.pattern.code)
    if code[:2] in VIOLENT_ROOTS and inner[:2] in VIOLENT_ROOTS:
        return _more_specific_violence(code, inner)
    if code not in _GENERIC_WRAPPERS and code not in DELIBERATION_CODES:
        return code
    if code[:2] == "02" and inner[:2] in HOSTILE_ROOTS and RALLY_OPPOSITION in known:
        return RALLY_OPPOSITION  # "called for sanctions against X": rallying others against X
    if code in DELIBERATION_CODES and inner[:2] in CONFLICT_ROOTS:
        code = "130"  # "is studying a plan to re-enter the zone": a considered force is a threat
    root = code[:2]
    if root == "03" and inner[:2] >= "09":
        root, code = "13", "130"  # "vowed to retaliate": an intended conflict act is a threat
    if root in ("02", "03", "10"):
        table = {k: v[("02", "03", "10").index(root)] for k, v in _PARALLEL.items()}
    elif root == "12":
        table = _REFUSE
    elif root == "13":
        table = _THREATEN
    else:
        return code
    for length in (4, 3, 2):
        refined = table.get(inner[:length])
        if refined is not None and refined in known:
            return refined
    return code
