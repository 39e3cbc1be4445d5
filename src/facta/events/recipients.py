"""Recipients, qualification and speakers: the argument rules that need the whole candidate (recipients
named in the trigger's own phrase, and countries from the event's place: :mod:`facta.events.phrases`)."""

from __future__ import annotations

from facta.events.arguments import (
    ANSWERED,
    HELD_TO_ACCOUNT,
    Args,
    candidate_args,
    first_person,
)
from facta.events.classify import Coded
from facta.events.finder import ActorFinder
from facta.events.lexicon import Lexicon
from facta.events.modality import Marks
from facta.events.syntax import (
    RELATIVE,
    Token,
    agent_of,
    ancestors_upto,
    prep_objects,
    responsible_party,
    subject_of,
)
from facta.events.triggers import Candidate, lift
from facta.model import Statement
from facta.state import DocState

CAUSATIVE = frozenset(
    {"spark", "trigger", "prompt", "cause", "provoke", "fuel", "ignite", "unleash", "touch"}
)
# Frames whose recipient is whoever acts in their content ("rejected X's offer", "demanded X's withdrawal").
CONDITION_MARKS = frozenset({"unless", "if", "until"})
CONTENT_ACTOR_TYPES = frozenset(
    {"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "THREATEN", "AGREE", "CONCEDE", "PROTEST"}
)
CAUSE_OF_HARM = frozenset(
    {
        "die",
        "kill",
        "wound",
        "injure",
        "injury",
        "flee",
        "displace",
        "death",
        "dead",
        "hurt",
        "sustain",
        "suffer",
    }
)


def content_args(cand: Candidate, args: Args, lex: Lexicon, finder: ActorFinder) -> None:
    """A frame with no recipient of its own takes it from its content (:func:`_content_args`); a threat
    whose content names no one is aimed at whoever its condition asks to act."""
    _content_args(cand, args, lex, finder)
    if cand.type == "THREATEN" and not any(finder.is_actorish(t) for t in args.target):
        aimed = condition_subject(cand.tok, {t.i for t in args.source}, finder)
        args.target = aimed or args.target


def _content_args(cand: Candidate, args: Args, lex: Lexicon, finder: ActorFinder) -> None:
    """A frame with no recipient of its own takes it from its content.

    In order: the subject of a that-clause ("demanded that Iraq ..."), the actor of the content when it
    is someone else ("rejected Kofi Annan's call", "demanded the withdrawal of Serbian forces"), the
    recipient of the content ("threatened to cut off electricity to X"), the object of a complement
    that is no trigger ("refused to allow UN planes to land").
    """
    content_heads = {x.tok.i for x in cand.content}
    if any(finder.is_actorish(t) for t in args.target if t.i not in content_heads):
        return

    if cand.entry.mode == "allege" and any(
        t.dep_ == "dobj" and t.i not in content_heads for t in args.target
    ):
        return  # "accused the legislation of attacking civil society": the accused, whoever it is
    own = {t.i for t in args.source}
    # that-clauses of the trigger or of its object noun ("insisted on its demands that X ...")
    nouns = [o for o in cand.tok.children if o.dep_ in {"dobj", "attr"}]
    nouns += [o for _, o in prep_objects(cand.tok, {"on", "upon", "in", "to", "with"})]
    clauses = [*cand.tok.children, *(c for n in nouns for c in n.children)]
    own_actors = {a for t in args.source if (a := finder.actor_id(t)) is not None}
    held = {n.i for n in nouns if noun_holder(n, finder, own, own_actors)}
    for clause in clauses:
        if _reporting_clause(clause, cand.tok, lex):
            continue  # "demanded the withdrawal of X, diplomats said": the reporters are no recipient
        if clause.head.i in held:
            continue  # "rejected accusations by X that Y ...": the accuser, not the accused (below)
        if clause.dep_ == "ccomp" or (
            clause.dep_ == "acl" and any(m.lower_ == "that" for m in clause.children)
        ):
            subj = subject_of(clause)
            if subj is not None and subj.i not in own and not first_person(subj) and finder.is_actorish(subj):
                args.target = [subj]
                return
    for x in cand.content:
        inner = candidate_args(x, lex, finder.is_actorish)
        if x.content:
            content_args(x, inner, lex, finder)
        actors = [t for t in inner.source if t.i not in own and not first_person(t)]
        others = actors or [t for t in inner.partners if t.i not in own]
        if (cand.type in CONTENT_ACTOR_TYPES or cand.role == "reverse") and others:
            # "condemned the killing of journalists by soldiers": the accused, not the victims
            args.target = others + [t for t in args.target if t.i not in content_heads]
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


def noun_holder(noun: Token, finder: ActorFinder, own: set[int], own_actors: set[str]) -> list[Token]:
    """Someone else whose act an object noun is, named on it: "X's offer", "accusations by X", "a
    request from X" (the last only as the object of a response: "rejected a request from X"); not the
    subject's own ("insisted on its demands that ...")."""
    out = [c for c in noun.children if c.dep_ == "poss"] + [o for _, o in prep_objects(noun, {"by"})]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANSWERED:
        out += [o for _, o in prep_objects(noun, {"from"})]
    return [
        t
        for t in out
        if t.i not in own
        and not first_person(t)
        and finder.is_actorish(t)
        and finder.actor_id(t) not in own_actors
    ]


def condition_subject(trigger: Token, own: set[int], finder: ActorFinder) -> list[Token]:
    """A threat with no one named in what is threatened is aimed at whoever its condition asks to act:
    "threatened to strike unless the government raised wages" -> the government."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            continue
        subj = subject_of(clause)
        if subj is not None and subj.i not in own and not first_person(subj) and finder.is_actorish(subj):
            return [subj]
    return []


def _reporting_clause(clause: Token, trigger: Token, lex: Lexicon) -> bool:
    """A speech verb after the trigger, set off by a comma, that the parser made the trigger's
    complement: the sentence's reporting clause ("..., diplomats quoted a declaration as saying")."""
    speech = lex.modality.speech if lex.modality else frozenset()
    if clause.dep_ != "ccomp" or clause.i < trigger.i or clause.lemma_.lower() not in speech:
        return False
    if any(m.lower_ in {"that", "whether", "if"} for m in clause.children if m.dep_ == "mark"):
        return False
    edge = clause.left_edge
    before = edge if edge.is_punct else (clause.doc[edge.i - 1] if edge.i > 0 else None)
    return before is not None and before.text in {",", "--", "-"}


def qualified(cand: Candidate, args: Args, finder: ActorFinder, lex: Lexicon) -> bool:
    tok = lift(cand.tok)
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    if cand.support is not None or cand.merged or tok.dep_ == "ROOT":
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in lex.occurrence:
        return True
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in lex.occurrence:
        return True  # "the site was hit by a cyber attack": the passive's agent is the active's subject
    if any(c.dep_ == "relcl" and c.lemma_.lower() in lex.occurrence for c in tok.children):
        return True  # "protests that have rocked the city"
    if cand.type in HELD_TO_ACCOUNT and responsible_party(tok, lex.responsible) is not None:
        return True  # "the cartel has been responsible for mass killings"
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


STATE_SIDE = frozenset({"state", "official", "military", "police"})
NON_STATE_SIDE = frozenset({"armed", "protester", "mob", "criminal"})


def _side(cls: str | None) -> str | None:
    return "state" if cls in STATE_SIDE else "non-state" if cls in NON_STATE_SIDE else None


def speaker_is_source(
    state: DocState,
    speaker: str | None,
    speaker_class: str | None,
    source: list[str],
    source_classes: list[str] | None = None,
) -> bool:
    """Does the reporter speak for the actor? (Only then is a reported future act a threat or offer.)
    ``source_classes``: the participant classes of the actor; officials do not speak for armed groups,
    nor armed groups for the state."""
    if source_classes and speaker_class:
        sides = {_side(c) for c in source_classes} - {None}
        if _side(speaker_class) is not None and sides and _side(speaker_class) not in sides:
            return False
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
    if tok.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in tok.children if c.dep_ == "nsubj"):
        causes += _antecedent_chain(tok.head, finder)
    return any(finder.participant_class(c) == "disaster" and not _man_made(c, finder) for c in causes)


# Steps from a noun up to the noun phrase it sits in ("stoves" in "fires caused by cooking stoves").
NP_STEPS = frozenset({"conj", "pobj", "prep", "agent", "acl", "compound"})


def _antecedent_chain(noun: Token, finder: ActorFinder) -> list[Token]:
    """ "fires caused by heating stoves, which have killed two": the relative pronoun may hang off the
    nearest noun, which caused nothing; the nouns above it in the same phrase are candidates too, up to
    the first one that names a participant."""
    out = [noun]
    node = noun
    while finder.participant_class(node) is None and node.dep_ in NP_STEPS and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"}:
            out.append(node)
        if len(out) > 4:
            break
    return out


def _man_made(cause: Token, finder: ActorFinder) -> bool:
    """ "a fire set by militants", "army fire", "the rebels' fire", "fire from government troops": a
    harm someone causes is no natural cause."""
    for c in cause.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in {"compound", "amod", "nmod"} and finder.participant_class(c) not in {None, "disaster"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(finder.is_actorish(o) for o in c.children):
            return True
        if c.dep_ in {"acl", "relcl"}:  # "a fire set by militants", "the fire, which was set by militants"
            agents = [o for a in c.children if a.dep_ == "agent" for o in a.children]
            if any(finder.is_actorish(o) for o in agents):
                return True
    return False
