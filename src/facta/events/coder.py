"""The event coder stage (``events.rules.v1``): PLOVER events with actors, mode, modality and mappings.

For each sentence: find triggers (:mod:`facta.events.triggers`), link frames to their content and
merge same-type triggers, then for every remaining trigger read its arguments
(:mod:`facta.events.arguments`), modality (:mod:`facta.events.modality`) and type, mode, CAMEO and
ACLED codes (:mod:`facta.events.classify`). Verbal events are linked to the statement that carries
them; place and time come from the places and dates stages' linking helpers.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from facta.events.arguments import candidate_args, first_person
from facta.events.classify import (
    acled_type,
    apply_modality,
    cameo_code,
    choose_mode,
    contexts_for,
    denial,
    frame_type,
    scope_tokens,
    shared_opinion,
    topics_for,
)
from facta.events.dictionary import (
    dictionary_actors,
    dictionary_entry,
    dictionary_type,
    place_marked_actors,
    trigger_tokens,
)
from facta.events.draft import (
    Draft,
    SentenceInfo,
    dedupe,
    merge_coreferent,
    merge_headline,
    resolve_protests,
    share_modes,
)
from facta.events.finder import PEOPLE_CLASSES, ActorFinder
from facta.events.incident import incident_of
from facta.events.lexicon import VERBAL, Lexicon, load_lexicon
from facta.events.modality import agreement_frame, marks_for, time_marks
from facta.events.pairs import fill_pairs, pair_kind
from facta.events.phrases import (
    departure_places,
    local_people,
    phrase_recipients,
    place_countries,
    unidentified_attacker,
)
from facta.events.recipients import (
    actor_class,
    confidence_of,
    content_args,
    natural_cause,
    qualified,
    speaker_is_source,
    speaker_of,
    statement_at,
)
from facta.events.syntax import Token, subject_of
from facta.events.triggers import Candidate, find_candidates, link
from facta.events.verbdict import VerbDictionary, VerbMatch, load_verb_dictionaries, match_verb
from facta.model import Acled, Event, Evidence, Modality
from facta.stages.dates import event_when
from facta.stages.places import event_place
from facta.state import DocState

CODER_NAME = "events.rules.v1"
LEXICON_KEY = "events.lexicon.v1"
ARMED_CLASSES = frozenset({"military", "armed", "police", "position"})  # a post or base is held by armed men
REPORTING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
INCIDENT_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})  # what ACLED's protest decisions look at
# Types whose unnamed actors are local people ("gunmen attacked a village in Kano", "people blocked streets in
# Hong Kong"); the actors of moves, aid or talks in a place are often foreign.
LOCAL_SOURCE_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# Weapons an attack with no named actor implies an armed actor for.
ARMED_MODES = frozenset({"explosives", "firearms", "suicide-attack", "heavy-weapons", "targeted"})


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
        place_countries(state)
        # with a user verb dictionary the dyads follow PETRARCH: only the dictionaries name actors
        finder = ActorFinder(
            state, self.lex, add_participants=self.add_participants, places=self.verbs is None
        )
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
                        if (
                            x.role == "event"
                            and not alleged(cand, x)
                            and (inner := self._draft(state, x, finder, index, info))
                        ):
                            drafts.append(inner)
            if matches:
                drafts[first:] = self._dictionary_drafts(state, matches, drafts[first:], finder, index, info)
        if self.verbs is None:
            drafts = dedupe(drafts)
        drafts = merge_coreferent(state, merge_headline(state, drafts), self.lex)
        fill_pairs(state, drafts)
        share_modes(drafts)
        resolve_protests(drafts, self.lex)
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
                (d for d in drafts if m.verb.i in trigger_tokens(d.cand) and id(d) not in claimed), None
            )
            codes = m.code.split(":")
            if draft is None:
                etype = dictionary_type(self.lex, codes[0], m.verb)
                if etype is None:
                    continue
                draft = self._draft(
                    state, Candidate(m.verb, dictionary_entry(m.verb, etype)), finder, index, info
                )
                if draft is None:
                    continue
            claimed.add(id(draft))
            dictionary_actors(state, draft, m, finder)
            place_marked_actors(state, draft, m)
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
        if shared_opinion(cand) or (cand.support is None and agreement_frame(cand.tok, lex.modality)):
            return None
        coded = frame_type(cand, lex, finder.participant_class(subj))
        if coded.dropped or (coded.type == "ASSAULT" and natural_cause(cand, finder)):
            return None
        args = candidate_args(cand, lex, finder.is_actorish)
        if cand.content or cand.role == "frame":
            content_args(cand, args, lex, finder)
        if not qualified(cand, args, finder, lex):
            return None
        trigger_i = cand.tok.i
        statement = statement_at(state, trigger_i)
        marks = marks_for(cand.anchor, [x.anchor for x in cand.content], lex.modality)
        if marks.generic:
            return None
        speaker, speaker_class = speaker_of(state, statement, marks, finder)
        if statement is not None:
            marks.speech = True
        when = event_when(state, trigger_i)
        time_marks(marks, when, state.article.published, cand.anchor, lex.modality)
        subject_actors = finder.actors(args.source)
        if marks.deontic and marks.speech and speaker and coded.type != "REQUEST":
            # "..., Y must withdraw, X said": X demands that Y withdraw
            coded.recoded_from, coded.type = coded.type, "REQUEST"
            # the demand is addressed to whoever is obliged, not to the parties of what they must do
            args.target, args.source, args.partners = args.source or args.target, [], []
            subject_actors = [speaker]
            cand.entry = dataclasses.replace(cand.entry, flags=cand.entry.flags | {"v:demand"})
        by_first_person = any(first_person(t) for t in args.source)
        # the speaker is the actor of what they say ("We are ready to talk", "..., X demanded") -- not of
        # the attacks they report, nor of what a subject they name did ("the two sides signed ..., the
        # ministry said": an unresolved subject leaves the source unknown rather than wrong)
        if speaker and (by_first_person or (not args.source and coded.type in VERBAL)):
            subject_actors = [speaker]
        subject_classes = [c for t in args.source if (c := finder.participant_class(t))]
        if marks.speech and not speaker_is_source(
            state, speaker, speaker_class, subject_actors, subject_classes
        ):
            marks.speech = False  # a third party's forecast is not the actor's own threat or offer
        apply_modality(coded, marks, lex)
        if coded.dropped:
            return None
        co_actors = bool(args.partners)
        args.settle(coded.type)
        left = departure_places(state, cand) if coded.type == "RETREAT" else set()
        args.target = [t for t in args.target if t.i not in left]
        source = subject_actors + [a for a in finder.actors(args.source) if a not in subject_actors]
        target = [a for a in finder.actors(args.target) if a not in source]
        accused = cand.entry.mode == "allege" and any(c.dep_ == "dobj" for c in cand.tok.children)
        if not target and not co_actors and self.verbs is None and not accused:
            # ("accused the law of attacking civil society": the accused is the recipient, named or not)
            # the meeting place of talks is no party to them; a visit's is the host (PLOVER)
            places = coded.type != "CONSULT" or coded.mode == "visit" or cand.entry.mode == "visit"
            target, found_at = phrase_recipients(
                state,
                cand,
                source,
                finder,
                places=places,
                exclude=frozenset(left),
                settlements=coded.type != "PROTEST",
            )
            args.target = args.target or found_at
        coded.topics |= topics_for(cand, lex)
        if coded.type == "MOBILIZE" and "exercise" in coded.topics and len(source) > 1:
            # PLOVER: joint military exercises are COOPERATE, single-country ones MOBILIZE
            coded.recoded_from, coded.type, coded.mode = coded.type, "COOPERATE", None
            coded.topics.add("military_coop")
        if coded.recoded_from:
            coded.topics.add(f"c:{coded.recoded_from}")
        if coded.type == "ASSAULT" and info.lethal:
            coded.topics.add("lethal")
        coded.variant = next((f[2:] for f in cand.entry.flags if f.startswith("v:")), None)
        scope = scope_tokens(cand, args.source)
        if coded.type == "ASSAULT":  # "struck chemical weapons facilities": what is hit names no weapon
            hit = {  # a weapon "used" is no target: its modifiers say what it was
                t.i
                for h in args.target
                if finder.participant_class(h) != "weapon"
                for t in h.subtree
                if t.i != h.i
            }
            scope = [t for t in scope if t.i not in hit]
        choose_mode(coded, cand, scope, lex, info.cues if coded.type == "ASSAULT" else None)
        if denial(cand, coded, lex):  # "rejected accusations that ...": denies responsibility
            coded.mode, coded.variant = None, "deny"
        source_class = finder.participant_class(args.source[0]) if args.source else None
        if source_class is None and source:
            source_class = actor_class(state, source[0], lex)
        target_heads = args.target or (args.source[1:] if args.recip else [])
        target_classes = [c for t in target_heads if (c := finder.participant_class(t))]
        # an armed party among the recipients makes it a fight (ACLED armed clash), else the people hit
        target_class = next((c for c in target_classes if c in ARMED_CLASSES), None)
        target_class = target_class or next((c for c in target_classes if c in PEOPLE_CLASSES), None)
        target_class = target_class or next(iter(target_classes), None)
        victims = None
        if coded.type == "ASSAULT" and not target_classes:  # the victims the sentence names
            victims = next(iter(info.victims(args.source, finder.participant_class)), None)
        parties = frozenset(c for t in args.source if (c := finder.participant_class(t))) | set(
            target_classes
        )
        if coded.type in {"ASSAULT", "COERCE"} and (target_class == "protester" or info.protest):
            coded.topics.add("protest-context")
        sectors = [s for a in source if (s := state.actors.get(a).sector)]
        contexts = contexts_for(coded, info.contexts, sectors, lex)
        place = event_place(state, trigger_i)
        local_people(state, place, index, target + (source if coded.type in LOCAL_SOURCE_TYPES else []))
        confidence = confidence_of(cand, coded, source, target, marks)  # named actors only
        if (
            not source
            and self.verbs is None
            and coded.type == "ASSAULT"
            and coded.mode in ARMED_MODES
            and not marks.uncertain
            and "judicial" not in cand.entry.flags  # an execution is the state's
        ):
            attacker = unidentified_attacker(state, cand, place, index)
            source = [attacker] if attacker is not None else source
        linked = statement.id if statement is not None and coded.type in VERBAL else None
        pair_roles = tuple(  # "the two sides": filled from the article's last two-party event (pairs.py)
            (role, kind, tuple(finder.actors(heads[:1])))
            for role, heads in (("source", args.source), ("target", args.target))
            if heads and (kind := pair_kind(heads[0]))
        )
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
            place,
            linked,
            confidence,
            contexts,
            parties=parties,
            riot_cue=info.riot if coded.type in INCIDENT_TYPES else False,
            victim_class=victims,
            pair_roles=pair_roles,
        )

    def _event(self, state: DocState, d: Draft, number: int) -> Event:
        coded = d.coded
        coded.topics |= d.extra_topics
        acled = acled_type(coded, d.source_class, d.target_class or d.victim_class, self.lex.acled)
        if d.incident is not None and d.incident in self.lex.incidents:
            acled = self.lex.incidents[d.incident]
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
            more_evidence=tuple(self._evidence(state, x) for x in d.more),
        )

    @staticmethod
    def _evidence(state: DocState, d: Draft) -> Evidence:
        tok = d.cand.tok
        return state.evidence(state.sentence_index(tok.i), state.span(tok.i, tok.i + 1))


# -- helpers ----------------------------------------------------------------------------------------
def alleged(frame: Candidate, content: Candidate) -> bool:
    """What an accusation says someone did is an allegation, not a reported event: "accused the rebels of
    killing civilians", "alleged that troops had fired". A nominal event it names ("blamed X for the
    bombing") is taken as reported (its actor comes from its own phrase, not from the accusation)."""
    if frame.entry.mode != "allege":
        return False
    tok = content.tok
    return tok.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"dobj", "nsubj"} for c in tok.children)


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
        state.incident = incident_of(state, lex)
