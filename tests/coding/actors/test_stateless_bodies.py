"""International bodies coded without a state (named NGOs, aid groups) do not take the
article's or their reporters' country: Amnesty reporting on Ruritania is not Ruritanian."""

from __future__ import annotations

from newsevents.coding.actors.context import with_article_country, with_reporters_country
from newsevents.model import Actor, Attribution

AMNESTY = Actor("NGOHRIAMN", None, "NGO", "Amnesty International", entry="org.amnesty")
AID_GROUPS = Actor("NGO", None, "NGO", "aid groups", entry="role.ngo")
POLICE = Actor("COP", None, "COP", "the police", entry="role.police")
KENYA = Actor("KEN", "KEN", None, "Kenya")


def test_an_ngo_keeps_no_country_in_a_countrys_story() -> None:
    assert with_article_country(AMNESTY, "AZE") == AMNESTY
    assert with_article_country(AID_GROUPS, "AZE") == AID_GROUPS
    police = with_article_country(POLICE, "AZE")
    assert police is not None
    assert police.code == "AZECOP"  # a state role still does


def test_an_ngo_keeps_no_country_from_its_reporters() -> None:
    chain = [Attribution("Kenya", "source", KENYA)]
    assert with_reporters_country(AMNESTY, chain) == AMNESTY
    police = with_reporters_country(POLICE, chain)
    assert police is not None
    assert police.country == "KEN"
