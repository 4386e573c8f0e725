"""Who acts and who is acted upon, in error classes seen on real news, each in sentences of
our own: whence diplomats are expelled is who expels them, and a bare role that repeats an
earlier mention ("the mission") keeps that mention's country."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.model import Event
from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model
DAY = dt.date(2023, 6, 1)


def dyads(pipeline: Pipeline, text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of the events of `root` coded in `text`."""
    events = pipeline.code_text(text, DAY).events
    return [(_country(e, "source"), _country(e, "target")) for e in events if e.cameo.root == root]


def _country(event: Event, side: str) -> str | None:
    actor = getattr(event, side)
    return None if actor is None else actor.country or actor.code[:3]


def test_diplomats_expelled_from_a_country_are_expelled_by_it(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Three Iranian diplomats were expelled from Denmark last week.", "16")
    assert ("DNK", "IRN") in found, found


def test_the_noun_expulsion_takes_its_source_from_the_from_phrase(pipeline: Pipeline) -> None:
    """The parser hands the noun the clause's subject ("the quarrel"), which is no actor."""
    text = "The quarrel brought swift expulsions of Chilean diplomats from Bolivia."
    found = dyads(pipeline, text, "16")
    assert ("BOL", "CHL") in found, found


def test_recalling_an_ambassador_from_a_country_still_targets_that_country(
    pipeline: Pipeline,
) -> None:
    """A recall's "from" names the host, not the one acting."""
    found = dyads(pipeline, "Ecuador recalled its ambassador from Colombia on Friday.", "16")
    assert ("ECU", "COL") in found, found


def test_a_bare_role_repeats_the_earlier_mention_of_its_country(pipeline: Pipeline) -> None:
    """Without the earlier mention "the delegation" would take the country the places of the
    article point to (Kenya here)."""
    text = (
        "A Finnish trade delegation arrived in Nairobi on Monday. Kenyan officials in Nairobi "
        "and Mombasa welcomed the visit. The delegation met the governor of Mombasa on Tuesday."
    )
    events = pipeline.code_text(text, DAY).events
    met = [
        e
        for e in events
        if e.provenance.source_span and e.provenance.source_span.text == "The delegation"
    ]
    assert met, [(e.cameo.code, e.source) for e in events]
    assert all(_country(e, "source") == "FIN" for e in met), [e.source for e in met]


def test_a_repeated_role_may_be_the_target_of_its_own_kind(pipeline: Pipeline) -> None:
    """An officer criticising "the police" acts on the police named before, not on himself:
    the target is kept although source and target share a code."""
    text = (
        "Kenyan police detained two protesters in Nakuru. A senior police officer later "
        "criticised the police for the arrests."
    )
    events = pipeline.code_text(text, DAY).events
    criticism = [e for e in events if e.cameo.root == "11"]
    assert criticism, [e.cameo.code for e in events]
    assert criticism[0].target is not None
    assert criticism[0].target.code == "KENCOP"


def test_a_name_filed_under_a_fronted_date_is_the_subject(pipeline: Pipeline) -> None:
    """The parser reads "on 2 March Merkel" as one date phrase and leaves the verb without
    a subject; the name right before the verb is who acted."""
    found = dyads(pipeline, "On 2 March Merkel criticised the Polish government.", "11")
    assert ("DEU", "POL") in found, found


def test_a_role_quoted_by_another_states_media_is_not_the_earlier_mention(
    pipeline: Pipeline,
) -> None:
    """ "Ugandan state media quoted the army": the sentence names a state before the role, so
    the reporters' country decides, not the Kenyan army of the sentence before."""
    text = (
        "The Kenyan army shelled a village near the border on Monday. Ugandan state media "
        "quoted the army as saying it would retaliate."
    )
    events = pipeline.code_text(text, DAY).events
    quoted = [
        e
        for e in events
        if e.provenance.source_span and e.provenance.source_span.text == "the army"
    ]
    assert quoted, [(e.cameo.code, e.source) for e in events]
    assert all(_country(e, "source") == "UGA" for e in quoted), [e.source for e in quoted]


def test_two_states_people_in_one_phrase_are_two_actors(pipeline: Pipeline) -> None:
    """ "Chilean and Peruvian officials": coders key one event per member state."""
    found = dyads(pipeline, "Bolivia criticised Chilean and Peruvian officials.", "11")
    assert sorted(found) == [("BOL", "CHL"), ("BOL", "PER")], found


def test_a_joint_phrase_of_two_states_agreeing_acts_both_ways(pipeline: Pipeline) -> None:
    text = "The Chilean and Peruvian governments agreed to cooperate."
    found = dyads(pipeline, text, "03")
    assert ("CHL", "PER") in found, found
    assert ("PER", "CHL") in found, found


def test_criticism_on_the_part_of_several_actors_is_each_ones_act(pipeline: Pipeline) -> None:
    """The owners of "the part" criticise; the part holding them is no target."""
    text = "The new levy sparked fierce criticism on the part of Chile as well as the EU."
    events = [e for e in pipeline.code_text(text, DAY).events if e.cameo.root == "11"]
    assert {e.source.code[:3] for e in events if e.source} == {"CHL", "IGO"}, events
    aimed = [e.provenance.target_span.text for e in events if e.provenance.target_span]
    assert not [t for t in aimed if "part" in t], aimed


def test_an_adjective_of_a_thing_is_no_actor_acted_upon(pipeline: Pipeline) -> None:
    """ "official maps" are no government: the appeal is to Chile, who is asked to hand
    them over ("her unemployed sister" still names a civilian)."""
    text = (
        "The UN envoy, Lena Harlow, renewed her appeal for Chile to give the commission "
        "official charts of the minefields left by its troops."
    )
    events = [e for e in pipeline.code_text(text, DAY).events if e.cameo.root == "02"]
    assert events, events
    assert all(e.target is not None and e.target.country == "CHL" for e in events), events
    assert all(e.target is not None and e.target.code != "CHLGOV" for e in events), events
    events = pipeline.code_text("Her unemployed sister criticised the Chilean police.", DAY).events
    assert [e.source.sector for e in events if e.source is not None] == ["CVL"], events


def test_a_shared_of_phrase_gives_every_conjunct_its_state(pipeline: Pipeline) -> None:
    """ "The Party, Government and people of Vietnam": all three are Vietnam's, not the
    Party of Laos that the rest of the sentence would suggest."""
    text = "The Party, Government and people of Vietnam congratulated Laos on its national day."
    found = dyads(pipeline, text, "05")
    assert found, found
    assert all(pair == ("VNM", "LAO") for pair in found), found


def test_a_country_in_a_relative_clause_is_not_the_person_it_describes(
    pipeline: Pipeline,
) -> None:
    """ "X, who has lived in Norway since 2015, was sentenced in Armenia": the person
    sentenced is no Norwegian actor; the relative clause only tells about him."""
    text = (
        "Pavel Ostrov, who has lived in Norway since 2015, was sentenced to nine years "
        "in prison by a court in Armenia last month."
    )
    found = dyads(pipeline, text, "17")
    assert found, found
    assert all(target != "NOR" for _, target in found), found
    text = "The man who moved to Norway in 2019 was sentenced to nine years in prison in Armenia."
    assert dyads(pipeline, text, "17") == [("ARM", "ARM")]


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "Chile's foreign minister met the Peruvian ambassador on Monday. "
            "The ambassador later praised him for the deal.",
            "05",
            ("PER", "CHL"),
        ),
        (
            "Ecuador's president flew to Lima on Monday. Peruvian police arrested him there.",
            "17",
            ("PER", "ECU"),
        ),
        (
            "Bolivian troops crossed into Chile on Tuesday. "
            "The Peruvian army later attacked them near the border.",
            "19",
            ("PER", "BOL"),
        ),
    ],
)
def test_an_object_pronoun_is_never_its_own_clause_s_subject(
    pipeline: Pipeline, text: str, root: str, pair: tuple[str, str]
) -> None:
    """ "The ambassador praised him": only "himself" could be the ambassador, so "him" is the
    salient actor before that clause (the minister), not its subject named just before."""
    found = dyads(pipeline, text, root)
    assert pair in found, found


def test_local_people_are_of_their_sentence_s_towns_not_of_the_story_s_country(
    pipeline: Pipeline,
) -> None:
    """Told from Moscow and reported by the Russian military, rebels and civilians in a
    Syrian city are Syrian."""
    text = (
        "MOSCOW (Reuters) - The Russian military said on Monday that rebels had attacked "
        "civilians in Aleppo."
    )
    assert dyads(pipeline, text, "19") == [("SYR", "SYR")], dyads(pipeline, text, "19")
