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

from newsevents.coding.events.arguments import (
    ASKER_PREPS,
    OWN_STANCE_CODES,
    arguments,
    asker_heads,
    fallback_targets,
    is_common,
    places_near,
)
from newsevents.coding.events.discourse import (
    PRONOUNS,
    Discourse,
    PhraseCoder,
    repeats_mention,
)
from newsevents.coding.events.lexicon import Lexicon
from newsevents.coding.events.match import QUANTITY_NOUNS, Match, find_matches
from newsevents.coding.events.members import member_dyads
from newsevents.coding.events.names import described_actor, described_names
from newsevents.coding.events.phrases import (
    bound_subject,
    closed_span,
    descriptor_only,
    joint_span,
    nominal_extent,
    shared_owner,
)
from newsevents.coding.events.reciprocal import (
    RECIPROCAL_WORDS,
    Mutuality,
    ReciprocalWords,
    mutual_code,
    mutual_root,
    party_pairs,
)
from newsevents.coding.events.remarks import remark_maker
from newsevents.coding.events.select import Selected, public_act, select
from newsevents.coding.syntax import OF, RELATIVE_PRONOUNS, SOURCE_PREPS, Tree, is_time
from newsevents.model import Actor, EventMatch, ParsedArticle, Sentence, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Where a thing-target's place may hang ("a ceasefire in Somalia", "troops to a force in Mali").
PLACE_TARGET_PREPS = frozenset(
    {"in", "into", "to", "from", "for", "against", "across", "throughout", "inside", "near", "at"}
)
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# '"I talked to the CEO," he said': the speaker of a quotation is its "I" and "we", even
# when the speaker is himself named by a pronoun (resolved in turn by the discourse).
FIRST_PERSON = frozenset({"i", "we"})
THIRD_PERSON = frozenset({"he", "she", "they", "it"})
QUOTE_VERBS = frozenset({"quote", "cite"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
COLLECTIVE_ENTS = frozenset({"GPE", "ORG", "NORP"})
# Where or whence the people acted upon are, shown in the target phrase ("people in Idlib").
PLACED_PREPS = frozenset({"in", "from"})


class EventCoder:
    """Codes the events of parsed articles; holds only its lexicon and actor coder."""

    def __init__(
        self, lexicon: Lexicon, actors: PhraseCoder, reciprocal: ReciprocalWords = RECIPROCAL_WORDS
    ) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.reciprocal = reciprocal
        self.act_nouns = frozenset(lexicon.nouns)

    def code_article(self, parsed: ParsedArticle, when: dt.date | None) -> list[EventMatch]:
        """All events of an article, sentence by sentence, in text order."""
        names = described_names(parsed.sentences, self.actors, when)
        discourse = Discourse(self.actors, when, self.act_nouns, names)
        out: list[EventMatch] = []
        for sentence in parsed.sentences:
            if sentence.tokens:
                discourse.read_sentence(sentence)
                out.extend(self.code_sentence(sentence, discourse))
        return out

    def code_sentence(self, sentence: Sentence, discourse: Discourse) -> list[EventMatch]:
        tree = Tree.of(sentence)
        year = discourse.when.year if discourse.when is not None else None
        matches, known = find_matches(tree, self.lexicon), self.lexicon.known_codes
        chosen = select(tree, matches, known, published_year=year, act_nouns=self.act_nouns)
        self._note_subjects(tree, discourse)
        out: list[EventMatch] = []
        for item in sorted(chosen, key=lambda s: s.match.trigger):
            out.extend(self._events(tree, item, discourse))
        return out

    def _joint_thing(
        self,
        tree: Tree,
        item: Selected,
        sources: list[int],
        targets: list[int],
        discourse: Discourse,
    ) -> bool:
        """Coordinated subjects of a cooperative verb whose object is only a thing ("Chile
        and Peru agreed on the text of a treaty") act with each other, as with no object."""
        mutual_act = mutual_root(item.code)
        if not mutual_act and not self.reciprocal.exchange(tree, item.match.trigger):
            return False
        if len(sources) < 2 or not targets:
            return False
        if item.match.pattern.kind != "verb":
            return False
        return all(
            is_common(tree, t) and self._actor(tree, t, discourse, OF)[1] is None for t in targets
        )

    def _note_subjects(self, tree: Tree, discourse: Discourse) -> None:
        """Grammatical subjects are the salient antecedents of later pronouns."""
        for t in tree.sentence.tokens:
            if t.dep in SUBJECT_DEPS and t.text.lower() not in PRONOUNS:
                span = tree.phrase(t.i)
                actor = self.actors.code_phrase(span.text, discourse.when, offset=span.start)
                if actor is None or actor.country is None:
                    actor = described_actor(discourse.names, span) or actor
                if actor is not None:
                    discourse.note_source(actor)

    def _events(self, tree: Tree, item: Selected, discourse: Discourse) -> Iterator[EventMatch]:
        m = item.match
        sources, targets = arguments(tree, item)
        if m.pattern.kind == "noun" and not sources and not targets and not public_act(item.code):
            return  # "an explosion was heard": a nominal mention with no actor is not an event
        mutual = self._mutuality(tree, item, targets, discourse)
        if mutual.each_other or self._joint_thing(tree, item, sources, targets, discourse):
            targets = []  # "Jordan and Britain agreed to hold exercises": with each other
        pairs = party_pairs(sources, targets, mutual.mutual)
        joint = not targets and mutual.mutual
        for s, t in pairs:
            src_span, src = self._actor(tree, s, discourse, SOURCE_PREPS)
            tgt_span, tgt = self._target(tree, item, s, t, discourse)
            tgt_span, tgt = remark_maker(tree, t, tgt_span, tgt, src, discourse)
            if joint:  # "Hungary and Romania agreed": the coordination acts jointly
                src_span = joint_span(tree, s, sources, src_span, SOURCE_PREPS)
                tgt_span = joint_span(tree, t, sources, tgt_span, SOURCE_PREPS)
            if item.asker is not None:
                tgt_span = _owned_span(tree, item.asker.trigger, t) or tgt_span
            if src is not None and tgt is not None and src.code == tgt.code:
                # an actor does not act on itself (a misread phrase) but on one named before
                tgt = tgt if repeats_mention(tgt) else None
            if src is not None and s is not None and tree.tok(s).text.lower() not in PRONOUNS:
                discourse.note_source(src)
            pair = _both_sides(discourse, src_span, tgt, mutual)
            for one, other in (pair, pair[::-1]) if pair else member_dyads(src, tgt, joint):
                yield EventMatch(
                    sentence_index=tree.sentence.index,
                    trigger=tree.tok(m.trigger),
                    code=item.code,
                    source=one,
                    target=mutual.in_role(other),
                    rule=_rule(m.pattern.rule, m.pattern.code, item.code) + mutual.marker,
                    verb_span=_verb_span(tree, m),
                    source_span=src_span,
                    target_span=src_span if pair else tgt_span,
                    threatened_code=_threatened(item),
                    negated=tree.is_negated(m.trigger) or m.pattern.negated,
                )

    def _mutuality(
        self, tree: Tree, item: Selected, targets: list[int], discourse: Discourse
    ) -> Mutuality:
        """Whether the parties act on each other: by the act ("met", "agreed"), by a verb of
        exchange ("traded accusations"), or by a reciprocal object ("accused each other"),
        whose possessive may name the role acted upon ("expelled each other's envoys"). The
        object may be a literal of the pattern rather than a target ("expelled diplomats")."""
        trigger = item.match.trigger
        objects = targets or [
            *([item.match.literal] if item.match.literal is not None else []),
            *tree.children(trigger, frozenset({"dobj"})),
        ]
        if self.reciprocal.reciprocal_object(tree, objects):
            named = self._actor(tree, objects[0], discourse, OF)[1]
            role = named.sector if named is not None and named.country is None else None
            return Mutuality(mutual=True, each_other=True, role=role)
        exchange = self.reciprocal.exchange(tree, trigger)
        return Mutuality(mutual=exchange or mutual_code(item.code), each_other=False, role=None)

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
        if actor is not None and t is not None and span is not None and is_common(tree, t):
            thing = self._thing_extent(tree, t, span, actor)
            return _placed(tree, t, thing, OF - literal_preps), actor
        if actor is not None or (t is not None and not is_common(tree, t)):
            return _placed(tree, t, span, OF - literal_preps), actor
        if item.code in OWN_STANCE_CODES:
            return span, actor
        for alt in _alternative_targets(tree, item, t):
            if alt != s and (t is None or alt != t):
                alt_span, alt_actor = self._actor(tree, alt, discourse, OF)
                if alt_actor is not None:
                    return alt_span, alt_actor
        return _placed(tree, t, span, OF - literal_preps), actor

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
        bound = bound_subject(tree, head)
        actor = discourse.resolve(short, full, pronoun=pronoun, bound=bound)
        if actor is not None and descriptor_only(tree, head, actor):
            actor = None
        owner = shared_owner(tree, head) if pronoun is None else None
        if owner is not None and (actor is None or actor.country is None):
            actor = discourse.owned(actor, owner)
        found = actor.span if actor is not None else None
        if found is not None and (found.start < short.start or found.end > short.end):
            # "the rally in Tbilisi", "claims by Greece": the actor named deeper in the
            # phrase is the one acted upon, and its noun phrase is the phrase to report
            return nominal_extent(tree, head, found), actor
        return short, actor


def _both_sides(
    discourse: Discourse, span: Span | None, target: Actor | None, mutual: Mutuality
) -> tuple[Actor, Actor] | None:
    """ "both sides pledged ...": each of the two states acts towards the other; so does
    "each side" of a reciprocal act ("each side expelled the other's envoys"), whatever
    the reciprocal object was read as."""
    if span is None or (target is not None and not mutual.each_other):
        return None
    return discourse.reciprocal(span, each=mutual.each_other)


def _placed(tree: Tree, t: int | None, span: Span | None, preps: frozenset[str]) -> Span | None:
    """ "killed 40 people in Mali", "detained leaders from the opposition": readers mark the
    people acted upon with where or whence they are, so the reported phrase keeps an "in" /
    "from" phrase of the target noun (the actor is still read without it: "a spy in
    Britain" is no British actor)."""
    if t is None or span is None or span != tree.phrase(t, preps):
        return span
    places = tree.prep_objects(t, PLACED_PREPS)
    if not places or any(is_time(tree, o) for o in places):
        return span
    return tree.phrase(t, preps | PLACED_PREPS)


def _owned_span(tree: Tree, ask: int, asker: int | None) -> Span | None:
    """ "rejected a U.S. request", "calls by Kofi Annan", "North Korea's demand": when the
    target actor is the one who made the ask looked through, the phrase read as the
    target is the ask with its asker (readers mark the whole noun phrase), while the
    actor stays the asker. A thing's `by` / `from` phrase in general is not read so
    ("autonomy from Serbian authorities", "an admission by Moscow": the actor alone)."""
    if asker is None or asker == ask:
        return None
    heads = {c for h in asker_heads(tree, ask) for c in tree.conjuncts(h)}
    return tree.phrase(ask, OF | ASKER_PREPS) if asker in heads else None


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
    out += literals + objects + [o for i in acts for o in fallback_targets(tree, i)]
    out += places_near(tree, [*acts, *objects, *([t] if t is not None else [])], PLACE_TARGET_PREPS)
    return [o for o in dict.fromkeys(out) if not is_time(tree, o)]


def _clause_antecedent(tree: Tree, head: int) -> int:
    """ "Syria said it would withdraw", "the rebels claimed they had attacked", '"We will
    resist," the group said': a subject pronoun of a reported clause is the reporting subject
    of the same sentence, the phrase a reader marks as the actor. Other heads are returned
    unchanged."""
    word = tree.tok(head).text.lower()
    first_person = word in FIRST_PERSON
    if (word not in SUBJECT_PRONOUNS and not first_person) or tree.tok(
        head
    ).dep not in SUBJECT_DEPS:
        return head
    came_from = head
    for level, a in enumerate(tree.ancestors(head)):
        if level > 3:
            break
        # "said the row was over and that they hoped": a clause coordinated with the
        # pronoun's own one has a subject of its own ("the row"), not the one who speaks
        coordinated, came_from = tree.tok(came_from).dep == "conj", a
        if coordinated or tree.tok(a).pos not in ("VERB", "AUX"):
            continue
        speakers = tree.children(a, SUBJECT_DEPS)
        if tree.tok(a).lemma.lower() in QUOTE_VERBS:  # "media quoted the army as saying it"
            speakers = tree.children(a, frozenset({"dobj"})) + speakers
        for subj in speakers:
            said_by = tree.tok(subj).text.lower()
            if (
                subj != head
                and (said_by not in PRONOUNS or (first_person and said_by in THIRD_PERSON))
                and said_by not in RELATIVE_PRONOUNS
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
    return t.ent_type != "PERSON" or _coordinated_people(tree, i)


def _coordinated_people(tree: Tree, i: int) -> bool:
    """Whether the phrase headed by `i` names two or more people ("Ana Petrova and Jan
    Verhoef"), whom "they" and "we" can mean; the parser may hang the "and" deep inside."""
    return any(t.dep == "conj" and t.ent_type == "PERSON" for t in tree.subtree_tokens(tree.tok(i)))


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
