"""The event coder: source, CAMEO code and target from lexicon patterns over the parse.

Per sentence: every token whose lemma the lexicon indexes is tried against
its patterns (`events_match`), the matches are filtered and refined
(`events_select`: content of verbal acts, transparent statements), and each
kept match becomes one `EventMatch` per (source, target) conjunct pair, with
phrases turned into actors by the actor coder and a discourse memory
(`events_discourse`: pronouns, "the North"). Modality, dates and places are
decided by later stages; this module only reports what the patterns matched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsevents.coding.events.discourse import PRONOUNS, Discourse, PhraseCoder
from newsevents.coding.events.lexicon import Lexicon
from newsevents.coding.events.match import QUANTITY_NOUNS, Match, find_matches
from newsevents.coding.events.phrases import closed_span, joint_span, nominal_extent
from newsevents.coding.events.select import Selected, select
from newsevents.coding.syntax import OF, RELATIVE_PRONOUNS, SOURCE_PREPS, Tree
from newsevents.model import Actor, EventMatch, ParsedArticle, Sentence, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Roots whose events with coordinated sources and no target read as mutual:
# "Hungary and Romania agreed / met / signed" is each doing it with the other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
RECIPROCAL_PREPS = frozenset({"between", "among"})
COMPLEMENT_TARGET_PREPS = frozenset({"with", "on", "against", "to", "at", "into"})
ACTOR_PREPS = frozenset({"against", "on", "with", "toward", "towards", "by"})
# Where a thing-target's place may hang ("a ceasefire in Somalia", "troops to a force in Mali").
PLACE_TARGET_PREPS = frozenset(
    {"in", "into", "to", "from", "for", "against", "across", "throughout", "inside", "near", "at"}
)
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
QUOTE_VERBS = frozenset({"quote", "cite"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
COLLECTIVE_ENTS = frozenset({"GPE", "ORG", "NORP"})
CLAUSE_DEPS = frozenset({"ccomp"})
FALLBACK_PREPS = frozenset({"against", "with", "on", "to", "toward", "towards", "at"})
NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
TIME_ENTS = frozenset({"DATE", "TIME"})
TIME_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "month",
        "year",
        "day",
        "night",
        "morning",
        "evening",
        "weekend",
        "dec",
        "jan",
        "feb",
    }
)
PLACE_PREPS = frozenset({"in", "into", "from"})
ASKER_PREPS = frozenset({"by", "from"})
PROTEST_ROOT = "14"
PROTEST_WORDS = frozenset(
    {
        "protest",
        "denounce",
        "oppose",
        "condemn",
        "demand",
        "decry",
        "challenge",
        "reject",
        "express",
        "show",
    }
)
PROTESTED_PREPS = frozenset({"against", "at", "over", "of", "to", "for"})
ASKER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
PLACE_ENTS = frozenset({"GPE", "LOC"})


class EventCoder:
    """Codes the events of parsed articles; holds only its lexicon and actor coder."""

    def __init__(self, lexicon: Lexicon, actors: PhraseCoder) -> None:
        self.lexicon = lexicon
        self.actors = actors

    def code_article(self, parsed: ParsedArticle, when: dt.date | None) -> list[EventMatch]:
        """All events of an article, sentence by sentence, in text order."""
        discourse = Discourse(self.actors, when)
        out: list[EventMatch] = []
        for sentence in parsed.sentences:
            if sentence.tokens:
                discourse.read_sentence(sentence)
                out.extend(self.code_sentence(sentence, discourse))
        return out

    def code_sentence(self, sentence: Sentence, discourse: Discourse) -> list[EventMatch]:
        tree = Tree.of(sentence)
        year = discourse.when.year if discourse.when is not None else None
        chosen = select(
            tree, find_matches(tree, self.lexicon), self.lexicon.known_codes, published_year=year
        )
        self._note_subjects(tree, discourse)
        out: list[EventMatch] = []
        for item in sorted(chosen, key=lambda s: s.match.trigger):
            out.extend(self._events(tree, item, discourse))
        return out

    def _note_subjects(self, tree: Tree, discourse: Discourse) -> None:
        """Grammatical subjects are the salient antecedents of later pronouns."""
        for t in tree.sentence.tokens:
            if t.dep in SUBJECT_DEPS and t.text.lower() not in PRONOUNS:
                span = tree.phrase(t.i)
                actor = self.actors.code_phrase(span.text, discourse.when, offset=span.start)
                if actor is not None:
                    discourse.note_source(actor)

    def _events(self, tree: Tree, item: Selected, discourse: Discourse) -> Iterator[EventMatch]:
        m = item.match
        sources, targets = _arguments(tree, item)
        if m.pattern.kind == "noun" and not sources and not targets:
            return  # "an explosion was heard": a nominal mention with no actor is not an event
        pairs = _pairs(sources, targets, item.code[:2])
        joint = not targets and item.code[:2] in RECIPROCAL_ROOTS
        negated = tree.is_negated(m.trigger) or m.pattern.negated
        trigger = tree.tok(m.trigger)
        for s, t in pairs:
            src_span, src = self._actor(tree, s, discourse, SOURCE_PREPS)
            tgt_span, tgt = self._target(tree, item, s, t, discourse)
            if joint:  # "Hungary and Romania agreed": the coordination acts jointly
                src_span = joint_span(tree, s, sources, src_span, SOURCE_PREPS)
                tgt_span = joint_span(tree, t, sources, tgt_span, SOURCE_PREPS)
            if item.asker is not None:
                tgt_span = _owned_span(tree, item.asker.trigger, t) or tgt_span
            if src is not None and tgt is not None and src.code == tgt.code:
                tgt = None  # an actor does not act on itself: the target phrase was misread
            if src is not None and s is not None and tree.tok(s).text.lower() not in PRONOUNS:
                discourse.note_source(src)
            # "both sides pledged ...": each of the two states acts towards the other
            pair = discourse.reciprocal(src_span) if src_span and tgt is None else None
            for one, other in (pair, pair[::-1]) if pair else ((src, tgt),):
                yield EventMatch(
                    sentence_index=tree.sentence.index,
                    trigger=trigger,
                    code=item.code,
                    source=one,
                    target=other,
                    rule=_rule(m.pattern.rule, m.pattern.code, item.code),
                    verb_span=_verb_span(tree, m),
                    source_span=src_span,
                    target_span=src_span if pair else tgt_span,
                    threatened_code=_threatened(item),
                    negated=negated,
                )

    def _target(
        self, tree: Tree, item: Selected, s: int | None, t: int | None, discourse: Discourse
    ) -> tuple[Span | None, Actor | None]:
        """The target phrase and actor. When the object is a thing ("lifted the curfew on
        Palestinians", "rejected accusations by Chad", "pushed Congress for reforms"), the
        actor acted upon is named beside it, failing that the place acted in; when none
        codes, the object's own phrase is still reported (a reader marks it as target). A
        literal object ("declared a ceasefire") that codes no actor is no target: reporting
        it cost span precision on news sentences more than it gained."""
        # "accused Kyiv of war crimes": the literal `of` phrase is the charge, not the actor
        literal_preps = {x for slot in item.match.pattern.literal_preps for x in slot.preps}
        span, actor = self._actor(tree, t, discourse, OF - literal_preps)
        if actor is not None and t is not None and span is not None and _is_common(tree, t):
            return self._thing_extent(tree, t, span, actor), actor
        if actor is not None or (t is not None and not _is_common(tree, t)):
            return span, actor
        for alt in _alternative_targets(tree, item, t):
            if alt != s and (t is None or alt != t):
                alt_span, alt_actor = self._actor(tree, alt, discourse, OF)
                if alt_actor is not None:
                    return alt_span, alt_actor
        return span, actor

    def _thing_extent(self, tree: Tree, t: int, span: Span, actor: Actor) -> Span:
        """The target phrase when an act or amount heads it and a name after it codes the
        actor: "the extradition of X", "an extension of the force in Lebanon", "a batch
        of troops from Liberia" act upon X, Lebanon, Liberia, so the name is the target
        phrase. A possessor or modifier before the head stays ("Serbia's suppression")."""
        lemma = tree.tok(t).lemma.lower()
        head = tree.tok(t)
        found = actor.span
        if (
            (lemma in self.lexicon.nouns or lemma in QUANTITY_NOUNS)
            and found is not None
            and span.start <= head.start
            and found.start >= head.end
        ):
            return closed_span(tree, found)
        return span

    def _actor(
        self, tree: Tree, head: int | None, discourse: Discourse, preps: frozenset[str]
    ) -> tuple[Span | None, Actor | None]:
        if head is None:
            return None, None
        head = _clause_antecedent(tree, head)
        short, full = tree.phrase(head, preps), tree.full_phrase(head)
        pronoun = _pronoun_in(tree, head)
        actor = discourse.resolve(short, full, pronoun=pronoun)
        found = actor.span if actor is not None else None
        if found is not None and (found.start < short.start or found.end > short.end):
            # "the rally in Tbilisi", "claims by Greece": the actor named deeper in the
            # phrase is the one acted upon, and its noun phrase is the phrase to report
            return nominal_extent(tree, head, found), actor
        return short, actor


def _arguments(tree: Tree, item: Selected) -> tuple[list[int], list[int]]:
    """Source and target heads, borrowing the content's target and splitting 'between A and B'."""
    m = item.match
    sources = list(m.sources)
    targets = [_named_target(tree, t) for t in m.targets if not _is_time(tree, t)]
    clause = m.complement if m.complement is not None else tree.child(m.trigger, CLAUSE_DEPS)
    if not targets and clause is not None:
        # "called for North Korea to abide", "demanded that the government end": the
        # complement's own subject is the one addressed
        own = [
            h
            for h in tree.children(clause, frozenset({"nsubj"}))
            if tree.tok(h).text.lower() not in PRONOUNS
        ]
        targets = [c for h in own for c in tree.conjuncts(h)]
    if not targets and item.asker is not None:
        # "rejected a request from Berlin to extradite": the one who asked is the target
        targets = [
            c
            for h in _asker_heads(tree, item.asker.trigger)
            if h not in sources
            for c in tree.conjuncts(h)
        ]
    if not targets and item.content is not None:
        targets = [_named_target(tree, t) for t in item.content.targets if t not in sources]
    if not targets and m.complement is not None:
        targets = _complement_objects(tree, m.complement)
    if not targets and item.code[:2] == PROTEST_ROOT:
        targets = [t for t in _protested(tree, m.trigger) if t not in sources]
    if not targets:
        targets = [t for t in _fallback_targets(tree, m.trigger) if t not in sources]
    targets = [t for t in targets if not _is_time(tree, t)]
    if not sources and len(targets) >= 2 and tree.prep_objects(m.trigger, RECIPROCAL_PREPS):
        sources, targets = targets[:1], targets[1:]
    if not sources and m.pattern.kind == "verb" and tree.is_passive(m.trigger):
        # "was arrested in Rwanda": with no agent named, the place acts (coders of news do so)
        sources = [p for p in _places(tree, [m.trigger], frozenset({"in"})) if p not in targets][:1]
    return sources, targets


def _owned_span(tree: Tree, ask: int, asker: int | None) -> Span | None:
    """ "rejected a U.S. request", "calls by Kofi Annan", "North Korea's demand": when the
    target actor is the one who made the ask looked through, the phrase read as the
    target is the ask with its asker (readers mark the whole noun phrase), while the
    actor stays the asker. A thing's `by` / `from` phrase in general is not read so
    ("autonomy from Serbian authorities", "an admission by Moscow": the actor alone)."""
    if asker is None or asker == ask:
        return None
    heads = {c for h in _asker_heads(tree, ask) for c in tree.conjuncts(h)}
    return tree.phrase(ask, OF | ASKER_PREPS) if asker in heads else None


def _asker_heads(tree: Tree, n: int) -> list[int]:
    """Who made a request, demand or offer named by noun `n`: its possessor, a name or
    nationality modifying it ("a U.S. request"), or a `by` / `from` phrase."""
    out = [
        c
        for c in tree.children(n)
        if tree.tok(c).pos != "PRON"
        and (
            tree.tok(c).dep == "poss"
            or (tree.tok(c).dep in ASKER_MODIFIER_DEPS and tree.tok(c).ent_type in NAME_ENTS)
        )
    ]
    return out + tree.prep_objects(n, ASKER_PREPS)


def _is_time(tree: Tree, i: int) -> bool:
    """ "on Monday", "in 2018": a date is never an actor."""
    t = tree.tok(i)
    return t.ent_type in TIME_ENTS or t.lemma.lower() in TIME_WORDS


def _is_common(tree: Tree, i: int) -> bool:
    t = tree.tok(i)
    return t.pos == "NOUN" and not t.ent_type


def _protested(tree: Tree, i: int) -> list[int]:
    """What a strike or sit-in protests, named by its purpose rather than its object:
    "began a hunger strike to protest (against) the new law", "staged a sit-in in protest
    at the decision"."""
    clauses = [
        c
        for c in tree.children(i, frozenset({"advcl", "xcomp"}))
        if tree.tok(c).lemma.lower() in PROTEST_WORDS
    ]
    clauses += [
        o
        for o in tree.prep_objects(i, frozenset({"in", "as"}))
        if tree.tok(o).lemma.lower() in PROTEST_WORDS
    ]
    found = [o for c in clauses for o in tree.children(c, frozenset({"dobj"}))]
    found += [o for c in clauses for o in tree.prep_objects(c, PROTESTED_PREPS)]
    return [c for h in found[:1] for c in tree.conjuncts(h)]


def _fallback_targets(tree: Tree, i: int) -> list[int]:
    """With no target slot filled: an indirect object ("gave Tanzania a grant"), else a name
    in an against/with/on/to phrase of the trigger or its object ("links with Serbia")."""
    dative = tree.children(i, frozenset({"dative"}))
    if dative:
        return [c for h in dative for c in tree.conjuncts(h)]
    anchors = [i, *tree.children(i, frozenset({"dobj"}))]
    names = [
        o
        for a in anchors
        for o in tree.prep_objects(a, FALLBACK_PREPS)
        if (tree.tok(o).ent_type in NAME_ENTS or tree.tok(o).pos == "PROPN")
        and not _is_time(tree, o)
    ]
    if not names:  # last resort, as coders of this data do: the place acted in or from
        names = [o for o in tree.prep_objects(i, PLACE_PREPS) if tree.tok(o).ent_type in PLACE_ENTS]
    return [c for h in names[:1] for c in tree.conjuncts(h)]


def _alternative_targets(tree: Tree, item: Selected, t: int | None) -> list[int]:
    """Candidates for the actor acted upon when the object is a thing, best first: the
    object's `by` agent ("accusations by Chad"), a literal object that names an actor
    ("outlawed the party", "freed the fishermen"), a direct object beside a prepositional
    target ("pushed Congress for reforms"), an indirect object or named prepositional
    object, then a place acted in, to or from. The trigger and the action it governs
    ("agreed to postpone the rally in Baku") are both searched."""
    matches = [item.match, *([item.content] if item.content is not None else [])]
    acts = [m.trigger for m in matches]
    literals = [m.literal for m in matches if m.literal is not None and m.literal != t]
    objects = [o for i in acts for o in tree.children(i, frozenset({"dobj"})) if o != t]
    out = tree.prep_objects(t, frozenset({"by"})) if t is not None else []
    out += literals + objects + [o for i in acts for o in _fallback_targets(tree, i)]
    out += _places(tree, [*acts, *objects, *([t] if t is not None else [])], PLACE_TARGET_PREPS)
    return [o for o in dict.fromkeys(out) if not _is_time(tree, o)]


def _places(tree: Tree, anchors: list[int], preps: frozenset[str], depth: int = 2) -> list[int]:
    """Objects of `preps` naming a place ("in Somalia", "the province of Kunar"), looking
    through one nested phrase ("troops to a force in Liberia")."""
    out: list[int] = []
    for a in anchors:
        for o in tree.prep_objects(a, preps):
            if _is_place(tree, o):
                out.append(o)
            elif depth > 1 and not _is_time(tree, o):
                out.extend(_places(tree, [o], preps, depth - 1))
    return out


def _is_place(tree: Tree, i: int) -> bool:
    if tree.tok(i).ent_type in PLACE_ENTS:
        return True
    return any(tree.tok(o).ent_type in PLACE_ENTS for o in tree.prep_objects(i, OF))


def _clause_antecedent(tree: Tree, head: int) -> int:
    """ "Syria said it would withdraw", "the rebels claimed they had attacked": a subject
    pronoun of a reported clause is the reporting subject of the same sentence, the phrase a
    reader marks as the actor. Other heads are returned unchanged."""
    word = tree.tok(head).text.lower()
    if word not in SUBJECT_PRONOUNS or tree.tok(head).dep not in SUBJECT_DEPS:
        return head
    for level, a in enumerate(tree.ancestors(head)):
        if level > 3:
            break
        if tree.tok(a).pos not in ("VERB", "AUX"):
            continue
        speakers = tree.children(a, SUBJECT_DEPS)
        if tree.tok(a).lemma.lower() in QUOTE_VERBS:  # "media quoted the army as saying it"
            speakers = tree.children(a, frozenset({"dobj"})) + speakers
        for subj in speakers:
            if (
                subj != head
                and tree.tok(subj).text.lower() not in PRONOUNS
                and tree.tok(subj).text.lower() not in RELATIVE_PRONOUNS
                and _agrees(tree, word, subj)
            ):
                return subj
    return head


def _agrees(tree: Tree, pronoun: str, i: int) -> bool:
    """Loose number/person agreement: "it" is no person or plural, "he"/"she" no group."""
    t = tree.tok(i)
    if pronoun == "it":
        return t.tag not in PLURAL_TAGS and t.ent_type != "PERSON"
    if pronoun in ("he", "she"):
        return t.tag not in PLURAL_TAGS and t.ent_type not in COLLECTIVE_ENTS
    return t.ent_type != "PERSON"


def _named_target(tree: Tree, head: int) -> int:
    """A common-noun target that names its actor in a prepositional phrase is that actor:
    "sanctions against China" -> China, "restrictions on Palestinian workers" -> workers."""
    t = tree.tok(head)
    if t.ent_type or t.pos == "PROPN":
        return head
    for o in tree.prep_objects(head, ACTOR_PREPS):
        if tree.tok(o).ent_type or tree.tok(o).pos == "PROPN":
            return o
    return head


def _complement_objects(tree: Tree, v: int) -> list[int]:
    heads = tree.children(v, frozenset({"dobj"}))
    heads += tree.prep_objects(v, COMPLEMENT_TARGET_PREPS)
    for o in tree.children(v, frozenset({"dobj"})):
        heads += tree.prep_objects(o, COMPLEMENT_TARGET_PREPS)
    return [c for h in heads for c in tree.conjuncts(h)]


def _pairs(
    sources: list[int], targets: list[int], root: str
) -> list[tuple[int | None, int | None]]:
    if not targets and len(sources) >= 2 and root in RECIPROCAL_ROOTS:
        return [(s, t) for s in sources for t in sources if s != t]
    srcs: list[int | None] = list(sources) or [None]
    tgts: list[int | None] = list(targets) or [None]
    return [(s, t) for s in srcs for t in tgts if s is None or s != t]


def _pronoun_in(tree: Tree, head: int) -> str | None:
    """The pronoun heading the phrase ("it") or possessing it ("its military")."""
    t = tree.tok(head)
    if t.text.lower() in PRONOUNS:
        return t.text.lower()
    for c in tree.children(head, frozenset({"poss"})):
        if tree.tok(c).text.lower() in PRONOUNS:
            return tree.tok(c).text.lower()
    return None


def _verb_span(tree: Tree, m: Match) -> Span:
    """The trigger with its particle ("blew up"), for highlighting the evidence."""
    ends = [m.trigger, *tree.children(m.trigger, frozenset({"prt"}))]
    return (
        tree.span_of([min(ends), max(ends)])
        if max(ends) - min(ends) <= 3
        else tree.span_of([m.trigger])
    )


def _threatened(item: Selected) -> str | None:
    if item.code.startswith("13") and item.content is not None:
        return item.content.pattern.code
    return None


def _rule(pattern_rule: str, pattern_code: str, code: str) -> str:
    """The pattern id, with "=>CODE" when a selection rule refined the pattern's code
    (an appeal refined by what it asks for, a threat by what it threatens), so
    `explain` shows both what fired and what was finally coded."""
    return pattern_rule if code == pattern_code else f"{pattern_rule}=>{code}"
