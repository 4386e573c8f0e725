"""Error classes seen on real news, each in sentences of our own: refusals are not the act
refused, and weapons sent to a country are aid, not a show of force."""

from __future__ import annotations

import pytest
from tests.coding.events.conftest import STORY_DAY, codes_of, events_of

from newsevents.pipeline import Pipeline

pytestmark = pytest.mark.model


def test_refusing_to_accept_an_annexation_is_no_annexation(pipeline: Pipeline) -> None:
    found = codes_of(
        pipeline, "Argentina will never accept the annexation of the southern islands."
    )
    assert not [c for c in found if c.startswith("19")], found
    assert [c for c in found if c.startswith("12")], found


def test_not_recognising_is_a_rejection(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Morocco does not recognise the new government in the capital.")
    assert [c for c in found if c.startswith("12")], found
    assert not [c for c in found if c.startswith("05")], found


def test_weapons_sent_to_a_country_are_military_aid(pipeline: Pipeline) -> None:
    assert "072" in codes_of(pipeline, "Norway sent artillery shells to Estonia on Monday.")
    promised = codes_of(pipeline, "Canada agreed to send tanks to Latvia.")
    assert [c for c in promised if c.startswith("03")], promised
    assert not [c for c in promised if c.startswith("13")], promised


def test_tanks_moved_toward_a_border_are_a_show_of_force(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Armenia sent tanks toward the border with Azerbaijan.")
    assert [c for c in found if c.startswith("15")], found


def test_an_allegation_is_the_claimants_accusation_and_the_act_only_alleged(
    pipeline: Pipeline,
) -> None:
    text = "Kenya claimed that Somali militias attacked a border post."
    events = pipeline.code_text(text, STORY_DAY).events
    accusation = [e for e in events if e.cameo.code == "112"]
    assert accusation, [e.cameo.code for e in events]
    assert accusation[0].source is not None
    assert accusation[0].source.country == "KEN"
    attacks = [e for e in events if e.cameo.root in ("18", "19")]
    assert attacks, [e.cameo.code for e in events]
    assert all(e.modality == "alleged" for e in attacks)


def test_a_plan_quoted_before_its_infinitive_is_still_its_content(pipeline: Pipeline) -> None:
    """'studying an "action plan" to re-enter the zones': the parser reads the infinitive
    as a relative clause after the quotation marks; it is still what the plan is about, so
    the study of a plan to occupy is a threat (13x), not a plain consideration (014)."""
    found = codes_of(
        pipeline, 'The Chilean army said it was studying an "action plan" to re-enter the zones.'
    )
    assert [c for c in found if c.startswith("13")], found


def test_a_permitted_or_required_act_is_not_done(pipeline: Pipeline) -> None:
    """ "would not be allowed to arrest", "the law requires police to detain": the act is
    only permitted or required, so it is no event (the issue's "would allow exercises")."""
    for text in (
        "Peruvian soldiers would not be allowed to arrest protesters.",
        "The new law requires Peruvian police to arrest smugglers.",
    ):
        found = codes_of(pipeline, text)
        assert not [c for c in found if c.startswith("17")], (text, found)


def test_allowing_someone_to_enter_is_yielding_not_occupying(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Peru allowed Chilean troops to enter the zone.")
    assert "086" in found, found
    assert not [c for c in found if c.startswith("19")], found


def test_economic_figures_and_idioms_are_not_fighting(pipeline: Pipeline) -> None:
    for text in (
        "Bolivia's unemployment rate hit its highest level in a decade in March.",
        "Chile and Peru are engaged in a tug-of-war over the fishing grounds.",
    ):
        found = codes_of(pipeline, text)
        assert not [c for c in found if c.startswith("19")], (text, found)


def test_a_wire_credit_line_is_no_aid(pipeline: Pipeline) -> None:
    credit = "Associated Press writers Ana Ruiz and Tom Berg in Lima contributed to this report."
    assert codes_of(pipeline, credit) == []
    assert "070" in codes_of(pipeline, "Norway contributed to the UN relief fund for Yemen.")


def test_pressing_into_a_place_is_an_advance_and_releasing_a_paper_a_statement(
    pipeline: Pipeline,
) -> None:
    advance = codes_of(pipeline, "Turkish forces pressed into the Kurdish enclave on Tuesday.")
    assert [c for c in advance if c.startswith("19")], advance
    assert not [c for c in advance if c.startswith("02")], advance
    paper = codes_of(pipeline, "The Chinese authorities released a white paper on religion.")
    assert paper == ["010"], paper
    assert [
        c for c in codes_of(pipeline, "Kenyan teachers pressed for more money.") if c[:2] == "02"
    ]


def test_a_duration_fills_no_target_slot(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Turkish forces pressed into the Kurdish enclave for a fourth day.")
    assert [c for c in found if c.startswith("19")], found


def test_a_subjectless_by_or_after_clause_acts_through_the_main_subject(
    pipeline: Pipeline,
) -> None:
    text = "By recalling its ambassador from Moscow, Slovenia took a milder step."
    events = pipeline.code_text(text, STORY_DAY).events
    recall = [e for e in events if e.cameo.code.startswith("16")]
    assert recall, events
    assert recall[0].source is not None
    assert recall[0].source.country == "SVN"


def test_the_one_called_on_is_the_target_of_the_appeal(pipeline: Pipeline) -> None:
    """'called on the UN to provide aid for civilians': the UN is asked, not the civilians
    (the parser reads 'on' as a preposition, the pattern as the particle of 'call on')."""
    events = pipeline.code_text(
        "Russia called on the UN to provide aid for the civilians.", STORY_DAY
    )
    appeals = [e for e in events.events if e.cameo.code.startswith("02")]
    assert appeals, events.events
    assert appeals[0].target is not None
    assert appeals[0].target.code == "IGOUNO"


def test_dropping_a_demand_and_cutting_a_sentence_are_yielding(pipeline: Pipeline) -> None:
    dropped = codes_of(pipeline, "Brazil dropped its demand that Argentina cut tariffs on steel.")
    assert "080" in dropped, dropped
    cut = codes_of(pipeline, "In February a court in Quito reduced the activist's sentence.")
    assert [c for c in cut if c.startswith("08")], cut


def test_being_concerned_or_angry_about_someone_is_disapproval(pipeline: Pipeline) -> None:
    text = "Peru is deeply concerned over Chile's naval exercises."
    events = pipeline.code_text(text, STORY_DAY).events
    found = [(e.cameo.code, e.target.country if e.target else None) for e in events]
    assert ("110", "CHL") in found, found


def test_the_i_of_a_quotation_is_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "Zimbabwe's transport minister Joram Gumbo met airline officials on Monday. "
        '"I talked to the chief executive of British Airways," he said.'
    )
    events = pipeline.code_text(text, STORY_DAY).events
    talks = [e for e in events if e.provenance.sentence_index == 1 and e.cameo.code[:2] == "04"]
    assert talks, events
    assert talks[0].source is not None
    assert talks[0].source.country == "ZWE"


def test_the_leader_of_a_led_act_is_its_source(pipeline: Pipeline) -> None:
    text = "Attacks have fallen since the U.S.-led invasion of Iraq in March 2003."
    events = pipeline.code_text(text, STORY_DAY).events
    found = [(e.source.country if e.source else None, e.cameo.code[:2]) for e in events]
    assert ("USA", "19") in found, found


def test_the_act_a_charge_names_is_done_by_the_accused(pipeline: Pipeline) -> None:
    """'Beijing accused Washington of abusing its laws to suppress Chinese firms': whatever
    is coded of the charge is Washington's doing, never Beijing's."""
    text = "Beijing accused Washington of abusing its laws to suppress Chinese firms."
    events = pipeline.code_text(text, STORY_DAY).events
    charged = [e for e in events if not e.cameo.code.startswith("11")]
    assert all(e.source is not None and e.source.country == "USA" for e in charged), events
    assert [e for e in events if e.cameo.code.startswith("112")], events


def test_what_sparks_a_protest_is_not_the_protester(pipeline: Pipeline) -> None:
    """'The arrest sparked protests against the police': the arrest caused the protests; it
    is no actor, so the protest keeps no source rather than a thing as its protester."""
    text = "The arrest of the student sparked protests against the police."
    events = pipeline.code_text(text, STORY_DAY).events
    protests = [e for e in events if e.cameo.code.startswith("14")]
    assert protests, events
    assert all(e.provenance.source_span is None for e in protests), protests


def test_not_being_happy_with_someone_is_disapproval(pipeline: Pipeline) -> None:
    """A predicative adjective is negated through its copula ("is not happy": the "not"
    hangs on "is"); so 'not happy with' disapproves, and 'happy with' does not."""
    unhappy = pipeline.code_text("Norway is not happy with Sweden's new fishing quotas.", STORY_DAY)
    assert [(e.cameo.code, e.modality) for e in unhappy.events] == [("110", "asserted")]
    happy = codes_of(pipeline, "Norway is happy with Sweden's new fishing quotas.")
    assert not [c for c in happy if c.startswith("11")], happy


def test_going_back_on_a_promise_is_a_rejection(pipeline: Pipeline) -> None:
    for text in (
        "The governor reneged on his pledge to cut taxes.",
        "The prime minister went back on his pledge.",
        "The company backed out of the deal with Iran.",
    ):
        found = codes_of(pipeline, text)
        assert [c for c in found if c.startswith("12")], (text, found)


def test_whom_aid_is_meant_to_help_is_its_target(pipeline: Pipeline) -> None:
    """'earmarked aid to help Fiji cope', 'weighing whether to ship food to help Tonga': the one
    helped is the target, also when the trigger is the pledge or the deliberation."""
    for text, helped in (
        ("Japan has earmarked 2 million dollars in aid to help Fiji cope with the cyclone.", "FJI"),
        (
            "Australia is weighing whether to ship food to help Tonga recover from the eruption.",
            "TON",
        ),
    ):
        targets = [e.target.code for e in pipeline.code_text(text, STORY_DAY).events if e.target]
        assert helped in targets, (text, targets)


def test_saying_someone_was_behind_an_attack_accuses_them(pipeline: Pipeline) -> None:
    """ "said X was behind the attack", "said X is responsible for the bombing": pinning a
    hostile act on someone in a statement is an accusation (112) aimed at them."""
    for text in (
        "Bolivian police said Paraguayan agents were behind the attack.",
        "Bolivia said Paraguay was responsible for the bombing of the bridge.",
        "The Bolivian minister said the inquiry showed that Paraguay was to blame for the attack.",
    ):
        events = pipeline.code_text(text, STORY_DAY).events
        accusations = [e for e in events if e.cameo.code == "112"]
        assert accusations, (text, [e.cameo.code for e in events])
        targets = [e.target.country for e in accusations if e.target is not None]
        assert targets == ["PRY"], (text, targets)


def test_responsibility_for_a_good_deed_is_no_accusation(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Bolivia said Paraguay was responsible for the new trade agreement.")
    assert "112" not in found, found


def test_vowing_not_to_resume_talks_is_a_refusal_to_negotiate(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Uganda vowed not to resume talks with Kenya without an apology.")
    assert "125" in found, found
    assert not [c for c in found if c.startswith("03")], found
    assert "036" in codes_of(pipeline, "Uganda vowed to resume talks with Kenya.")


def test_a_vow_of_refusal_after_an_appeal_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    """'reiterated calls for a vote, vowing not to resume talks': the participle is no manner
    of the appeal; it announces a refusal of its own."""
    found = codes_of(
        pipeline,
        "The Kenyan opposition leader renewed calls for a new vote, vowing not to resume "
        "negotiations with the government.",
    )
    assert [c for c in found if c.startswith("02")], found
    assert "125" in found, found


def test_wanting_to_act_oneself_is_an_intent_not_an_appeal(pipeline: Pipeline) -> None:
    found = codes_of(pipeline, "Uganda wants to reach a lasting truce with Kenya.")
    assert [c for c in found if c.startswith("03")], found
    assert not [c for c in found if c.startswith("02")], found
    hostile = codes_of(pipeline, "Uganda wants to attack the rebel camps.")
    assert [c for c in hostile if c.startswith("13")], hostile


def test_saying_one_will_not_spend_the_money_on_offer_refuses_aid(pipeline: Pipeline) -> None:
    found = codes_of(
        pipeline, "The Kenyan governor said he will not spend $70 million in federal relief cash."
    )
    assert "1221" in found, found
    assert "1221" not in codes_of(
        pipeline, "The Kenyan governor said he will spend $70 million in federal relief cash."
    )


def test_an_amount_in_aid_is_aid(pipeline: Pipeline) -> None:
    """ "$5 million in aid" measures aid as "$5 million of aid" does."""
    found = codes_of(pipeline, "Uganda delivered $5 million in aid to Kenya.")
    assert [c for c in found if c.startswith("07")], found
    assert "073" in codes_of(pipeline, "Uganda sent $5 million in food aid to Kenya.")


def test_wanting_someone_else_to_act_is_an_appeal_to_them(pipeline: Pipeline) -> None:
    """'wants Kenya to release': the parser gives the infinitive its own subject; the want is
    still an appeal to that subject, refined by what it asks (0253), not Kenya's release."""
    events = events_of(pipeline, "Uganda wants Kenya to release the prisoners.")
    appeals = [e for e in events if e.cameo.root == "02"]
    assert [e.cameo.code for e in appeals] == ["0253"], [e.cameo.code for e in events]
    assert appeals[0].source is not None
    assert appeals[0].source.country == "UGA"
    assert appeals[0].target is not None
    assert appeals[0].target.country == "KEN"
    assert not [e for e in events if e.cameo.code == "0841"], [e.cameo.code for e in events]
