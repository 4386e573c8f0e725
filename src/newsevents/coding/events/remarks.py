"""Acts upon remarks are aimed at whoever made them, not at whom the remarks were about.

"The senate condemned the baseless remarks about Ruritanians" is a criticism of the one who
made the remarks; the Ruritanians named in the phrase are only what the remarks were about.
The actor coder finds a name anywhere inside a target phrase ("sanctions against China"
is China), so a remark's topic would be taken for its target. When the remark names its
maker (a possessor, a name or nationality before it, a `by` / `from` / `of` phrase) that
maker is the target as before; when it names only a topic, the maker is the one named
before in the article (`Discourse.maker_before`), else the target is left to the article's
other side (`actors.counterpart`).
"""

from __future__ import annotations

from newsevents.coding.events.discourse import Discourse
from newsevents.coding.syntax import Tree
from newsevents.model import Actor, Span

# Nouns for what someone said: an act upon them is aimed at the speaker.
REMARK_LEMMAS = frozenset(
    {
        "remark",
        "statement",
        "comment",
        "claim",
        "rhetoric",
        "word",
        "insult",
        "tweet",
        "allegation",
        "assertion",
        "utterance",
    }
)
MAKER_PREPS = frozenset({"by", "from", "of"})
MAKER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def remark_topic(tree: Tree, head: int, found: Span | None) -> bool:
    """Whether target `head` is a remark and the actor `found` in its phrase is only what
    the remark is about: it overlaps none of the phrases that name the remark's maker."""
    if found is None or tree.tok(head).lemma.lower() not in REMARK_LEMMAS:
        return False
    makers = tree.children(head, MAKER_DEPS) + tree.prep_objects(head, MAKER_PREPS)
    for m in makers:
        phrase = tree.phrase(m)
        if phrase.start < found.end and found.start < phrase.end:
            return False
    return True


def remark_maker(
    tree: Tree,
    t: int | None,
    span: Span | None,
    tgt: Actor | None,
    src: Actor | None,
    discourse: Discourse,
) -> tuple[Span | None, Actor | None]:
    """ "condemned the remarks about Ruritanians": the target is the maker of the remarks named
    before, not their topic (see above), and the phrase shown is the whole remark;
    with no maker named the topic stays, as the nearest reading of whom it is aimed at."""
    if t is None or tgt is None or not remark_topic(tree, t, tgt.span):
        return span, tgt
    exclude = frozenset(a.country for a in (src, tgt) if a is not None and a.country is not None)
    remark = tree.full_phrase(t)
    maker = discourse.maker_before(remark, exclude)
    return (span, tgt) if maker is None else (remark, maker)
