"""Actors the story implies where the text names none: who acts, and on whom.

An agentless arrest is the police's, police brought in were sent by their government, a protest
no one is named doing is the public's, a thing a foreign force strikes lies in the country the
story is about, a curfew with no place is laid on the declarer's own country. Each rule gives
only a country (and, for a state act, its sector), and records in the actor's `entry` why it was
inferred, so `explain` shows it and a user can filter such actors out.
`actors.context.event_actors` applies them in order.
"""

from __future__ import annotations

from newsevents.model import Actor, Span

# `entry` prefix of a thing target taken to be in the source's (and the article's) country
DOMESTIC_TARGET = "domestic-target"
# `entry` prefix of a thing a foreign force acts on, taken to be in the article's country
STRUCK_TARGET = "struck-in-article-country"
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# `entry` prefix of the country a use of force with no target named is aimed at
UNTARGETED_FORCE = "force-in-article-country"
# Codes that stand in the country slot but name no state.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


# Acts only a state performs, and the sector that performs them: when the text names no
# agent ("was arrested", "was charged", "were expelled"), the agent is the authority of
# the country the story is about. Keys are CAMEO code prefixes, longest first.
IMPLIED_AUTHORITY = (
    ("0841", "GOV"),  # released from custody
    ("115", "JUD"),  # charged, sued
    ("116", "JUD"),  # convicted, sentenced
    ("172", "GOV"),  # banned, restricted
    ("173", "COP"),  # arrested, detained, jailed
    ("174", "GOV"),  # expelled, deported
)
# Acts the public performs, when no one is named as doing them ("the killing sparked
# protests"): the people of the story's country, with no sector.
IMPLIED_PUBLIC = ("141", "142", "143")
# Roots of acts the public performs against its own state: told with no target ("sparked
# protests", "protesters marched on Monday"), they are aimed at the story's country.
PUBLIC_PROTEST_ROOTS = frozenset({"14"})
# A show of force (root 15) with its forces named but no sender: their own government's.
FORCE_POSTURE_ROOT = "15"
OWN_FORCE_SECTORS = frozenset({"COP", "MIL"})
FORCES_SENDER = "sender-of-own-forces"
# Restrictions a state lays on its own territory: curfews (1723), states of emergency and
# martial law (1724).
HOME_RESTRICTION_CODES = ("1723", "1724")
RESTRICTED_AT_HOME = "restricted-at-home"


def implied_authority(code: str, country: str | None) -> Actor | None:
    """The state agent of an agentless act only a state performs, in the article's country."""
    if country is None:
        return None
    for prefix, sector in IMPLIED_AUTHORITY:
        if code.startswith(prefix):
            return of_article(country, sector, None, "implied-authority")
    return None


def domestic_target(span: Span | None, source: Actor | None, country: str | None) -> Actor | None:
    """An uncoded target of a domestic act: the article's country.

    When the source belongs to the country the article is about, what it acts on (a
    governor named once, "the militant positions", "twenty of them") is, unless the text
    names another country, in that same country; CAMEO coders key such domestic events
    with the country on both sides. Only the country is given, and `entry` records why.
    """
    if span is None or country is None or source is None or source.country != country:
        return None
    return of_article(country, None, span, DOMESTIC_TARGET)


def implied_public(code: str, country: str | None) -> Actor | None:
    """The people of the story's country, for a protest with no one coded doing it ("the
    ruling sparked protests", "protests by herders' unions", "people in the square chanted")."""
    if country is None or not code.startswith(IMPLIED_PUBLIC):
        return None
    return of_article(country, None, None, "implied-public")


def protested_state(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """The state a domestic protest with no target is aimed at: the story's country.

    "Farmers marched in the capital", "the ruling sparked protests": CAMEO coders key a
    protest told without its target toward the country whose public protests, since that
    is whom a demonstration presses. A protest by foreigners or with a target phrase that
    codes nothing ("protested the new tax": that is `domestic_target`) is left alone."""
    if span is not None or country is None or code[:2] not in PUBLIC_PROTEST_ROOTS:
        return None
    if source is not None and source.country not in (None, country):
        return None
    return of_article(country, None, None, "protested-state")


def struck_target(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """An uncoded thing hit by a foreign force in the country the story is about.

    "Israel destroyed crops", in a story from Lebanon about Lebanon: the crops, homes or
    positions a foreign source uses force on (roots 17-20) are in the article's country,
    and CAMEO coders key the act toward that country. `entry` records why."""
    if span is None or country is None or source is None or source.country in (None, country):
        return None
    if code[:2] not in FORCE_ROOTS:
        return None
    return of_article(country, None, span, STRUCK_TARGET)


def force_without_target(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """The country a foreign use of force that names no target is aimed at: the article's.

    "the U.S.-led invasion", "foreign troops opened fire" in a story about Iraq: force
    (roots 17-20) by a foreign source told with no one it hits lands in the country the
    story is about, and CAMEO coders key it toward that country. A country's force at home
    with no target stays so: it is as often aimed at no one coders key. `entry` records
    why."""
    if span is not None or country is None or source is None:
        return None
    if source.country in (None, country):
        return None
    if code[:2] not in FORCE_ROOTS or source.country in NON_STATE:
        return None
    return of_article(country, None, None, UNTARGETED_FORCE)


def restricted_at_home(span: Span | None, code: str, source: Actor | None) -> Actor | None:
    """The country a curfew, state of emergency or martial law told with no place or people
    is imposed on: the source's own. "The president declared a state of emergency" puts his
    own country under it, and CAMEO coders key it so; `entry` records the inference."""
    if span is not None or source is None or source.country is None:
        return None
    if not code.startswith(HOME_RESTRICTION_CODES):
        return None
    return of_article(source.country, None, None, RESTRICTED_AT_HOME)


def untargeted(
    span: Span | None, code: str, source: Actor | None, country: str | None
) -> Actor | None:
    """Whom an act told with no coded target is aimed at, by its kind: struck, a foreign
    use of force, a restriction at home, a protest (each rule says when it applies)."""
    return (
        struck_target(span, code, source, country)
        or force_without_target(span, code, source, country)
        or restricted_at_home(span, code, source)
        or protested_state(span, code, source, country)
    )


def forces_sender(code: str, source: Actor | None, target: Actor | None) -> Actor | None:
    """The government that sends its own forces when no one is named doing it: "extra
    police were brought in", "troops were put on alert" (root 15, force posture) is the act
    of the state whose police or army they are. `entry` records the inference."""
    if source is not None or target is None or not code.startswith(FORCE_POSTURE_ROOT):
        return None
    if target.country is None or target.country in NON_STATE:
        return None
    if target.sector not in OWN_FORCE_SECTORS:
        return None
    return Actor(
        code=target.country + "GOV",
        country=target.country,
        sector="GOV",
        text="",
        entry=FORCES_SENDER,
    )


def of_article(country: str, sector: str | None, span: Span | None, why: str) -> Actor:
    """An actor the article's context supplies; `entry` says why, so `explain` shows it."""
    return Actor(
        code=country + (sector or ""),
        country=country,
        sector=sector,
        text=span.text if span is not None else "",
        span=span,
        entry=f"{why}+country-of-article",
    )
