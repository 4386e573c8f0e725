"""Restatements of one happening in an article merge; distinct events do not."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsevents.dedup.referents import Referents, other_names
from newsevents.dedup.within_article import merge_restatements
from newsevents.model import (
    Actor,
    Attribution,
    CameoCode,
    Event,
    EventDate,
    Place,
    PlaceRole,
    Provenance,
    Span,
    Token,
)

TODAY = dt.date(2022, 4, 2)


def _actor(code: str, sector: str | None = None) -> Actor:
    return Actor(code=code + (sector or ""), country=code, sector=sector, text=code)


def _event(
    event_id: str,
    sentence: int,
    code: str,
    source: Actor | None,
    target: Actor | None,
    *,
    reporters: tuple[str, ...] = (),
    day: dt.date | None = None,
) -> Event:
    cameo = CameoCode(code, code[:2], "name", -9.0, 4, "ASSAULT")
    span = Span(sentence * 100, sentence * 100 + 5, "verb")
    provenance = Provenance("a1", sentence, span, None, span, None, "rule")
    date = EventDate(day or TODAY, "day", "text" if day else "publication")
    links = tuple(Attribution(name, "source", _actor(name)) for name in reporters)
    return Event(event_id, "a1", source, target, cameo, date, provenance, reported_by=links)


def test_agentless_restatement_merges_into_the_coded_event_with_its_sources() -> None:
    lead = _event("e1", 0, "1712", _actor("SYR"), _actor("TUR"), reporters=("SYR",))
    later = _event("e2", 3, "1712", None, None, reporters=("TUR",))
    merged = merge_restatements([lead, later])
    assert [e.event_id for e in merged] == ["e1"]
    assert {link.name for link in merged[0].reported_by} == {"SYR", "TUR"}


def test_different_roots_stay_apart() -> None:
    attack = _event("e1", 0, "190", _actor("SYR"), _actor("TUR"))
    talks = _event("e2", 1, "040", _actor("SYR"), None)
    assert len(merge_restatements([attack, talks])) == 2


def test_same_country_but_different_sectors_stay_apart() -> None:
    media = _event("e1", 0, "010", _actor("PRK", "MED"), None)
    army = _event("e2", 5, "014", _actor("PRK", "MIL"), None)
    assert len(merge_restatements([media, army])) == 2


def test_contradicting_dates_stay_apart() -> None:
    first = _event("e1", 0, "190", _actor("SYR"), None, day=dt.date(2022, 4, 1))
    second = _event("e2", 2, "190", _actor("SYR"), None, day=dt.date(2022, 3, 20))
    assert len(merge_restatements([first, second])) == 2


def test_two_fully_coded_events_with_other_codes_stay_apart() -> None:
    strike = _event("e1", 0, "195", _actor("ISR"), _actor("LBN"))
    reply = _event("e2", 1, "190", _actor("ISR"), _actor("LBN", "REB"))
    assert len(merge_restatements([strike, reply])) == 2


def test_distinct_verbal_acts_of_one_speaker_stay_apart() -> None:
    said = _event("e1", 0, "010", _actor("KEN", "GOV"), None)
    declined = _event("e2", 4, "011", _actor("KEN", "GOV"), None)
    assert len(merge_restatements([said, declined])) == 2
    criticised = _event("e3", 1, "111", _actor("KEN", "OPP"), None)
    accused = _event("e4", 2, "112", _actor("KEN", "OPP"), None)
    assert len(merge_restatements([criticised, accused])) == 2
    retold = _event("e5", 6, "111", None, None)
    assert len(merge_restatements([criticised, retold])) == 1


def test_material_acts_told_more_or_less_precisely_still_merge() -> None:
    shelled = _event("e1", 0, "194", _actor("SYR"), _actor("TUR"))
    attacked = _event("e2", 3, "190", _actor("SYR"), None)
    assert len(merge_restatements([shelled, attacked])) == 1


def test_input_order_is_kept() -> None:
    a = _event("e1", 0, "040", _actor("FRA"), _actor("DEU"))
    b = _event("e2", 1, "190", None, None)
    c = _event("e3", 2, "111", _actor("RUS"), _actor("USA"))
    assert [e.event_id for e in merge_restatements([a, b, c])] == ["e1", "e2", "e3"]


def _placed(event: Event, country: str, role: PlaceRole) -> Event:
    return replace(event, place=Place("Vostrava", 1, 10.0, 20.0, country, "P", role=role))


def test_a_restatements_inferred_place_outside_the_hosts_countries_is_not_taken() -> None:
    host = _event("e1", 4, "180", _actor("RUS"), _actor("RUS"))
    aside = _placed(_event("e2", 1, "181", None, None), "USA", "sentence")
    assert merge_restatements([aside, host])[0].place is None


def test_a_restatements_inferred_place_in_a_hosts_country_is_taken() -> None:
    host = _event("e1", 4, "180", _actor("RUS"), _actor("GBR"))
    aside = _placed(_event("e2", 1, "181", None, None), "GBR", "sentence")
    place = merge_restatements([aside, host])[0].place
    assert place is not None
    assert place.country == "GBR"


def test_a_place_the_restatement_states_is_taken_whatever_its_country() -> None:
    host = _event("e1", 4, "180", _actor("RUS"), _actor("RUS"))
    aside = _placed(_event("e2", 1, "181", None, None), "GBR", "event")
    place = merge_restatements([aside, host])[0].place
    assert place is not None
    assert (place.country, place.role) == ("GBR", "event")


def _token(i: int, text: str, start: int, pos: str) -> Token:
    return Token(i, text, text.lower(), pos, "", "nsubj", i, start, start + len(text))


def _spoken(event_id: str, sentence: int, speaker: Span) -> Event:
    event = _event(event_id, sentence, "011", _actor("KEN", "GOV"), None)
    return replace(event, provenance=replace(event.provenance, source_span=speaker))


NAMES = Referents(
    (
        _token(0, "Mayor", 0, "PROPN"),
        _token(1, "Ana", 6, "PROPN"),
        _token(2, "Ruiz", 10, "PROPN"),
        _token(3, "Tomas", 100, "PROPN"),
        _token(4, "Berg", 106, "PROPN"),
        _token(5, "Ruiz", 200, "PROPN"),
        _token(6, "She", 300, "PRON"),
    ),
    (0, 6, 10, 100, 106, 200, 300),
)


def test_acts_of_two_named_speakers_with_one_code_stay_apart() -> None:
    ruiz = _spoken("e1", 0, Span(0, 14, "Mayor Ana Ruiz"))
    berg = _spoken("e2", 1, Span(100, 110, "Tomas Berg"))
    assert len(merge_restatements([ruiz, berg], NAMES)) == 2
    assert len(merge_restatements([ruiz, berg])) == 1  # the codes alone cannot tell them apart


def test_a_speaker_named_again_or_by_pronoun_merges() -> None:
    ruiz = _spoken("e1", 0, Span(0, 14, "Mayor Ana Ruiz"))
    again = _spoken("e2", 2, Span(200, 204, "Ruiz"))
    she = _spoken("e3", 3, Span(300, 303, "She"))
    assert [e.event_id for e in merge_restatements([ruiz, again, she], NAMES)] == ["e1"]


def test_an_act_by_the_very_phrase_another_act_targets_stays_apart() -> None:
    men = Span(40, 47, "two men")
    shot = _event("e1", 0, "193", _actor("KEN", "COP"), _actor("KEN"))
    shot = replace(shot, provenance=replace(shot.provenance, target_span=men))
    fired = _event("e2", 0, "193", None, None)
    fired = replace(
        fired,
        provenance=replace(fired.provenance, source_span=men, verb_span=Span(60, 66, "opened")),
    )
    assert len(merge_restatements([shot, fired])) == 2
    retold = _event("e3", 2, "193", None, None)
    assert len(merge_restatements([shot, retold])) == 1


def test_a_name_and_its_abbreviation_are_one_speaker() -> None:
    assert not other_names(("NY",), ("New", "York", "Attorney", "General", "Lia", "Brant"))
    assert not other_names(("Ruiz",), ("Ana", "Ruiz"))
    assert other_names(("Tomas", "Berg"), ("Ana", "Ruiz"))
    assert not other_names((), ("Ana", "Ruiz"))
