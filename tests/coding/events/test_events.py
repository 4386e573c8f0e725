"""The event coder on our own sentences: one test per parse feature and per root 01-08.

Uses the real spaCy model (loaded once per module) and the real actor coder.
"""

from __future__ import annotations

import pytest

from newsevents.coding.actors.coder import ActorCoder
from newsevents.coding.actors.dictionary import ActorDictionary
from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.coder import EventCoder
from newsevents.coding.events.lexicon import Lexicon
from newsevents.model import Article, EventMatch, ParsedArticle


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsevents.nlp import load_language

    return load_language()


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(Lexicon.load(CameoTable.load()), ActorCoder(ActorDictionary.load()))


@pytest.fixture
def run(nlp, coder):  # type: ignore[no-untyped-def]
    from newsevents.nlp import parse_text

    def _run(text: str) -> list[EventMatch]:
        parsed = ParsedArticle(Article("t", text), parse_text(nlp, text))
        return coder.code_article(parsed, None)

    return _run


def _triples(events: list[EventMatch]) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None)
        for e in events
    }


def test_active_clause_gives_source_code_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Turkish foreign minister visited Greece on Tuesday.")
    assert _triples(events) == {("TUR", "042", "GRC")}
    e = events[0]
    assert e.verb_span.text == "visited"
    assert e.source_span is not None
    assert "minister" in e.source_span.text
    assert e.target_span is not None
    assert e.target_span.text == "Greece"
    assert e.rule.startswith("04_consult:042")


def test_passive_agent_is_source(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Three Indian fishermen were freed by Sri Lanka on Sunday.")
    assert ("LKA", "0841", "IND") in _triples(events)


def test_coordinated_subjects_give_one_event_each(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Peru and Chile signed a fisheries treaty in Lima.")
    assert {e.source.country for e in events if e.source} == {"PER", "CHL"}
    assert all(e.code == "057" for e in events)


def test_coordinated_objects_give_one_event_each(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Kenyan president praised Uganda and Tanzania.")
    assert _triples(events) == {("KEN", "051", "UGA"), ("KEN", "051", "TZA")}


def test_noun_event_with_agent_and_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("A Japanese visit to Manila was confirmed.")
    assert any(
        e.code == "042"
        and e.trigger.text == "visit"
        and e.source is not None
        and e.source.country == "JPN"
        for e in events
    )


def test_talks_between_two_parties(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Talks between Sudan and Egypt began in Cairo.")
    assert ("SDN", "046", "EGY") in _triples(events)


def test_nominal_mention_without_actors_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    assert run("A visit was mentioned in passing.") == []


def test_reported_speech_codes_the_reported_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Norwegian officials said Oslo had released the captured sailors.")
    assert [e.code for e in events] == ["0841"]


def test_statement_without_coded_content_is_010(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Dutch premier said on Friday the economy would need to stay strong.")
    assert [e.code for e in events] == ["010"]
    assert events[0].source is not None
    assert events[0].source.country == "NLD"


def test_appeal_is_refined_by_its_content(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Canada urged Iran to release the detained journalists.")
    assert _triples(events) == {("CAN", "0253", "IRN")}


def test_xcomp_subject_is_the_controller(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Ghana agreed to meet Togo next month.")
    assert _triples(events) == {("GHA", "036", "TGO")}


def test_subject_inherited_across_coordinated_verbs(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Brazil welcomed the decision and offered aid to Bolivia.")
    assert ("BRA", "051", None) in _triples(events) or any(
        e.code == "051" and e.source and e.source.country == "BRA" for e in events
    )
    assert any(e.code.startswith("03") and e.source and e.source.country == "BRA" for e in events)


def test_relative_clause_subject_is_the_modified_noun(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Austria, which hosted Slovenia last year, is neutral.")
    assert ("AUT", "043", "SVN") in _triples(events)


def test_pronoun_subject_resolves_to_salient_actor(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Vietnam sent envoys to Laos. It also visited Cambodia on Monday.")
    visit = [e for e in events if e.trigger.text == "visited"]
    assert visit
    assert visit[0].source is not None
    assert visit[0].source.country == "VNM"
    assert visit[0].source_span is not None
    assert visit[0].source_span.text == "It"


def test_possessive_pronoun_keeps_the_sector(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Estonia held elections. Its military visited Latvia.")
    visit = [e for e in events if e.trigger.text == "visited"]
    assert visit
    assert visit[0].source is not None
    assert visit[0].source.code == "ESTMIL"


def test_negated_trigger_is_flagged(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Morocco did not release the prisoners.")
    assert [(e.code, e.negated) for e in events] == [("0841", True)]


def test_future_cooperation_is_an_intent(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Italy will send food to Albania.")
    assert [e.code for e in events] == ["0333"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Finnish government declined to comment on the report.", "011"),
        ("The Polish president warned of a long drought.", "012"),
        ("The rebels claimed responsibility for the blast.", "015"),
        ("The Danish queen laid a wreath at the memorial.", "017"),
        ("Ireland offered condolences to the victims' families.", "018"),
        ("Nepal appealed for food aid after the floods.", "0233"),
        ("India pledged a loan to Sri Lanka.", "0331"),
        ("Norway offered to mediate between the two sides.", "039"),
        ("The Chilean leader telephoned his Argentine counterpart.", "041"),
        ("Kenya hosted the Ethiopian prime minister.", "043"),
        ("Spain apologized to Mexico.", "055"),
        ("Egypt recognized the new government of Libya.", "054"),
        ("Japan and Australia held joint naval exercises with India.", "062"),
        ("The Swedish government shared intelligence with Finland on Monday.", "064"),
        ("Germany sent weapons to Ukraine.", "072"),
        ("France granted asylum to the dissident.", "075"),
        ("The junta lifted the curfew in the capital.", "0813"),
        ("The president resigned on Sunday.", "0831"),
        ("The rebels laid down their weapons.", "0873"),
        ("Both sides declared a ceasefire.", "0871"),
    ],
)
def test_root_examples(run, sentence: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in {e.code for e in run(sentence)}


def test_threat_carries_the_threatened_action(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Serbia threatened to cut ties with Croatia.")
    assert len(events) == 1
    threat = events[0]
    assert threat.code.startswith("13")
    assert threat.threatened_code is not None
    assert threat.threatened_code.startswith("16")
    assert threat.target is not None
    assert threat.target.country == "HRV"


def test_background_clause_yields_to_the_main_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chad released the pilots who had been arrested in Niger.")
    assert [e.code for e in events] == ["0841"]


def test_statement_of_obligation_is_a_demand(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Peru said Ecuador must pay for the damage.")
    assert len(events) == 1
    assert events[0].code.startswith("10")
    assert events[0].target is not None
    assert events[0].target.country == "ECU"


def test_negated_future_cooperation_is_a_refusal(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chile will not release the detained sailors.")
    assert [e.code for e in events] == ["1243"]
    assert events[0].negated


def test_the_direction_refers_to_the_last_compound_country(run) -> None:  # type: ignore[no-untyped-def]
    events = run("North Korea hosted Chinese officials. Later the North visited Laos.")
    visit = [e for e in events if e.trigger.text == "visited"]
    assert visit
    assert visit[0].source is not None
    assert visit[0].source.country == "PRK"


def test_predicative_adjective_is_a_comment(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Danish minister was pessimistic about the harvest.")
    assert [e.code for e in events] == ["012"]
    assert events[0].source is not None
    assert events[0].source.country == "DNK"


def test_pronoun_of_a_reported_clause_is_the_reporting_subject(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Bolivia said it would release the detained truck drivers.")
    release = [e for e in events if e.trigger.text == "release"]
    assert release
    assert release[0].source is not None
    assert release[0].source.country == "BOL"
    assert release[0].source_span is not None
    assert release[0].source_span.text == "Bolivia"


def test_pronoun_does_not_take_a_plural_reporter_for_it(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Officials said it would release the detained truck drivers.")
    release = [e for e in events if e.trigger.text == "release"]
    assert release
    assert release[0].source_span is not None
    assert release[0].source_span.text == "it"


def test_phrase_keeps_apposition_and_bracketed_acronym(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Peru's foreign minister, Ana Torres, visited Quito on Monday.")
    assert events
    assert events[0].source_span is not None
    assert events[0].source_span.text == "Peru's foreign minister, Ana Torres"
    events = run("The National Liberation Army (ELN) attacked a police station.")
    assert events
    assert events[0].source_span is not None
    assert events[0].source_span.text == "The National Liberation Army (ELN)"


def test_phrase_leaves_out_of_with_a_gerund(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Moscow accused the rebels of shelling the town.")
    accuse = [e for e in events if e.trigger.text == "accused"]
    assert accuse
    assert accuse[0].target_span is not None
    assert accuse[0].target_span.text == "the rebels"


@pytest.mark.parametrize(
    ("sentence", "trigger", "phrase"),
    [
        # the name is an adjective of a deeper noun: that noun's phrase is the target
        (
            "The rebels declared a truce in all Ugandan districts.",
            "declared",
            "all Ugandan districts",
        ),
        # the name follows the deeper noun: the phrase runs on to the name
        ("The EU lifted the ban on imports from farms in Ghana.", "lifted", "farms in Ghana"),
        # no noun between the object and the name: the name alone
        ("Police postponed the rally in Tbilisi.", "postponed", "Tbilisi"),
        # a verb between them: the name is that verb's agent, kept alone
        ("The council rejected a plan drafted by France.", "rejected", "France"),
        # the name keeps its own determiner and modifiers
        ("Japan sent relief supplies to the Iraqi government.", "sent", "the Iraqi government"),
    ],
)
def test_deeper_name_reports_its_noun_phrase(  # type: ignore[no-untyped-def]
    run, sentence: str, trigger: str, phrase: str
) -> None:
    events = [e for e in run(sentence) if e.trigger.text == trigger]
    assert events
    assert events[0].target_span is not None
    assert events[0].target_span.text == phrase


def test_agent_of_a_rejected_claim_is_the_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Ankara rejected claims by Greece that its jets had violated the airspace.")
    reject = [e for e in events if e.trigger.text == "rejected"]
    assert reject
    assert reject[0].target is not None
    assert reject[0].target.country == "GRC"
    assert reject[0].target_span is not None
    assert reject[0].target_span.text == "Greece"


def test_addressee_beside_a_requested_thing_is_the_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Ghanaian president pressed Nigeria for new trade rules.")
    press = [e for e in events if e.trigger.text == "pressed"]
    assert press
    assert press[0].target is not None
    assert press[0].target.country == "NGA"


def test_place_of_an_act_on_a_thing_is_the_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The opposition alliance agreed to postpone the rally in Tbilisi.")
    assert events
    assert events[0].target is not None
    assert events[0].target.country == "GEO"
    assert events[0].target_span is not None
    assert events[0].target_span.text == "Tbilisi"


def test_literal_object_naming_a_group_is_the_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The junta outlawed the Communist Party on Friday.")
    assert events
    assert events[0].code.startswith("17")
    assert events[0].target_span is not None
    assert events[0].target_span.text == "the Communist Party"


def test_passive_without_agent_takes_the_place_as_source(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Two Belarusian journalists were arrested in Minsk on Friday.")
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert arrest
    assert arrest[0].source is not None
    assert arrest[0].source.country == "BLR"
    assert arrest[0].source_span is not None
    assert arrest[0].source_span.text == "Minsk"


def test_event_of_a_time_clause_is_an_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    """An earlier happening told in a clause of time is keyed by careful coders of articles."""
    events = run("The Georgian premier resigned on Sunday after protesters attacked parliament.")
    assert sorted(e.code[:2] for e in events) == ["08", "19"]


def test_event_of_a_cause_clause_yields_to_the_main_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The Georgian premier resigned on Sunday because protesters attacked parliament.")
    assert [e.code[:2] for e in events] == ["08"]


def test_event_of_a_time_clause_stays_when_alone(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Rain fell in Tbilisi after protesters attacked parliament.")
    assert [e.code[:2] for e in events] == ["19"]


def test_noun_in_a_prepositional_phrase_is_background(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chile, an ally in the U.S. war on drugs, praised Peru.")
    assert [e.code for e in events] == ["051"]


def test_violent_means_as_subject_refines_the_killing(run) -> None:  # type: ignore[no-untyped-def]
    events = run("A roadside bombing killed three Afghan policemen on Tuesday.")
    assert len(events) == 1
    assert events[0].code.startswith("18")


def test_quoted_speaker_is_the_source_of_a_considered_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "Indian state media quoted the navy as saying it was studying a plan to "
        "send warships into the disputed waters."
    )
    assert len(events) == 1
    assert events[0].code.startswith(("13", "15"))
    assert events[0].source is not None
    assert events[0].source.sector == "MIL"
    assert events[0].source_span is not None
    assert events[0].source_span.text == "the navy"


def test_considered_cooperation_stays_a_consideration(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Malaysia is considering giving money to Vietnamese refugees.")
    assert [e.code for e in events] == ["014"]


def test_planned_sanctions_are_a_threat(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Greece plans to impose sanctions on Turkey.")
    assert len(events) == 1
    assert events[0].code.startswith("13")


# --- third round: grammar items and refinement rules, on a small lexicon of our own --------

MINI_LEXICON = [
    (
        "18_mini.yaml",
        """root: "18"
entries:
  - code: "180"
    patterns: ["attack $T"]
  - code: "183"
    patterns: ["kill|wound $T ^bomb|explosive|device"]
    nouns: ["bombing|bomb of:$T"]
  - code: "1831"
    patterns: ["kill|wound $T ^suicide"]
    nouns: ["bombing|bomb =suicide"]
  - code: "1832"
    nouns: ["bombing|bomb =car|truck"]
""",
    ),
    (
        "19_mini.yaml",
        """root: "19"
entries:
  - code: "190"
    patterns: ["kill|wound $T"]
  - code: "194"
    patterns: ["shell $T"]
  - code: "1952"
    patterns: ["kill|hit $T ^drone"]
""",
    ),
    (
        "16_mini.yaml",
        """root: "16"
entries:
  - code: "164"
    patterns: ["collapse|stall ^talk|negotiation"]
""",
    ),
]


@pytest.fixture(scope="module")
def mini(nlp):  # type: ignore[no-untyped-def]
    from newsevents.nlp import parse_text

    lexicon = Lexicon.from_texts(CameoTable.load(), MINI_LEXICON)
    mini_coder = EventCoder(lexicon, ActorCoder(ActorDictionary.load()))

    def _run(text: str) -> list[str]:
        parsed = ParsedArticle(Article("t", text), parse_text(nlp, text))
        return sorted(e.code for e in mini_coder.code_article(parsed, None))

    return _run


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("A roadside bomb killed three soldiers near the border on Monday.", ["183"]),
        ("A suicide bomber killed twelve worshippers at a mosque on Friday.", ["1831"]),
        ("Two soldiers were killed by a drone on Sunday.", ["1952"]),
        ("Gunmen killed two soldiers near the border.", ["190"]),
    ],
)
def test_subject_condition_names_the_weapon(mini, sentence: str, codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert mini(sentence) == codes


def test_subject_condition_on_a_plain_verb(mini) -> None:  # type: ignore[no-untyped-def]
    assert mini("The peace talks collapsed on Tuesday.") == ["164"]
    assert mini("The old bridge collapsed on Tuesday.") == []


def test_noun_literal_matches_its_modifier(mini) -> None:  # type: ignore[no-untyped-def]
    assert mini("Nine shoppers were killed in a car bombing in the capital.") == ["1832"]
    assert mini("Nine shoppers were killed in a bombing in the capital.") == ["183"]


def test_generic_inner_violence_does_not_override_the_verb(mini) -> None:  # type: ignore[no-untyped-def]
    assert mini("Rebel artillery shelled the town overnight, killing twenty people.") == ["194"]
    assert mini("Militiamen attacked a refugee camp, killing dozens of people.") == ["180"]
    assert mini("Twelve soldiers were killed in a suicide bombing.") == ["1831"]


def test_preposition_under_a_particle(run) -> None:  # type: ignore[no-untyped-def]
    events = run("The rebels pulled out of the peace talks with the government on Friday.")
    assert [e.code for e in events] == ["164"]


def test_refusal_of_a_request_takes_what_was_asked(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Ankara rejected a request from Berlin to extradite the two suspects.")
    assert _triples(events) == {("TUR", "1213", "DEU")}
    events = run("The union rejected the government's demand for the release of the hostages.")
    assert [e.code for e in events] == ["1243"]
    assert events[0].target is not None
    assert events[0].target.sector == "GOV"


def test_clause_after_a_demand_noun_is_its_content(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "The United Nations repeated its demand that Israel ease restrictions on "
        "Palestinian workers."
    )
    assert [e.code for e in events] == ["1051"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A powerful earthquake struck the northern province on Sunday, killing 30 people.",
        "Landslides killed at least 40 villagers in the mountains, officials said.",
        "A power outage hit the capital on Monday.",
    ],
)
def test_force_of_nature_or_accident_is_no_event(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert run(sentence) == []


def test_force_by_people_stays_an_event(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Rebels killed at least 40 villagers in the mountains, officials said.")
    assert [e.code[:2] for e in events] == ["19"]


def test_attribution_of_uncoded_news_is_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    assert run("A cargo ship ran aground near the port on Tuesday, the coast guard said.") == []
    led = run("The Greek coast guard said a cargo ship ran aground near the port.")
    assert [e.code for e in led] == ["010"]
    quoted = run('"We had nothing to do with this," a spokesman for the Greek army said.')
    assert [e.code[:2] for e in quoted] == ["01"]


# --- fourth round: accusations, warnings, appeals to end hostile acts -----------------------


@pytest.mark.parametrize(
    ("sentence", "code", "target"),
    [
        (
            "The opposition accused the ruling party of rigging the vote.",
            "1121",
            "the ruling party",
        ),
        ("Moscow accused Kyiv of war crimes in the east.", "1124", "Kyiv"),
        ("Beijing accused the diplomat of spying.", "1125", "the diplomat"),
    ],
)
def test_accusation_reads_the_charge_under_the_accused(
    run,
    sentence: str,
    code: str,  # type: ignore[no-untyped-def]
    target: str,
) -> None:
    events = run(sentence)
    assert [e.code for e in events] == [code]
    assert events[0].target_span is not None
    assert events[0].target_span.text == target


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("The president warned that Iran would face severe consequences.", "13"),
        ("China warned that it would impose sanctions on Japan.", "13"),
        ("The envoy warned that the talks would collapse.", "01"),
        ("The central bank warned that prices would rise.", "01"),
    ],
)
def test_warning_with_conflictual_content_is_a_threat(run, sentence: str, root: str) -> None:  # type: ignore[no-untyped-def]
    events = run(sentence)
    assert [e.code[:2] for e in events] == [root]
    if root == "13":
        assert events[0].threatened_code is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor appealed to the council to bring an end to the blockade of the port.",
        "Aid agencies called on donors to help save thousands of villagers threatened with hunger.",
    ],
)
def test_appeal_to_end_a_hostile_act_is_no_rallying(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.code for e in run(sentence)] == ["020"]


def test_appeal_for_hostile_act_still_rallies(run) -> None:  # type: ignore[no-untyped-def]
    assert [e.code for e in run("The senator called for sanctions against Belarus.")] == ["113"]


def test_refused_ask_reports_the_ask_with_its_asker_as_target(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Peru rejected a U.S. request to extradite the banker.")
    assert [e.code for e in events] == ["1213"]
    assert events[0].target is not None
    assert events[0].target.country == "USA"
    assert events[0].target_span is not None
    assert events[0].target_span.text == "a U.S. request"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Farmers began a hunger strike to protest against the new laws imposed by the Indian "
            "government.",
            "IND",
        ),
        (
            "Dockers began a hunger strike in protest against the Kenyan government's decision.",
            "KEN",
        ),
    ],
)
def test_protest_target_is_what_its_purpose_protests(run, sentence: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = run(sentence)
    assert [e.code[:2] for e in events] == ["14"]
    assert events[0].target is not None
    assert events[0].target.country == target


def test_target_named_after_an_act_noun_is_the_name(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chile approved the extradition of former Peruvian President Alberto Fujimori.")
    assert events[0].target_span is not None
    assert events[0].target_span.text.endswith("Alberto Fujimori")
    assert not events[0].target_span.text.startswith("the extradition")


def test_possessor_of_an_act_noun_keeps_the_whole_phrase(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Police condemned Serbia's suppression of the protests.")
    assert events[0].target_span is not None
    assert events[0].target_span.text.startswith("Serbia's suppression")


def test_joint_act_shows_the_whole_coordination(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Hungary and Romania agreed to cooperate.")
    assert len({e.source.country for e in events if e.source}) == 2
    assert {e.source_span.text for e in events if e.source_span} == {"Hungary and Romania"}


def test_separate_targets_keep_their_own_phrases(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Chad accused Libya and Sudan of aggression.")
    assert {e.target_span.text for e in events if e.target_span} == {"Libya", "Sudan"}


def test_literal_named_by_its_kind_beats_the_bare_head(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Jailed activists continued their hunger strike on Friday.")
    assert [e.code[:2] for e in events] == ["14"]


def test_rule_names_the_refined_code_when_content_changed_it() -> None:
    from newsevents.coding.events.coder import _rule

    assert _rule("02_appeal:020:p0", "020", "0253") == "02_appeal:020:p0=>0253"
    assert _rule("19_fight:194:p0", "194", "194") == "19_fight:194:p0"


def test_background_clause_with_its_own_past_year_is_kept(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "Ghana urged Togo on Tuesday to respect the 2017 treaty, under which "
        "both sides' armies pledged to end all border raids."
    )
    pledged = [e for e in events if e.trigger.text == "pledged"]
    assert pledged, [(e.code, e.trigger.text) for e in events]
    assert pledged[0].code[:2] == "03"
    assert any(e.trigger.text == "urged" for e in events)


def test_background_clause_without_a_year_is_still_dropped(run) -> None:  # type: ignore[no-untyped-def]
    events = run(
        "Ghana urged Togo on Tuesday to respect the treaty, under which "
        "both sides' armies pledged to end all border raids."
    )
    assert not [e for e in events if e.trigger.text == "pledged"]


def test_opening_an_embassy_is_diplomatic_cooperation(run) -> None:  # type: ignore[no-untyped-def]
    assert ("KEN", "054", "SOM") in _triples(run("Kenya opened an embassy in Somalia."))
    assert ("CHL", "054", "PER") in _triples(run("Chile set up a trade office in Peru."))


def test_reciprocal_phrase_resolves_to_the_two_states_named_before(  # type: ignore[no-untyped-def]
    nlp, coder
) -> None:
    from newsevents.coding.events.discourse import Discourse
    from newsevents.model import Span
    from newsevents.nlp import parse_text

    text = "Vietnam hosted Laos for talks. Both governments' armies agreed to hold drills."
    discourse = Discourse(coder.actors, None)
    for sentence in parse_text(nlp, text):
        discourse.read_sentence(sentence)
    start = text.index("Both")
    phrase = "Both governments' armies"
    pair = discourse.reciprocal(Span(start, start + len(phrase), phrase))
    assert pair is not None
    assert [(a.country, a.sector) for a in pair] == [("VNM", "MIL"), ("LAO", "MIL")]
    assert discourse.reciprocal(Span(0, 7, "Vietnam")) is None


def test_reciprocal_phrase_with_one_state_before_stays_uncoded(run) -> None:  # type: ignore[no-untyped-def]
    events = run("Vietnam held elections. Both sides agreed to expand trade.")
    agreed = [e for e in events if e.trigger.text == "agreed"]
    assert all(e.source is None for e in agreed)
    events = run("Vietnam hosted Laos. Both sides agreed to expand trade.")
    agreed = [e for e in events if e.trigger.text == "agreed"]
    assert agreed
    assert agreed[0].source is not None
    assert agreed[0].source.country == "VNM"


@pytest.mark.model
def test_both_sides_gives_the_two_directed_events() -> None:
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.actors.dictionary import ActorDictionary
    from newsevents.coding.cameo import CameoTable
    from newsevents.coding.events.lexicon import Lexicon
    from newsevents.model import Article, ParsedArticle
    from newsevents.nlp import load_language, parse_text

    text = (
        "Talks between Kenya and Somalia went on for a week. "
        "On Friday both sides pledged to reopen the border crossings."
    )
    coder = EventCoder(Lexicon.load(CameoTable.load()), ActorCoder(ActorDictionary.load()))
    parsed = ParsedArticle(Article("t", text), parse_text(load_language(), text))
    pledges = [m for m in coder.code_article(parsed, None) if m.sentence_index == 1]
    dyads = {
        (m.source.country if m.source else None, m.target.country if m.target else None)
        for m in pledges
    }
    assert {("KEN", "SOM"), ("SOM", "KEN")} <= dyads, pledges
