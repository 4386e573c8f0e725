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
