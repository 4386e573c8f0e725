"""Error classes seen on newswire sentences (the five-class task), each in sentences of our
own: appeals to act are appeals, concern is pessimism, a claim of one's own act is a claim
of responsibility."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import STORY_DAY, codes_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_urging_a_government_to_act_is_an_appeal_not_a_rally(pipeline: Pipeline) -> None:
    found = codes_of(
        pipeline, "The envoy urged Chile to arrest the smugglers on its northern border."
    )
    assert [c for c in found if c.startswith("02")], found
    assert "113" not in found, found


def test_urging_partners_is_a_rally_only_against_someone(pipeline: Pipeline) -> None:
    found = codes_of(
        pipeline, "The minister urged partner countries to raise their pledges quickly."
    )
    assert "113" not in found, found
    rally = codes_of(pipeline, "Peru urged other governments against Bolivia.")
    assert "113" in rally, rally


def test_calls_to_unite_against_someone_and_for_sanctions_still_rally(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "The newspaper called on farmers to unite against the governor.")
    assert "113" in found, found
    found = codes_of(pipeline, "The bishop called for sanctions against Ruritania.")
    assert "113" in found, found


def test_voiced_concern_is_pessimism_not_disapproval(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Japan expressed deep concern about the fighting near the dam.")
    assert [c for c in found if c.startswith("01")], found
    assert not [c for c in found if c.startswith("11")], found
    criticism = codes_of(pipeline, "Japan expressed its anger over the seizure of its trawler.")
    assert [c for c in criticism if c.startswith("11")], criticism


def test_claiming_ones_own_attack_is_claiming_responsibility(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "The militia claimed that it had attacked a fuel depot.")
    assert "015" in found, found
    assert "112" not in found, found
    accusation = codes_of(
        pipeline, "Kenya claimed that Somali militias had attacked a border post."
    )
    assert "112" in accusation, accusation


def test_refusing_to_lift_a_ban_is_a_refusal_of_that_easing(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Ecuador refused to lift the ban on Colombian fruit imports.")
    assert [c for c in found if c.startswith("124")], found


def test_a_refusal_on_a_condition_is_still_a_refusal(pipeline: Pipeline) -> None:
    text = "Mali says it will not accept migrants from Niger unless they register first."
    events = pipeline.code_text(text, STORY_DAY).events
    refusals = [e for e in events if e.cameo.root == "12"]
    assert refusals, [e.cameo.code for e in events]
    assert all(e.modality != "conditional" for e in refusals)


def test_waging_cyber_warfare_and_engaging_in_a_firefight_are_fighting(
    pipeline: Pipeline,
) -> None:
    found = codes_of(pipeline, "Ruritania launched cyber warfare on Freedonia last week.")
    assert [c for c in found if c.startswith("19")], found
    found = codes_of(pipeline, "Rebels engaged Indian soldiers in a firefight near the river.")
    assert [c for c in found if c.startswith("19")], found


def test_a_military_platoon_sent_abroad_is_a_peacekeeping_contribution(pipeline: Pipeline) -> None:
    assert "074" in codes_of(pipeline, "Ireland sent an infantry platoon to Cyprus.")


def test_agreeing_to_a_truce_is_an_intent_and_ending_fighting_no_threat(
    pipeline: Pipeline,
) -> None:
    found = codes_of(pipeline, "Chad and Sudan agreed to a truce to halt weeks of fighting.")
    assert "0356" in found, found
    assert not [c for c in found if c.startswith("13")], found


def test_agreeing_to_discontinue_tariffs_is_an_offer_to_ease_not_a_threat(
    pipeline: Pipeline,
) -> None:
    found = codes_of(pipeline, "Brazil agreed to discontinue tariffs on Argentine steel.")
    assert [c for c in found if c.startswith("035")], found
    assert not [c for c in found if c.startswith("13")], found


def test_an_offer_on_a_condition_is_still_an_offer(pipeline: Pipeline) -> None:
    text = "Chile is ready to pull its soldiers out of Haiti if the council asks it to."
    events = pipeline.code_text(text, STORY_DAY).events
    offers = [e for e in events if e.cameo.root == "03"]
    assert offers, [e.cameo.code for e in events]
    assert all(e.modality != "conditional" for e in offers)


def test_resources_and_expertise_offered_are_aid(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Norway is prepared to send extra resources to Peru.")
    assert [c for c in found if c.startswith("03")], found


def test_approving_a_material_act_is_that_act(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "A Lisbon court approved the extradition of an Angolan minister.")
    assert "063" in found, found
    assert "051" not in found, found
    praise = codes_of(pipeline, "Kenya approved the new charter of the regional bloc.")
    assert not [c for c in praise if c[:2] in ("06", "07", "08")], praise


def test_failing_to_reach_agreement_is_talks_breaking_down(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Serbia and Kosovo failed to reach any deal over border crossings.")
    assert "164" in found, found


def test_not_accepting_a_proposal_is_a_refusal(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Hungary says it will not accept the proposal made by Austria.")
    assert [c for c in found if c.startswith("12")], found


def test_fighting_an_epidemic_is_no_force(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Cuba sent doctors to help Angola fight the cholera epidemic.")
    assert not [c for c in found if c[:2] in ("18", "19")], found
    assert [c for c in codes_of(pipeline, "Soldiers fought the rebels near Goma.") if c[:2] == "19"]


def _target_text(pipeline: Pipeline, text: str, root: str) -> list[str]:
    out = []
    for e in pipeline.code_text(text, STORY_DAY).events:
        span = e.provenance.target_span
        if e.cameo.root == root and span is not None:
            out.append(span.text)
    return out


def test_the_target_phrase_keeps_where_the_people_acted_upon_are(pipeline: Pipeline) -> None:
    shown = _target_text(pipeline, "Rebels attacked an army post in northern Mali.", "19")
    assert "an army post in northern Mali" in shown, shown
    dated = _target_text(pipeline, "Rebels attacked an army post in March.", "19")
    assert "an army post" in dated, dated


def test_a_place_in_the_target_phrase_does_not_make_the_actor(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Unknown men poisoned a Russian defector in Britain.", STORY_DAY
    ).events
    actors = [e.target.country for e in events if e.target is not None]
    assert "GBR" not in actors, actors


def _dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.code_text(text, STORY_DAY).events
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def test_partners_agreeing_on_a_thing_act_with_each_other(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Chile and Peru have agreed to start talks on a fishing treaty.")
    assert ("CHL", "PER") in found, found
    assert ("PER", "CHL") in found, found


def test_a_summoned_envoy_is_the_target_of_the_complaint(pipeline: Pipeline) -> None:
    text = "Ghana summoned the Togolese ambassador to protest over an attack on a Ghanaian farm."
    shown = _target_text(pipeline, text, "11")
    assert shown, shown
    assert shown[0].startswith("the Togolese ambassador"), shown


def test_borders_opened_to_someone_have_a_target(pipeline: Pipeline) -> None:
    shown = _target_text(pipeline, "Kenya opened its borders to Sudanese refugees.", "08")
    assert "Sudanese refugees" in shown, shown


def test_a_denial_targets_its_accuser_not_what_it_denies(pipeline: Pipeline) -> None:
    text = "The ministry denied accusations of shelling the border town of Kela."
    assert _target_text(pipeline, text, "01") == [], _target_text(pipeline, text, "01")
    text = "Bolivia denied charges by Chilean farmers that it diverted the river."
    shown = _target_text(pipeline, text, "01")
    assert any("Chilean farmers" in s for s in shown), shown


def test_declining_to_comment_acts_on_no_one(pipeline: Pipeline) -> None:
    text = "The embassy declined to comment on the new visa bill."
    assert _target_text(pipeline, text, "01") == []


def test_failing_to_agree_is_mutual(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Serbia and Croatia failed to reach agreement over their border.")
    assert ("SRB", "HRV") in found, found
    assert ("HRV", "SRB") in found, found


def test_scepticism_about_someone_has_a_target(pipeline: Pipeline) -> None:
    shown = _target_text(pipeline, "Japan said it is skeptical of the Chinese proposal.", "01")
    assert any("the Chinese proposal" in s for s in shown), shown


def test_a_thing_set_up_or_attacked_is_shown_as_no_target(pipeline: Pipeline) -> None:
    assert _target_text(pipeline, "The company agreed to build two bridges.", "03") == []
    shown = _target_text(pipeline, "Peru agreed to send food aid to Chile.", "03")
    assert "Chile" in shown, shown  # whom the act is for stays the target phrase


def test_the_subject_of_is_expected_to_meet_is_who_meets(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "The Chilean president is expected to meet Peru's leader.", STORY_DAY
    ).events
    sources = [e.source.country for e in events if e.source is not None]
    assert "CHL" in sources, [e.cameo.code for e in events]
    urged = pipeline.code_text("Chile was urged to release the fishermen.", STORY_DAY).events
    appeals = [e for e in urged if e.cameo.root == "02"]
    assert all(e.source is None or e.source.country != "CHL" for e in appeals)
