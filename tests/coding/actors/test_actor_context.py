"""A bare role takes the country its reporters agree on, and nothing else."""

from __future__ import annotations

from newsevents.coding.actors.context import with_reporters_country
from newsevents.model import Actor, Attribution

MILITARY = Actor(code="MIL", country=None, sector="MIL", text="the army", entry="role.military")


def _source(code: str, country: str | None) -> Attribution:
    return Attribution(name=code, kind="source", actor=Actor(code, country, None, code))


def test_bare_role_takes_the_single_reporting_country() -> None:
    actor = with_reporters_country(MILITARY, [_source("SYRMED", "SYR")])
    assert actor is not None
    assert (actor.code, actor.country, actor.sector) == ("SYRMIL", "SYR", "MIL")
    assert actor.entry.endswith("country-of-reporter")


def test_disagreeing_reporters_leave_the_role_alone() -> None:
    chain = [_source("SYRMED", "SYR"), _source("TURGOV", "TUR")]
    assert with_reporters_country(MILITARY, chain) == MILITARY


def test_international_reporters_and_outlets_give_no_country() -> None:
    chain = [
        _source("IGOUNO", "UNO"),
        Attribution(name="Reuters", kind="via", actor=Actor("GBRMED", "GBR", "MED", "Reuters")),
    ]
    assert with_reporters_country(MILITARY, chain) == MILITARY


def test_an_actor_with_a_country_is_kept() -> None:
    coded = Actor(code="IRQMIL", country="IRQ", sector="MIL", text="Iraqi troops")
    assert with_reporters_country(coded, [_source("SYRMED", "SYR")]) == coded
