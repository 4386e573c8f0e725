"""Making an act's code specific from what it is about.

"demanded the release of prisoners" is a demand for release (1041), "vowed to retaliate" a
threat (130), "refused a request to extradite" a refusal of extradition: a wrapper act (an
appeal, intent, demand, refusal, threat or warning) takes the code CAMEO gives it for its
content. These are the tables and the functions that read them, apart from the selection of
which matches are events (`events.select`).
"""

from __future__ import annotations

from collections.abc import Collection

from newsevents.coding.events.content import HOSTILE_ROOTS
from newsevents.coding.events.match import Match
from newsevents.coding.syntax import Tree

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
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
        "rate",
        "unemployment",
        "deficit",
        "currency",
        "recession",
        "slump",
        "crisis",
        "famine",
    }
)
# Protests as the agent of a force verb: "was hit by protests (by farmers)" tells of the
# protests, coded from their own noun, whatever else the parser hangs on the verb.
PROTEST_AGENTS = frozenset({"protest", "demonstration", "rally", "unrest", "walkout"})
PROTEST_ROOT = "14"

RALLY_OPPOSITION = "113"
ACCUSE_CODE = "112"
CLAIM_RESPONSIBILITY = "015"
# "failed to reach agreement" (an agreement act, root 05, under "fail"): talks broke down.
AGREEMENT_ROOT = "05"
FAILED_TALKS = "164"
# The subject of a claimed act that is the claimant: "the rebels claimed that they attacked".
OWN_PRONOUNS = frozenset({"i", "we", "they", "it", "he", "she"})

# "Consider policy option": its cooperative content stays a consideration (014), its
# conflictual content makes it a threat.
DELIBERATION_CODES = frozenset({"014"})

COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Approving a material act authorises it: "the council approved the deployment of monitors"
# (074), "a judge approved the extradition" (063) are those acts, not praise (051).
APPROVAL_CODES = frozenset({"051"})
MATERIAL_COOPERATION_ROOTS = frozenset({"06", "07", "08"})

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


def intended(
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


# What one fights without fighting anyone: "fight the epidemic", "combat poverty", "battle
# the blaze", "fighting the roots of poverty" are no force against an actor.
HAZARD_TARGETS = frozenset(
    {
        "epidemic",
        "pandemic",
        "outbreak",
        "virus",
        "disease",
        "cholera",
        "ebola",
        "covid-19",
        "fire",
        "wildfire",
        "blaze",
        "flood",
        "drought",
        "famine",
        "poverty",
        "hunger",
        "inflation",
        "cause",
        "causes",
    }
)


def natural_cause(tree: Tree, m: Match) -> bool:
    """ "An earthquake struck", "landslides killed 40", "a power outage hit Spain", "gold
    prices hit a record": force done by nature, accident or markets is no political event;
    nor is "was hit by protests", where the protests are the event (`PROTEST_AGENTS`)."""
    if m.pattern.code[:2] not in FORCE_ROOTS or not m.sources:
        return False
    forms = [_word_forms(tree, h) for h in m.sources]
    if m.pattern.code[:2] != PROTEST_ROOT and any(f & PROTEST_AGENTS for f in forms):
        return True  # not "a rally to protest the law": that protest is the rally's own
    return all(f & NON_AGENTS for f in forms)


def _word_forms(tree: Tree, i: int) -> set[str]:
    """Lemma and text, also without a plural -s (a capitalised "Landslides" keeps its -s
    in the lemma)."""
    t = tree.tok(i)
    forms = {t.lemma.lower(), t.text.lower()}
    return forms | {f[:-1] for f in forms if f.endswith("s")}


def hazard_target(tree: Tree, m: Match) -> bool:
    """A force act whose every target is a hazard or an abstract ill ("fight the epidemic")."""
    if m.pattern.code[:2] not in CONFLICT_ROOTS or not m.targets:
        return False
    return all(tree.tok(t).lemma.lower() in HAZARD_TARGETS for t in m.targets)


def failed(tree: Tree, m: Match) -> bool:
    """ "failed to reach a deal": the act is the complement of "fail"."""
    head = tree.head(m.trigger)
    return (
        head is not None
        and tree.tok(m.trigger).dep == "xcomp"
        and tree.tok(head).lemma.lower() == "fail"
    )


def claim_code(tree: Tree, claim: Match, act: Match, known: Collection[str]) -> str:
    """ "X claimed that Y attacked" accuses Y (112); "the rebels claimed that they had
    attacked the base" claims the claimant's own act (015, claiming responsibility), which is
    no accusation: the claimed act's subject is a pronoun or the claimant's own head word."""
    own = {tree.tok(s).lemma.lower() for s in claim.sources} | OWN_PRONOUNS
    doers = {tree.tok(s).lemma.lower() for s in act.sources}
    if doers and doers <= own and CLAIM_RESPONSIBILITY in known:
        return CLAIM_RESPONSIBILITY
    return ACCUSE_CODE


def rallies(asker: Match, content: Match) -> bool:
    """An appeal is a rallying of others against someone (113) when it asks for hostility
    without naming who should act ("called for sanctions against X") or asks its addressee
    to oppose ("called on Arabs to unite against X"). "urged Libya to crack down on
    militias" asks Libya to act: an appeal to Libya (02), whatever the act."""
    return not asker.targets or content.pattern.kind == "noun" or content.pattern.code[:2] == "11"


def refine(
    code: str, content: Match | None, known: Collection[str], asker: Match | None = None
) -> str:
    """The act's code made specific by the code of its content, where CAMEO has one
    (`asker`: the appeal itself, to tell a rally from an appeal to act, see `rallies`)."""
    if content is None:
        return code
    inner = asked_action(content.pattern.code)
    if code[:2] in VIOLENT_ROOTS and inner[:2] in VIOLENT_ROOTS:
        return _more_specific_violence(code, inner)
    if code in APPROVAL_CODES and inner[:2] in MATERIAL_COOPERATION_ROOTS and inner in known:
        return inner
    if code not in _GENERIC_WRAPPERS and code not in DELIBERATION_CODES:
        return code
    rally = asker is None or rallies(asker, content)
    if code[:2] == "02" and inner[:2] in HOSTILE_ROOTS and RALLY_OPPOSITION in known and rally:
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
