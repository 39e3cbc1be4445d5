"""Recipients, qualification and speakers: the argument rules that need the whole candidate."""

from __future__ import annotations

from facta.events.arguments import (
    ANSWERED,
    HELD_TO_ACCOUNT,
    ActorFinder,
    Args,
    candidate_args,
    domain_adjective,
    first_person,
)
from facta.events.classify import Coded
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


# Dependents that lead out of the trigger's phrase: other clauses, function words; at the trigger
# itself also its subject and passive agent (the actor).
PHRASE_SKIP = frozenset(
    {"expl", "punct", "cc", "mark", "aux", "auxpass", "neg", "relcl", "parataxis", "meta", "det"}
)
ROOT_SKIP = PHRASE_SKIP | {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent"}
# Prepositions whose object is no participant of the event ("according to X", "like X").
PHRASE_SKIP_PREPS = frozenset({"according", "like", "unlike", "despite", "including", "besides"})
# Circumstances (another event, a time): searched only after the rest of the phrase.
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "during", "amid", "until"})


def _own_clause(tok: Token) -> bool:
    """A clause of its own ("if it is attacked", "and Z fled"): another event, not the phrase."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" or c.tag_ == "WRB" for c in tok.children)
    if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    return False


def phrase_tokens(cand: Candidate) -> tuple[list[Token], list[Token]]:
    """The tokens of the trigger's phrase and of its content, without its subject and other clauses;
    circumstances ("after talks with X") come last."""
    roots = [cand.anchor, cand.tok]
    stack = list(cand.content) + list(cand.merged)
    while stack:
        x = stack.pop()
        roots += [x.anchor, x.tok]
        stack.extend(x.content)
        stack.extend(x.merged)
    root_ids = {r.i for r in roots}
    theme = cand.tok if "theme" in cand.entry.flags else None
    seen: set[int] = set()
    core: list[Token] = []
    later: list[Token] = []
    queue: list[tuple[Token, bool]] = [(r, False) for r in roots]
    while queue:
        tok, circumstance = queue.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        is_theme = theme is not None and tok.head.i == theme.i and tok.dep_ == "dobj"
        if not is_theme:  # "offered its troops to X": what is given is not who receives it
            (later if circumstance else core).append(tok)
        skip = ROOT_SKIP if tok.i in root_ids else PHRASE_SKIP
        for c in tok.children:
            if c.i in seen or _own_clause(c):
                continue
            # a nominal event's relative clause tells what it did ("a strike that shut down Khatmandu")
            if c.dep_ in skip and not (c.dep_ == "relcl" and tok.i in root_ids and tok.pos_ == "NOUN"):
                continue
            if is_theme and c.dep_ != "prep":
                continue
            if c.dep_ == "prep" and (c.lower_ in PHRASE_SKIP_PREPS or _comparison_domain(c)):
                continue
            queue.append((c, circumstance or (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS)))
    return sorted(core, key=lambda t: t.i), sorted(later, key=lambda t: t.i)


def _proximity(tok: Token) -> bool:
    head = tok
    while head.dep_ in {"compound", "flat", "amod", "poss"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PROXIMITY_PREPS


PROXIMITY_PREPS = frozenset({"near", "outside", "around", "off", "beyond", "towards", "toward"})


def _comparison_domain(prep: Token) -> bool:
    """ "the largest demonstration in Nigeria since 2012": the phrase of a superlative bounds the
    comparison -- no participant, nor the place of the event."""
    head = prep.head
    return (
        head.pos_ in {"NOUN", "PROPN"}
        and prep.lower_ in {"in", "across", "of", "since", "for"}
        and any(
            c.tag_ in {"JJS", "RBS"} and c.dep_ in {"amod", "advmod"} for c in head.subtree if c.i < head.i
        )
    )


NAME_PARTS = frozenset({"compound", "amod", "flat", "poss", "nmod"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "around"})


def _locative(tok: Token) -> bool:
    """Named as where something happens ("in Hong Kong"), not as a participant."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


DEPARTURE_PREPS = frozenset({"from", "of"})  # "withdrew from the town of X", "pulled out of X"


def departure_places(state: DocState, cand: Candidate) -> set[int]:
    """Tokens of a place left behind below the country level ("troops withdrew from the town of X"): where
    the move starts, not to whom it yields. A country left ("withdrew from Lebanon") stays its recipient,
    as PLOVER codes it."""
    out: set[int] = set()
    for prep in cand.anchor.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in DEPARTURE_PREPS:
            continue
        if prep.lower_ == "of" and not (prep.head.dep_ == "prt" or prep.head.lower_ == "out"):
            continue
        if prep.head.i != cand.anchor.i and prep.head.head.i != cand.anchor.i:
            continue
        toks = [t for o in prep.children if o.dep_ == "pobj" for t in o.subtree]
        places = [p for t in toks if (p := state.places.at_token(t.i)) is not None]
        if places and all(p.feature != "country" for p in places):
            out |= {t.i for t in toks}
    return out


NEARBY_PREPS = frozenset({"near", "outside", "around", "from", "at", "towards", "toward"})
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "area", "outskirts"})


def _nearby(tok: Token) -> bool:
    """A place named only as a location ("a bomb near Gondar", "withdrew from the town of Kadugli"):
    no party to the act, unlike "a curfew in Abidjan" or "shelled Juba"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        tok = tok.head.head
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in NEARBY_PREPS


def phrase_recipients(
    state: DocState,
    cand: Candidate,
    source: list[str],
    finder: ActorFinder,
    *,
    places: bool = True,
    exclude: frozenset[int] = frozenset(),
    settlements: bool = True,
) -> tuple[list[str], list[Token]]:
    """Last resort: the first actor named in the trigger's phrase, with those coordinated with it
    ("offered its troops to Lebanon's president", "rejected calls by Kofi Annan", "denounced Serbia's
    suppression of ..."); else, when ``places``, the place where the act applies ("a curfew in
    Abidjan", "postpone the demonstration in Baku"), standing for its country's people or government.
    Without ``settlements`` only a country stands for its people or government: a march through a
    city takes place there and is not aimed at it. Tokens in ``exclude`` are skipped.
    Returns the actor ids and the tokens they were found at.
    """
    own = set(source)
    core, later = phrase_tokens(cand)
    core = [t for t in core if t.i not in exclude]
    later = [t for t in later if t.i not in exclude]
    served = {a for s in source if s in state.actors and (a := state.actors.get(s).affiliation)}

    def usable(actor_id: str) -> bool:
        if actor_id in own or actor_id in served:  # "India's minister pledged ...": not India
            return False
        actor = state.actors.get(actor_id)
        return actor.affiliation not in own or actor.affiliation is None

    def first_actor(tokens: list[Token], locative: bool) -> tuple[list[str], list[Token]]:
        for tok in tokens:
            actor = state.actors.at_token(tok.i)
            if actor is None or not usable(actor.id):
                continue
            if domain_adjective(tok, finder.lex) or finder.domain_only(tok, actor.id):
                continue  # "suspended military aid to X": "military" says what aid, not who gets it
            head = tok
            while head.dep_ in NAME_PARTS and head.head.i != head.i:
                owner = state.actors.id_at_token(head.head.i)
                if owner is None or not usable(owner):
                    break
                head = head.head  # "Zoran Djindjic's opposition coalition": the coalition
            if _locative(head) != locative:
                continue  # "blocked streets in Hong Kong in defiance of Chinese authorities"
            return [a for a in finder.actors([head]) if usable(a)] or [actor.id], [head]
        return [], []

    found = first_actor(core, False)
    found = found if found[0] else first_actor(core, True)
    if found[0] or not places:
        return found
    tokens = core
    for tok in tokens:
        named = state.actors.at_token(tok.i)
        if named is not None and named.id in own:
            continue  # "Syria's attack on the town": the actor's own name is no place acted on
        place = state.places.at_token(tok.i)
        if place is not None and (_proximity(tok) or _nearby(tok)):
            continue  # "a bomb near Gondar", "withdrew from the town of X": close to the place, not at it
        if place is not None and (settlements or place.feature == "country"):
            place_actor = finder.place_actor(tok)
            if place_actor is not None and place_actor not in own:
                return [place_actor], [tok]
    found = first_actor(later, False)
    return found if found[0] else first_actor(later, True)


def local_people(state: DocState, place_id: str | None, sentence: int, actor_ids: list[str]) -> None:
    """Participants of unknown nationality take the country of the place, named in the event's sentence,
    where the event happened ("killed 23 people in Tel Aviv", "gunmen attacked a village in Kano").
    (Not the actors of moves: forces withdrawing from a country are not its own.)"""
    if place_id is None or place_id not in state.places:
        return
    place = state.places.get(place_id)
    if not place.country or len(place.country) != 3:
        return
    sent = state.sentence(sentence)
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1])
    if not any(start <= m.start < end for m in place.mentions):
        return
    for actor_id in actor_ids:
        actor = state.actors.get(actor_id) if actor_id in state.actors else None
        if actor is not None and actor.kind == "group" and actor.country is None:
            state.actors.update(actor_id, country=place.country)


def place_countries(state: DocState) -> None:
    """Groups named after a place take its country ("Darfur rebels", "Gaza residents"); the actor stage
    runs before places are resolved, so it leaves them without one."""
    for i, actor_id in state.actors.token_index().items():
        actor = state.actors.get(actor_id) if actor_id in state.actors else None
        if actor is None or actor.country or actor.kind not in {"group", "organization"}:
            continue
        place = state.places.at_token(i)
        if place is not None and place.country and len(place.country) == 3:
            state.actors.update(actor_id, country=place.country)


def place_country(state: DocState, place_id: str | None, sentence: int) -> str | None:
    """The country of the event's place when its sentence names it."""
    if place_id is None or place_id not in state.places:
        return None
    place = state.places.get(place_id)
    if not place.country or len(place.country) != 3:
        return None
    sent = state.sentence(sentence)
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1])
    return place.country if any(start <= m.start < end for m in place.mentions) else None


def unidentified_attacker(
    state: DocState, cand: Candidate, place_id: str | None, sentence: int
) -> str | None:
    """An attack nobody is named for ("killed by an improvised explosive device outside Basra"): PLOVER
    codes its actor as unidentified armed forces (sector UAF) of the country where it happened. The
    weapon is the means, not the actor: the actor is named "unidentified attackers", its mention is the
    trigger."""
    core, later = phrase_tokens(cand)
    named = [
        p.country
        for t in core + later
        if state.actors.id_at_token(t.i) is None
        and (p := state.places.at_token(t.i)) is not None
        and p.country
        and len(p.country) == 3
    ]  # "outside of the Iraqi city of Basra" -- not "US" in "US servicemen"
    country = named[0] if named else place_country(state, place_id, sentence)
    if country is None:
        return None
    start, end = cand.tok.i, cand.tok.i + 1
    actor_id = state.actors.add(
        name="unidentified attackers",
        kind="group",
        country=country,
        sector="UAF",
        source="events:unidentified",
    )
    state.actors.add_mention(actor_id, state.span(start, end))
    return actor_id
