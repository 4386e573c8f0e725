"""Who speaks or acts, in error classes seen on real news, each in sentences of our own: a
title-case headline's misread "name" is no person that "he" could mean."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline

from .conftest import events_of

pytestmark = pytest.mark.model


def test_he_after_a_headline_is_the_headlines_actor(pipeline: Pipeline) -> None:
    """The tagger reads "Kelvani Attack" in a title-case headline as a person; it names an
    act, so "he" in the lead is still the envoy who denounced it."""
    text = (
        "UN Envoy Denounces Kelvani Attack on Border Post. "
        "“These incidents only deepen mistrust between the villages,” he said in a statement."
    )
    said = [e for e in events_of(pipeline, text) if e.cameo.code == "010"]
    assert said, events_of(pipeline, text)
    assert said[0].source is not None
    assert said[0].source.code.startswith("IGO"), said[0].source


def _source_of(pipeline: Pipeline, text: str, code: str) -> str | None:
    found = [e for e in events_of(pipeline, text) if e.cameo.code == code]
    assert found, [(e.cameo.code, e.source) for e in events_of(pipeline, text)]
    return None if found[0].source is None else found[0].source.code


def test_a_pronoun_in_a_coordinated_clause_is_the_speaker(pipeline: Pipeline) -> None:
    """ "said the row was over and that it hoped": "it" is Chile, who speaks, not the row,
    the subject of the clause coordinated with the pronoun's own."""
    text = "Chile said the row over fishing was over and that it hoped Peru would sign the treaty."
    assert _source_of(pipeline, text, "013") == "CHL"


def test_coordinated_people_are_they(pipeline: Pipeline) -> None:
    """ "Ana Petrova and Jan Verhoef said ... that they hoped": "they" are the two people
    who speak, not "the report", the subject of the clause coordinated with theirs."""
    text = (
        "Ana Petrova and Jan Verhoef said the report was fair and that they hoped Georgia "
        "would adopt it."
    )
    hoped = [e for e in events_of(pipeline, text) if e.cameo.code == "013"]
    assert hoped
    span = hoped[0].provenance.source_span
    assert span is not None
    assert "Verhoef" in span.text or "Petrova" in span.text, span


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "OSCE monitors Piet Verhoef and Milo Dravic arrived in Tbilisi on Monday. On "
            "Tuesday Dravic criticised Georgia for its slow reforms.",
            "IGOEURSCEPKO",
        ),
        (
            "Milo Dravic, a former Cypriot foreign minister, arrived in Tbilisi on Monday. "
            "On Tuesday Dravic criticised Georgia for its slow reforms.",
            "CYPELI",
        ),
        (
            "According to Namibia Tourism Authority chief executive Jonas Haufiku, the airline "
            "was concerned about the route. Haufiku later criticised Georgia for its slow "
            "reforms.",
            "NAMGOV",
        ),
        (
            "A Finnish delegation led by deputy minister Anna Virtanen arrived in Tbilisi on "
            "Monday. On Tuesday Virtanen criticised Georgia for its slow reforms.",
            "FINGOV",
        ),
    ],
)
def test_a_described_person_named_alone_is_the_described_actor(
    pipeline: Pipeline, text: str, code: str
) -> None:
    """A person the dictionaries lack, named once with a description, is that actor when
    named again by surname alone, not someone of the story's country."""
    assert _source_of(pipeline, text, "111") == code


def test_a_relative_clause_does_not_describe_the_person(pipeline: Pipeline) -> None:
    """ "Dravic, who monitors Georgia's courts,": the state in the clause is not his; an
    apposition is ("Dravic, a Greek diplomat,")."""
    from newsevents.coding.events.names import described_names
    from newsevents.nlp import parse_text

    def names(text: str) -> dict[str, str]:
        sentences = parse_text(pipeline.nlp, text)
        return {k: a.code for k, a in described_names(sentences, pipeline.actors, None).items()}

    assert names("Milo Dravic, who monitors Georgia's courts, arrived in Tbilisi.") == {}
    assert names("Milo Dravic, a Greek diplomat, arrived in Tbilisi.")["dravic"] == "GRCGOV"


def test_the_visiting_official_is_the_visitor(pipeline: Pipeline) -> None:
    """ "a dinner for visiting Chilean minister X in Lima": the parser makes X the object
    of "visiting", but X is the one who visits, and Lima's state is the one visited."""
    text = (
        "Peru's party chief spoke at a dinner for visiting Chilean Defence Minister "
        "Jorge Soto in Lima on Monday."
    )
    dyads = {
        (e.cameo.code, e.source and e.source.country, e.target and e.target.country)
        for e in events_of(pipeline, text)
    }
    assert ("042", "CHL", "PER") in dyads, dyads
    assert ("043", "PER", "CHL") in dyads, dyads


def test_a_gerund_after_another_preposition_keeps_its_subject(pipeline: Pipeline) -> None:
    """ "After visiting Chile, Peru's minister flew home": Chile is visited, not the visitor."""
    text = "After visiting Chile, Peru's foreign minister flew home."
    visits = [e for e in events_of(pipeline, text) if e.cameo.code == "042"]
    assert visits
    assert all(e.source is not None and e.source.country == "PER" for e in visits), visits


def test_an_expletive_it_is_no_actor(pipeline: Pipeline) -> None:
    """ "It is useful to note that ...": the "it" stands for the clause, not for the
    state named before."""
    text = (
        "Chile criticised Peru on Monday. It is useful to note that the minister's "
        "remark anticipated the announcement on the joint command centre."
    )
    noted = [e for e in events_of(pipeline, text) if e.provenance.sentence_index == 1]
    assert all(e.source is None or e.source.country != "CHL" for e in noted), noted


def test_bare_monitors_repeat_the_international_body_named_before(pipeline: Pipeline) -> None:
    """ "the two monitors" after "OSCE monitors arrived" are the OSCE's, not a role of the
    country the story is about."""
    text = (
        "OSCE monitors arrived in Tbilisi on Monday. On Tuesday the two monitors criticised "
        "Georgia for its slow reforms."
    )
    assert _source_of(pipeline, text, "111") == "IGOEURSCEPKO"
