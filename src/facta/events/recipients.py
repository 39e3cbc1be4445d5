"""Recipients, qualification and speakers: the argument rules that need the whole candidate."""

from __future__ import annotations

from facta.events.arguments import FIRST_PERSON, ActorFinder, Args, candidate_args
from facta.events.classify import Coded
from facta.events.lexicon import Lexicon
from facta.events.modality import Marks
from facta.events.syntax import agent_of, ancestors_upto, prep_objects, subject_of
from facta.events.triggers import Candidate, lift
from facta.model import Statement
from facta.state import DocState

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
CAUSE_OF_HARM = frozenset({"die", "kill", "wound", "injure", "flee", "displace", "death", "dead", "hurt"})


def content_args(cand: Candidate, args: Args, lex: Lexicon, finder: ActorFinder) -> None:
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
            content_args(x, inner, lex, finder)
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


def qualified(cand: Candidate, args: Args, finder: ActorFinder, lex: Lexicon) -> bool:
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


def statement_at(state: DocState, token_i: int) -> Statement | None:
    tok = state.doc[token_i]
    start = tok.idx
    for s in state.statements:
        if s.cue is not None and s.cue.start <= start < s.cue.end:
            return s
        if any(c.start <= start < c.end for c in s.content):
            return s
    return None


def speaker_of(
    state: DocState, statement: Statement | None, marks: Marks, finder: ActorFinder
) -> tuple[str | None, str | None]:
    """Who reported the event: the statement's speaker, else the reporting verb's subject."""
    if statement is not None and statement.speaker:
        return statement.speaker, actor_class(state, statement.speaker, finder.lex)
    if marks.speech_verb is not None:
        subj = subject_of(marks.speech_verb)
        if subj is not None:
            ids = finder.actors([subj])
            return (ids[0] if ids else None), finder.participant_class(subj)
    return None, None


def actor_class(state: DocState, actor_id: str, lex: Lexicon) -> str | None:
    actor = state.actors.get(actor_id) if actor_id in state.actors else None
    if actor is None:
        return None
    if actor.sector and actor.sector in lex.sector_classes:
        return lex.sector_classes[actor.sector]
    return {"country": "state", "organization": "org", "person": "person"}.get(actor.kind, "group")


SPOKESPERSON_CLASSES = frozenset({"state", "official", "military", "armed", "police", "org"})


def speaker_is_source(
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


def confidence_of(cand: Candidate, coded: Coded, source: list[str], target: list[str], marks: Marks) -> float:
    conf = cand.entry.conf
    conf += 0.1 if source else -0.05
    conf += 0.05 if target else 0.0
    if cand.tok.pos_ not in {"VERB", "AUX"} and cand.support is None and not cand.merged:
        conf -= 0.1
    if marks.hypothetical:
        conf -= 0.05
    return round(min(0.95, max(0.05, conf)), 2)


def natural_cause(cand: Candidate, finder: ActorFinder) -> bool:
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


def location_actors(state: DocState, cand: Candidate) -> list[str]:
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
