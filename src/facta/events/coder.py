"""The event coder stage (``events.rules.v1``): PLOVER events with actors, mode, modality and mappings.

For each sentence: find triggers (:mod:`facta.events.triggers`), link frames to their content and
merge same-type triggers, then for every remaining trigger read its arguments
(:mod:`facta.events.arguments`), modality (:mod:`facta.events.modality`) and type, mode, CAMEO and
ACLED codes (:mod:`facta.events.classify`). Verbal events are linked to the statement that carries
them; place and time come from the places and dates stages' linking helpers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from facta.events.arguments import FIRST_PERSON, PEOPLE_CLASSES, ActorFinder, Args, candidate_args
from facta.events.classify import (
    Coded,
    acled_type,
    apply_modality,
    cameo_code,
    choose_mode,
    contexts_for,
    frame_type,
    scope_tokens,
    sentence_contexts,
    sentence_cues,
    topics_for,
)
from facta.events.lexicon import VERBAL, Lexicon, TriggerEntry, load_lexicon
from facta.events.modality import Marks, marks_for, time_marks
from facta.events.syntax import Token, agent_of, ancestors_upto, is_passive, prep_objects, subject_of
from facta.events.triggers import Candidate, find_candidates, lift, link
from facta.events.verbdict import VerbDictionary, VerbMatch, load_verb_dictionaries, match_verb
from facta.extract.dates import event_when
from facta.extract.places import event_place
from facta.model import Acled, Event, Modality, Statement, When
from facta.state import DocState

CODER_NAME = "events.rules.v1"
LEXICON_KEY = "events.lexicon.v1"
CAUSATIVE = frozenset(
    {"spark", "trigger", "prompt", "cause", "provoke", "fuel", "ignite", "unleash", "touch"}
)
LOCATION_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})
# Types whose recipient, when no entity is named, is the country where the act applies.
LOCATION_TARGET_TYPES = frozenset(
    {
        "CONCEDE",
        "COERCE",
        "RETREAT",
        "MOBILIZE",
        "AID",
        "AGREE",
        "REJECT",
        "REQUEST",
        "SANCTION",
        "SUPPORT",
        "COOPERATE",
        "THREATEN",
    }
)
# Frames whose recipient is whoever acts in their content ("rejected X's offer", "demanded X's withdrawal").
CONTENT_ACTOR_TYPES = frozenset(
    {"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "THREATEN", "AGREE", "CONCEDE", "PROTEST"}
)
ARMED_CLASSES = frozenset({"military", "armed", "police"})
REPORTING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
PROTEST_WORDS = frozenset(
    {"protest", "demonstration", "rally", "march", "protester", "demonstrator", "sit-in"}
)
CAUSE_OF_HARM = frozenset({"die", "kill", "wound", "injure", "flee", "displace", "death", "dead", "hurt"})
LETHAL_LEMMAS = frozenset({"kill", "shoot", "die", "dead", "death", "fatal", "killing", "gun"})


class SentenceInfo:
    """Per-sentence facts several events of the sentence need (computed lazily, once)."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex
        self._cues: list[Any] | None = None
        self._contexts: frozenset[str] | None = None
        lemmas = {t.lemma_.lower() for t in tokens}
        self.lethal = bool(lemmas & LETHAL_LEMMAS)
        self.protest = bool(lemmas & PROTEST_WORDS) or any(lex.classes.get(w) == "protester" for w in lemmas)

    @property
    def cues(self) -> list[Any]:
        if self._cues is None:
            self._cues = sentence_cues(self.tokens, self.lex)
        return self._cues

    @property
    def contexts(self) -> frozenset[str]:
        if self._contexts is None:
            self._contexts = sentence_contexts(self.tokens, self.lex)
        return self._contexts


@dataclass
class Draft:
    """An event before ids and cross-event adjustments."""

    cand: Candidate
    coded: Coded
    marks: Marks
    sentence: int
    source: list[str]
    target: list[str]
    source_class: str | None
    target_class: str | None
    when: When | None
    place: str | None
    statement: str | None
    confidence: float
    contexts: tuple[str, ...] = ()
    extra_topics: set[str] = field(default_factory=set)
    dict_code: str | None = None  # the user verb dictionary's code, when one is loaded and matched


class EventCoder:
    """Codes the events of one article into ``state.events``."""

    def __init__(
        self,
        lexicon: Lexicon,
        name: str = CODER_NAME,
        *,
        add_participants: bool = True,
        verbs: VerbDictionary | None = None,
    ) -> None:
        self.lex = lexicon
        self.name = name
        self.add_participants = add_participants
        self.verbs = verbs if verbs is not None and verbs.active else None

    def __call__(self, state: DocState) -> None:
        finder = ActorFinder(state, self.lex, add_participants=self.add_participants)
        drafts: list[Draft] = []
        for index, sent in enumerate(state.doc.sents):
            tokens = list(sent)
            cands = find_candidates(tokens, self.lex, finder.participant_class)
            matches = self._verb_matches(tokens) if self.verbs is not None else []
            if not cands and not matches:
                continue
            info = SentenceInfo(tokens, self.lex)
            first = len(drafts)
            for cand in link(cands, self.lex):
                draft = self._draft(state, cand, finder, index, info)
                if draft is None:
                    continue
                drafts.append(draft)
                if draft.coded.type in REPORTING_TYPES:  # "condemned the attack": the attack is an event too
                    for x in cand.content:
                        if x.role == "event" and (inner := self._draft(state, x, finder, index, info)):
                            drafts.append(inner)
            if matches:
                drafts[first:] = self._dictionary_drafts(state, matches, drafts[first:], finder, index, info)
        if self.verbs is None:
            drafts = _dedupe(drafts)
        _share_modes(drafts)
        _mark_interventions(drafts, self.lex)
        for draft in sorted(drafts, key=lambda d: d.cand.tok.i):
            state.events.append(self._event(state, draft, len(state.events) + 1))

    # -- user verb dictionary ----------------------------------------------------------------------
    def _verb_matches(self, tokens: list[Token]) -> list[VerbMatch]:
        assert self.verbs is not None
        out = []
        for tok in tokens:
            if tok.pos_ == "VERB" or tok.tag_.startswith("VB"):
                found = match_verb(self.verbs, tok, tokens)
                if found is not None:
                    out.append(found)
        return out

    def _dictionary_drafts(
        self,
        state: DocState,
        matches: list[VerbMatch],
        drafts: list[Draft],
        finder: ActorFinder,
        index: int,
        info: SentenceInfo,
    ) -> list[Draft]:
        """Give each matched verb its dictionary code: on facta's event at that verb, else a new event."""
        out: list[Draft] = []
        claimed: set[int] = set()
        for m in matches:
            draft = next(
                (d for d in drafts if m.verb.i in _trigger_tokens(d.cand) and id(d) not in claimed), None
            )
            codes = m.code.split(":")
            if draft is None:
                etype = _dictionary_type(self.lex, codes[0], m.verb)
                if etype is None:
                    continue
                draft = self._draft(
                    state, Candidate(m.verb, _dictionary_entry(m.verb, etype)), finder, index, info
                )
                if draft is None:
                    continue
            claimed.add(id(draft))
            _dictionary_actors(state, draft, m, finder)
            _place_marked_actors(state, draft, m)
            draft.dict_code = codes[0]
            out.append(draft)
            if len(codes) > 1 and codes[1] and not set(codes[1]) <= {"-"}:  # paired event, other direction
                twin = dataclasses.replace(
                    draft, source=draft.target, target=draft.source, dict_code=codes[1]
                )
                twin.coded = dataclasses.replace(draft.coded, topics=set(draft.coded.topics))
                out.append(twin)
        out += [d for d in drafts if id(d) not in claimed]
        return out

    # -- one trigger -----------------------------------------------------------------------------
    def _draft(
        self, state: DocState, cand: Candidate, finder: ActorFinder, index: int, info: SentenceInfo
    ) -> Draft | None:
        lex = self.lex
        assert lex.modality is not None
        subj = subject_of(cand.anchor) if cand.anchor.pos_ in {"VERB", "AUX"} else None
        coded = frame_type(cand, lex, finder.participant_class(subj))
        if coded.dropped or (coded.type == "ASSAULT" and _natural_cause(cand, finder)):
            return None
        args = candidate_args(cand, lex, finder.is_actorish)
        if cand.content or cand.role == "frame":
            _content_args(cand, args, lex, finder)
        if not _qualified(cand, args, finder, lex):
            return None
        trigger_i = cand.tok.i
        statement = _statement_at(state, trigger_i)
        marks = marks_for(cand.anchor, [x.anchor for x in cand.content], lex.modality)
        speaker, speaker_class = _speaker(state, statement, marks, finder)
        if statement is not None:
            marks.speech = True
        when = event_when(state, trigger_i)
        time_marks(marks, when, state.article.published, cand.anchor, lex.modality)
        subject_actors = finder.actors(args.source)
        if marks.deontic and marks.speech and speaker and coded.type != "REQUEST":
            # "..., Y must withdraw, X said": X demands that Y withdraw
            coded.recoded_from, coded.type = coded.type, "REQUEST"
            args.target, args.source = args.source + args.target, []
            subject_actors = [speaker]
            cand.entry = dataclasses.replace(cand.entry, flags=cand.entry.flags | {"v:demand"})
        first_person = any(t.lower_ in FIRST_PERSON for t in args.source)
        # the speaker is the actor of what they say ("We are ready to talk", "..., X demanded") -- not of
        # the attacks they report
        if speaker and (first_person or (not subject_actors and coded.type in VERBAL)):
            subject_actors = [speaker]
        if marks.speech and not _speaker_is_source(state, speaker, speaker_class, subject_actors):
            marks.speech = False  # a third party's forecast is not the actor's own threat or offer
        apply_modality(coded, marks, lex)
        if coded.dropped:
            return None
        args.settle(coded.type)
        source = subject_actors + [a for a in finder.actors(args.source) if a not in subject_actors]
        target = [a for a in finder.actors(args.target) if a not in source]
        if not target and coded.type in LOCATION_TARGET_TYPES:
            target = [a for a in _location_actors(state, cand) if a not in source][:1]
        coded.topics = topics_for(cand, lex)
        if coded.recoded_from:
            coded.topics.add(f"c:{coded.recoded_from}")
        if coded.type == "ASSAULT" and info.lethal:
            coded.topics.add("lethal")
        coded.variant = next((f[2:] for f in cand.entry.flags if f.startswith("v:")), None)
        choose_mode(
            coded, cand, scope_tokens(cand, args.source), lex, info.cues if coded.type == "ASSAULT" else None
        )
        source_class = finder.participant_class(args.source[0]) if args.source else None
        if source_class is None and source:
            source_class = _actor_class(state, source[0], lex)
        target_heads = args.target or (args.source[1:] if args.recip else [])
        target_classes = [c for t in target_heads if (c := finder.participant_class(t))]
        # an armed party among the recipients makes it a fight (ACLED armed clash), else the people hit
        target_class = next((c for c in target_classes if c in ARMED_CLASSES), None)
        target_class = target_class or next((c for c in target_classes if c in PEOPLE_CLASSES), None)
        target_class = target_class or next(iter(target_classes), None)
        if coded.type in {"ASSAULT", "COERCE"} and (target_class == "protester" or info.protest):
            coded.topics.add("protest-context")
        sectors = [s for a in source if (s := state.actors.get(a).sector)]
        contexts = contexts_for(coded, info.contexts, sectors, lex)
        confidence = _confidence(cand, coded, source, target, marks)
        linked = statement.id if statement is not None and coded.type in VERBAL else None
        return Draft(
            cand,
            coded,
            marks,
            index,
            source,
            target,
            source_class,
            target_class,
            when,
            event_place(state, trigger_i),
            linked,
            confidence,
            contexts,
        )

    def _event(self, state: DocState, d: Draft, number: int) -> Event:
        coded = d.coded
        coded.topics |= d.extra_topics
        acled = acled_type(coded, d.source_class, d.target_class, self.lex.acled)
        cameo = d.dict_code if self.verbs is not None else cameo_code(coded, self.lex.cameo)
        tok = d.cand.tok
        trigger = state.span(tok.i, tok.i + 1)
        return Event(
            id=f"e{number}",
            type=coded.type,
            evidence=state.evidence(state.sentence_index(tok.i), trigger),
            mode=coded.mode,
            contexts=d.contexts,
            cameo=cameo,
            acled=Acled(*acled) if acled else None,
            source=tuple(d.source),
            target=tuple(d.target),
            place=d.place,
            when=d.when,
            modality=Modality(
                negated=d.marks.negated,
                hypothetical=d.marks.hypothetical,
                conditional=d.marks.conditional,
                future=d.marks.future,
                historical=d.marks.historical,
            ),
            statement=d.statement,
            confidence=d.confidence,
            coder=self.name,
        )


# -- helpers ----------------------------------------------------------------------------------------
def _content_args(cand: Candidate, args: Args, lex: Lexicon, finder: ActorFinder) -> None:
    """A frame with no recipient of its own takes it from its content.

    In order: the subject of a that-clause ("demanded that Iraq ..."), the actor of the content when it
    is someone else ("rejected Kofi Annan's call", "demanded the withdrawal of Serbian forces"), the
    recipient of the content ("threatened to cut off electricity to X"), the object of a complement
    that is no trigger ("refused to allow UN planes to land").
    """
    if any(finder.is_actorish(t) for t in args.target):
        return
    own = {t.i for t in args.source}
    for clause in cand.tok.children:
        if clause.dep_ == "ccomp" or (
            clause.dep_ == "acl" and any(m.lower_ == "that" for m in clause.children)
        ):
            subj = subject_of(clause)
            if (
                subj is not None
                and subj.i not in own
                and subj.lower_ not in FIRST_PERSON
                and finder.is_actorish(subj)
            ):
                args.target = [subj]
                return
    for x in cand.content:
        inner = candidate_args(x, lex, finder.is_actorish)
        if x.content:
            _content_args(x, inner, lex, finder)
        actors = [t for t in inner.source if t.i not in own and t.lower_ not in FIRST_PERSON]
        others = actors or [t for t in inner.partners if t.i not in own]
        if cand.type in CONTENT_ACTOR_TYPES and others:
            args.target = others
        elif inner.target:
            args.target = [t for t in inner.target if t.i not in own]
        if args.target:
            return
    for clause in cand.tok.children:
        if clause.dep_ == "xcomp" and not cand.content:
            objs = [o for o in clause.children if o.dep_ in {"dobj", "dative"} and finder.is_actorish(o)]
            if objs:
                args.target = objs[:1]
                return


def _qualified(cand: Candidate, args: Args, finder: ActorFinder, lex: Lexicon) -> bool:
    tok = lift(cand.tok)
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    if cand.support is not None or cand.merged or tok.dep_ == "ROOT":
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in lex.occurrence:
        return True
    if any(c.dep_ == "relcl" and c.lemma_.lower() in lex.occurrence for c in tok.children):
        return True  # "protests that have rocked the city"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CAUSATIVE:
        return True  # "the killing sparked protests"
    if (
        tok.dep_ == "conj"
        and tok.head.dep_ in {"nsubj", "nsubjpass"}
        and tok.head.head.lemma_.lower() in lex.occurrence
    ):
        return True
    if tok.pos_ == "ADJ":
        return bool(cand.content or args.target or any(c.dep_ == "xcomp" for c in tok.children))
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children):
        return True  # "there was never an offer to ..."
    for anc, dep in ancestors_upto(tok, 4):  # "died of torture", "killed in the attack"
        if dep not in {"pobj", "prep", "pcomp"} and anc.i != tok.head.i:
            break
        if anc.lemma_.lower() in CAUSE_OF_HARM:
            return True
    return any(finder.is_actorish(t) for t in (*args.source, *args.target, *args.partners))


def _statement_at(state: DocState, token_i: int) -> Statement | None:
    tok = state.doc[token_i]
    start = tok.idx
    for s in state.statements:
        if s.cue is not None and s.cue.start <= start < s.cue.end:
            return s
        if any(c.start <= start < c.end for c in s.content):
            return s
    return None


def _speaker(
    state: DocState, statement: Statement | None, marks: Marks, finder: ActorFinder
) -> tuple[str | None, str | None]:
    """Who reported the event: the statement's speaker, else the reporting verb's subject."""
    if statement is not None and statement.speaker:
        return statement.speaker, _actor_class(state, statement.speaker, finder.lex)
    if marks.speech_verb is not None:
        subj = subject_of(marks.speech_verb)
        if subj is not None:
            ids = finder.actors([subj])
            return (ids[0] if ids else None), finder.participant_class(subj)
    return None, None


def _actor_class(state: DocState, actor_id: str, lex: Lexicon) -> str | None:
    actor = state.actors.get(actor_id) if actor_id in state.actors else None
    if actor is None:
        return None
    if actor.sector and actor.sector in lex.sector_classes:
        return lex.sector_classes[actor.sector]
    return {"country": "state", "organization": "org", "person": "person"}.get(actor.kind, "group")


SPOKESPERSON_CLASSES = frozenset({"state", "official", "military", "armed", "police", "org"})


def _speaker_is_source(
    state: DocState, speaker: str | None, speaker_class: str | None, source: list[str]
) -> bool:
    """Does the reporter speak for the actor? (Only then is a reported future act a threat or offer.)"""
    if speaker is None:
        return speaker_class is None or speaker_class in SPOKESPERSON_CLASSES
    if not source or speaker in source:
        return True
    if speaker_class in SPOKESPERSON_CLASSES and state.actors.get(speaker).country is None:
        return True
    sp = state.actors.get(speaker) if speaker in state.actors else None
    if sp is None:
        return False
    if sp.affiliation and sp.affiliation in source:
        return True
    countries = {state.actors.get(a).country for a in source if a in state.actors}
    return sp.country is not None and sp.country in countries


def _confidence(cand: Candidate, coded: Coded, source: list[str], target: list[str], marks: Marks) -> float:
    conf = cand.entry.conf
    conf += 0.1 if source else -0.05
    conf += 0.05 if target else 0.0
    if cand.tok.pos_ not in {"VERB", "AUX"} and cand.support is None and not cand.merged:
        conf -= 0.1
    if marks.hypothetical:
        conf -= 0.05
    return round(min(0.95, max(0.05, conf)), 2)


def _natural_cause(cand: Candidate, finder: ActorFinder) -> bool:
    """ "An earthquake struck ...", "killed in floods": harm done by no one is no ASSAULT."""
    tok = cand.tok
    causes = []
    if tok.pos_ in {"VERB", "AUX"}:
        subj = subject_of(tok)
        causes += [subj] if subj is not None else []
        causes += [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        causes += agent_of(tok)
        causes += [o for p, o in prep_objects(tok, {"in", "by", "from", "after", "during"})]
    elif tok.dep_ in {"nsubj", "nsubjpass"}:
        causes.append(tok)
    for m in cand.merged:  # "killing at least 12" merged into "the earthquake struck"
        causes += [c for c in m.tok.children if c.dep_ == "nsubj"]
    return any(finder.participant_class(c) == "disaster" for c in causes)


def _location_actors(state: DocState, cand: Candidate) -> list[str]:
    """Countries named as where the event applies ("lifted a curfew in Montenegro"); last-resort recipient."""
    heads = [cand.tok, *([cand.support] if cand.support is not None else [])]
    stack = list(cand.content)
    while stack:
        x = stack.pop()
        heads.append(x.tok)
        stack.extend(x.content)
    heads += [c for c in cand.tok.children if c.dep_ in {"xcomp", "ccomp"}]
    heads += [o for h in list(heads) for o in h.children if o.dep_ in {"dobj", "nsubjpass"}]
    out: list[str] = []
    for head in heads:
        for _, obj in prep_objects(head, LOCATION_PREPS):
            for tok in (obj, *(c for c in obj.children if c.dep_ in {"compound", "poss", "amod"})):
                actor = state.actors.at_token(tok.i)
                if actor is not None and actor.kind == "country" and actor.id not in out:
                    out.append(actor.id)
    return out


def _share_modes(drafts: list[Draft]) -> None:
    """One sentence, one incident: an ASSAULT with no weapon named takes the sentence's other ASSAULT's."""
    for d in drafts:
        if d.coded.type != "ASSAULT" or d.coded.mode is not None:
            continue
        other = next(
            (
                o
                for o in drafts
                if o is not d and o.sentence == d.sentence and o.coded.type == "ASSAULT" and o.coded.mode
            ),
            None,
        )
        if other is not None:
            d.coded.mode, d.coded.detail = other.coded.mode, other.coded.detail


DICTIONARY_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "from",
        "for",
        "at",
        "into",
        "toward",
        "towards",
        "over",
        "about",
        "of",
        "by",
    }
)


def _trigger_tokens(cand: Candidate) -> set[int]:
    return {t.i for t in cand.all_tokens()}


def _dictionary_entry(verb: Token, etype: str) -> TriggerEntry:
    """A reading for a verb only the user's dictionary knows."""
    return TriggerEntry(
        lemma=verb.lemma_.lower(),
        pos="V",
        with_=None,
        type=etype,
        mode=None,
        role="event",
        objtopic=frozenset(),
        sclass=frozenset(),
        oclass=frozenset(),
        tpreps=DICTIONARY_PREPS,
        flags=frozenset({"dictionary"}),
        cameo=None,
        conf=0.5,
    )


def _dictionary_type(lex: Lexicon, code: str, verb: Token) -> str | None:
    """PLOVER type of a dictionary-only event: the code's CAMEO root, else facta's reading of the verb."""
    etype = lex.cameo_roots.get(code[:2])
    if etype is None:
        entries = lex.entries(verb.lemma_.lower(), "V")
        etype = entries[-1].type if entries else None
    return etype


def _dictionary_actors(state: DocState, draft: Draft, m: VerbMatch, finder: ActorFinder) -> None:
    """PETRARCH-style dyads: the subject's actors; the first actor in the verb's phrase as the target;
    a compound subject with no target codes its members with each other."""
    verb = m.verb
    if is_passive(verb):
        heads = agent_of(verb)
    else:
        subj = subject_of(verb)
        heads = [subj] if subj is not None else []
    source = finder.actors(heads) if heads else list(draft.source)
    target = [a for a in draft.target if a not in source]
    if not target:
        for tok in verb.subtree:
            actor = state.actors.at_token(tok.i)
            if tok.i >= m.end and actor is not None and actor.id not in source:
                target = [a for a in finder.actors([tok]) if a not in source] or [actor.id]
                break
    if not target and len(source) > 1:
        target = list(source)  # every member with every other one (a dyad is never an actor with itself)
    draft.source, draft.target = source, target


def _place_marked_actors(state: DocState, draft: Draft, m: VerbMatch) -> None:
    """A pattern's "$" / "+" name where the source / target actor is: the first actor from there on."""
    for where, side in ((m.source_at, "source"), (m.target_at, "target")):
        if where is None:
            continue
        sent_end = state.sentence(state.sentence_index(where)).end
        for i in range(where, sent_end):
            actor = state.actors.at_token(i)
            if actor is not None:
                setattr(draft, side, [actor.id])
                break


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Drop a weaker duplicate of an event already coded in the same sentence."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: -d.confidence):
        dup = next(
            (
                o
                for o in out
                if o.sentence == d.sentence
                and o.coded.type == d.coded.type
                and (set(d.source) <= set(o.source) or not d.source)
                and (set(d.target) <= set(o.target) or not d.target)
                and d.cand.tok.pos_ not in {"VERB", "AUX"}
            ),
            None,
        )
        if dup is None:
            out.append(d)
    return out


def _mark_interventions(drafts: list[Draft], lex: Lexicon) -> None:
    """ACLED: a protest met by force or arrests (same or next sentence) is a protest with intervention."""
    for p in drafts:
        if p.coded.type != "PROTEST":
            continue
        for o in drafts:
            if o is p or o.sentence not in {p.sentence, p.sentence + 1}:
                continue
            if o.coded.type not in {"ASSAULT", "COERCE"}:
                continue
            against = (
                o.target_class == "protester"
                or bool(set(o.target) & set(p.source))
                or (
                    "protest-context" in o.coded.topics
                    and o.source_class in {None, "police", "military", "state"}
                )
            )
            if not against:
                continue
            lethal = o.coded.type == "ASSAULT" and (
                o.coded.mode in {"firearms", "heavy-weapons", "aerial"}
                or any(t.lemma_.lower() in LETHAL_LEMMAS for t in o.cand.tok.sent)
            )
            p.extra_topics.add("lethal-intervention" if lethal else "intervention")


class EventStage:
    """Pipeline stage wrapper; the lexicon is loaded once per pipeline through Resources."""

    name = CODER_NAME
    requires: tuple[str, ...] = ("actors", "places", "times", "statements")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, resources: Any, verb_dictionary: str = "") -> None:
        self._resources = resources
        self._verb_spec = verb_dictionary.strip()

    def __call__(self, state: DocState) -> None:
        lex: Lexicon = self._resources.get(LEXICON_KEY, load_lexicon)
        verbs = None
        if self._verb_spec:
            spec = self._verb_spec
            verbs = self._resources.get(f"events.verbs:{spec}", lambda: load_verb_dictionaries(spec))
        EventCoder(lex, self.name, verbs=verbs)(state)


def replace_event(state: DocState, index: int, **changes: Any) -> None:
    state.events[index] = dataclasses.replace(state.events[index], **changes)
