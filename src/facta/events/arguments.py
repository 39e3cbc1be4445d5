"""Who did it and to whom: argument heads of a trigger, and the actors they refer to.

Source (PLOVER "actor") and target ("recipient") come from the dependency parse: the subject and
object of an active verb, the ``by`` agent and subject of a passive, the possessor, ``by`` phrase
and target prepositions of a nominal event ("Syria's offensive against the rebels"), the subject of
a light verb ("launched an attack on"). Actors are looked up in the actor stage's token index
(``state.actors.at_token``, through :class:`facta.events.finder.ActorFinder`); coordinated arguments give
several actors in one list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facta.events.finder import domain_adjective
from facta.events.lexicon import Lexicon
from facta.events.reporters import (
    closing_reporter,
    closing_verb,
    inert,
    repelled,
)
from facta.events.syntax import (
    Token,
    agent_of,
    children,
    conjuncts,
    is_passive,
    passive_target,
    prep_objects,
    responsible_party,
    subject_of,
)
from facta.events.triggers import EFFORT_NOUNS, Candidate

# Retreats the passive subject makes itself ("troops were withdrawn", "guerrillas were demobilized").
SELF_RETREAT = frozenset({"withdraw", "disarm"})
# "died from gunfire", "killed in the attack": the one harmed is the nominal event's recipient.
HARM_PREPS = frozenset({"from", "of", "in", "by", "during"})
HARM_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt", "perish", "succumb"})
# Subjects that cannot act (what is hit, used or happens): "the detentions were lawful".
NON_AGENTS = frozenset({"property", "weapon", "position", "disaster", "settlement"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "me"})


def first_person(tok: Token) -> bool:
    """ "we", "us" -- but not "the US"."""
    return tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON"


# Types whose other participants are co-actors ("X met Y", "X and Y clashed"); after recoding into
# another type ("would not negotiate with Y" -> REJECT) they become recipients.
RECIP_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT", "PROTEST", "RETREAT", "SUPPORT"})


@dataclass
class Args:
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    partners: list[Token] = field(default_factory=list)  # co-actors of a reciprocal event
    recip: bool = False

    def extend(self, other: Args) -> None:
        if not self.source:
            self.source = list(other.source)
        self.target.extend(t for t in other.target if t not in self.target)
        self.partners.extend(t for t in other.partners if t not in self.partners)
        self.recip = self.recip or other.recip

    def settle(self, etype: str) -> None:
        """Co-actors join the source for reciprocal types and become recipients otherwise."""
        if etype in RECIP_TYPES:
            self.source += [p for p in self.partners if p not in self.source]
        else:
            self.target = [p for p in self.partners if p not in self.target] + self.target
        self.partners = []


def _target_preps(cand: Candidate, lex: Lexicon) -> frozenset[str]:
    if cand.entry.tpreps:
        return cand.entry.tpreps
    return lex.type_tpreps.get(cand.type, frozenset({"against", "on", "at"}))


def verb_args(verb: Token, cand: Candidate, lex: Lexicon) -> Args:
    flags = cand.entry.flags
    args = Args()
    if is_passive(verb) and "adjpass" not in flags:
        args.source = agent_of(verb) or cause_holder(verb, cand, lex)
        args.target = passive_target(verb)
        if not args.source and cand.entry.type == "RETREAT" and cand.entry.mode in SELF_RETREAT:
            args.source, args.target = args.target, []  # "guerrillas have been demobilized"
    elif is_passive(verb):  # "Israel is opposed to ...": a state, not a passive
        args.source = passive_target(verb)
    else:
        subj = subject_of(verb)
        if subj is None:
            subj = intent_holder(verb)  # "Asuncion had no intention of breaking off relations"
        args.source = [subj] if subj is not None else []
        if "theme" not in flags:
            args.target = children(verb, "dobj")
    args.target += children(verb, "dative")
    preps = _target_preps(cand, lex)
    args.target += [o for _, o in prep_objects(verb, preps)]
    content = {x.tok.i for x in cand.content}
    # "provide aid for Romania", "demanding autonomy from Serbia"; also on a coordinated object:
    # "launched artillery, mortar and rocket fire against the camps"
    for obj in (c for o in children(verb, "dobj") for c in conjuncts(o)):
        if obj.i in content:
            continue  # "demanded the withdrawal of X from Y": Y belongs to the withdrawal
        # an event noun brings its own recipient prepositions: "reduced aid to its allies"
        # (also when the parser hangs the phrase on the verb)
        own = frozenset(p for e in lex.entries(obj.lemma_.lower(), "N") for p in e.tpreps) - {"of"}
        args.target += [o for _, o in prep_objects(obj, (preps | own) - {"of"}) if o not in args.target]
        args.target += [o for _, o in prep_objects(verb, own - preps) if o not in args.target]
    for prt in children(verb, "prt"):  # "pulled out of Lebanon"
        args.target += [o for _, o in prep_objects(prt, preps)]
    args.target = [t for t in args.target if not closing_reporter(t, lex)]
    if "recip" in flags:
        with_objs = [o for _, o in prep_objects(verb, {"with"})]
        args.partners = [t for t in args.target + with_objs if t not in args.partners]
        args.target = []
        args.recip = True
    if "swap" in flags:
        args.source, args.target = args.target, args.source
    return args


# Nouns of intent whose holder does what they complement ("has no plans to expel", "its decision to").
INTENT_NOUNS = frozenset(
    {"intention", "intent", "plan", "desire", "wish", "readiness", "willingness", "decision", "determination"}
)

# Verbs whose subject holds the intention that is their object ("has no plans", "announced a decision").
HOLDS = frozenset({"have", "make", "take", "announce", "express", "show", "declare", "signal", "reaffirm"})


def intent_holder(verb: Token) -> Token | None:
    """The subject of the clause whose object is a noun of intent that the verb complements: "Asuncion
    had no intention of breaking off relations", "Ghana has no plans to expel the diplomats"."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.dep_ == "prep" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ not in {"acl", "xcomp"}:
        return None
    if (
        noun.lemma_.lower() not in INTENT_NOUNS
        or noun.dep_ != "dobj"
        or noun.head.lemma_.lower() not in HOLDS
    ):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "welcomed their decision to release": theirs, not the subject's
    return subject_of(noun.head)


CAUSE_PREPS = frozenset({"in", "during"})
HOLDER_DEPS = frozenset({"compound", "poss"})


def cause_holder(verb: Token, cand: Candidate, lex: Lexicon) -> list[Token]:
    """Who did a passive harm told with no agent but with the violent act it happened in: the holder
    of that act ("killed in police firing", "injured in a rebel attack", "died in the army's raid")."""
    if cand.entry.type != "ASSAULT":
        return []

    def violent(tok: Token, pos: str) -> bool:
        return any(e.type == "ASSAULT" for e in lex.entries(tok.lemma_.lower(), pos)) or any(
            cue.type == "ASSAULT" for cue in lex.modes.get((tok.lower_,), [])
        )

    for _, obj in prep_objects(verb, CAUSE_PREPS):
        if violent(obj, "N"):
            return [c for c in obj.children if c.dep_ in HOLDER_DEPS and c.i < obj.i]
        if any(c.dep_ == "acl" and c.i == obj.i + 1 and violent(c, "V") for c in obj.children):
            return [obj]  # the parse "in [police] [firing]": the act hangs on its holder
    return []


# Verbs that answer what someone put forward: the "from" of their object noun is who put it forward.
ANSWERED = frozenset(
    {"reject", "accept", "refuse", "receive", "welcome", "decline", "deny", "ignore", "answer", "consider"}
)
# nominal events whose actor a predicate of responsibility names ("responsible for the killings")
HELD_TO_ACCOUNT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def noun_args(noun: Token, cand: Candidate, lex: Lexicon, is_actorish: object) -> Args:
    flags = cand.entry.flags
    args = Args()
    preps = _target_preps(cand, lex)
    for c in noun.children:
        if c.dep_ == "poss" or (
            c.dep_ in {"compound", "amod", "nmod"} and not domain_adjective(c, lex) and is_actorish(c)  # type: ignore[operator]
        ):
            args.source.append(c)
    args.source += [o for _, o in prep_objects(noun, {"by"})]
    args.source += children(noun, "nsubj")  # a verb tagged as a noun: "EU and UN hand over supplies"
    if not args.source and cand.type in HELD_TO_ACCOUNT:  # "X was behind the attack"
        held = responsible_party(noun, lex.responsible)
        args.source += [held] if held is not None else []
    effort = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in EFFORT_NOUNS else None
    pairs = prep_objects(noun, preps | {"of", "between", "among", "from"})
    participles = (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")
    for part in (c for c in participles if c.lemma_.lower() not in lex.relational):
        # a participle carries its noun's arguments: "sanctions imposed on Eritrea by the council"
        pairs += [(p, o) for p, o in prep_objects(part, preps - {"of"}) if (p, o) not in pairs]
        args.source += agent_of(part)
    if effort is not None:  # "a mediation mission between Syria and Arafat"
        pairs += prep_objects(effort, preps | {"between", "among"})
    for prep, obj in pairs:
        if (prep == "between" or prep == "among") and prep in preps:
            args.target += conjuncts(obj)  # "mediation between X and Y": X and Y are the recipients
        elif prep == "between" or prep == "among":
            args.partners += conjuncts(obj)
            args.recip = True
        elif prep == "of":
            if "ofsource" in flags:
                args.source.append(obj)
                args.target += [
                    o for _, o in prep_objects(obj, preps - {"of"})
                ]  # "withdrawal of troops from X"
            elif "of" in preps or not cand.entry.tpreps:
                args.target.append(obj)
        elif prep == "from":
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANSWERED and cand.entry.role == "frame":
                args.source.append(obj)  # "rejected a request from X": X asked
            elif "from" in preps:
                args.target.append(obj)
            elif "fromsource" in flags:
                args.source.append(obj)
        else:
            args.target.append(obj)
    if cand.support is not None and cand.support_entry is not None:
        verb = cand.support
        if cand.support_entry.subject == "target":
            subj = subject_of(verb)
            args.target = ([subj] if subj is not None else []) + args.target
        else:
            if is_passive(verb):  # "were engaged in ethnic cleansing": no agent, the subject acts
                src = agent_of(verb) or [t for t in passive_target(verb) if t.i != noun.i]
            else:
                subj = subject_of(verb)
                src = [subj] if subj is not None else []
            # "Egypt and Jordan held a joint military exercise": with a subject, an adjective of the
            # noun ("military") names its domain, not another actor
            own = [
                s for s in args.source if s not in src and not (src and s.dep_ == "amod" and s.pos_ == "ADJ")
            ]
            args.source = src + own
        args.target += children(verb, "dative")
        args.target += [o for _, o in prep_objects(verb, preps)]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "held civilians as human shields"
            args.target += children(verb, "dobj")
    elif noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ == "VERB":
        args.target += children(noun.head, "dobj")  # "the attack killed five soldiers"
    elif noun.dep_ == "pobj" and noun.head.lower_ in HARM_PREPS:
        harm = noun.head.head  # "protesters died from gunfire", "were killed in the attack"
        if harm.lemma_.lower() in HARM_VERBS:
            args.target += children(harm, "nsubj", "nsubjpass")
    if "recip" in flags:
        with_objs = [o for _, o in prep_objects(noun, {"with"})]
        args.partners += [t for t in args.target + with_objs if t not in args.partners]
        args.target = []
        args.recip = True
    if "swap" in flags:
        args.source, args.target = args.target, args.source
    return args


def adj_args(adj: Token, cand: Candidate, lex: Lexicon) -> Args:
    args = Args()
    if adj.dep_ == "acomp":
        subj = subject_of(adj.head)
        args.source = [subj] if subj is not None else []
    elif adj.dep_ == "amod":
        args.source = [adj.head]
    args.target = [o for _, o in prep_objects(adj, _target_preps(cand, lex))]
    if adj.dep_ == "oprd" and adj.head.pos_ in {"VERB", "AUX"}:
        # an object predicate ("the court found him guilty", "four men were found guilty"): the one
        # it is said of is the recipient, the verb's subject (or passive agent) the actor
        verb = adj.head
        if is_passive(verb):
            args.source = agent_of(verb)
            args.target = passive_target(verb) + args.target
        else:
            subj = subject_of(verb)
            args.source = [subj] if subj is not None else []
            args.target = children(verb, "dobj") + args.target
    elif adj.dep_ == "ccomp" and adj.head.pos_ in {"VERB", "AUX"} and children(adj, "nsubj"):
        # the same as a small clause: "the court found [the minister guilty]"
        subj = subject_of(adj.head)
        args.source = [subj] if subj is not None else []
        args.target = children(adj, "nsubj") + args.target
    return args


def candidate_args(cand: Candidate, lex: Lexicon, is_actorish: object) -> Args:
    tok = cand.tok
    if tok.pos_ in {"VERB", "AUX"}:
        args = verb_args(tok, cand, lex)
        outer = reporting_subject(tok, args.source, lex, is_actorish)
        if outer is not None:
            args.source = [outer]
        elif len(args.source) == 1 and inert(args.source[0], lex, is_actorish):
            args.source = thing_holder(args.source[0], lex, is_actorish, tok) or args.source
        elif (
            not args.source
            and tok.dep_ in {"acl", "relcl"}
            and not is_passive(tok)
            and inert(tok.head, lex, is_actorish)
        ):
            args.source = thing_holder(tok.head, lex, is_actorish, tok)
        if closing_verb(tok, lex) and not any(is_actorish(t) for t in args.target):  # type: ignore[operator]
            # "X is failing to ..., a rights group protested": the sentence before is what was said of X
            root = tok.sent.root
            subj = subject_of(root) if root.i < tok.i and root.pos_ in {"VERB", "AUX"} else None
            if subj is not None and subj not in args.source and is_actorish(subj):  # type: ignore[operator]
                args.target = [subj]
    elif tok.pos_ == "ADJ":
        args = adj_args(tok, cand, lex)
    else:
        args = noun_args(tok, cand, lex, is_actorish)
    for m in cand.merged:
        inner = candidate_args(m, lex, is_actorish)
        if m.event_relative:  # "an attack on a convoy that killed four": "that" is the attack
            inner.source = []
        args.extend(inner)
    if cand.type in {"ASSAULT", "COERCE"}:
        aimed = [o for o in repelled(cand.support or tok) if is_actorish(o)]  # type: ignore[operator]
        args.target = aimed + [t for t in args.target if t not in aimed]
    # "a car bomb in Kiev killed a man": where it happened is no recipient when someone is named
    located = [t for t in args.target if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and t.ent_type_]
    others = [t for t in args.target if t not in located]
    if located and any(is_actorish(t) for t in others):  # type: ignore[operator]
        args.target = others
    return args


def thing_holder(thing: Token, lex: Lexicon, is_actorish: object, verb: Token | None = None) -> list[Token]:
    """Who acts through a subject that cannot act itself -- an act, a weapon, a document: its holder
    ("Syria's offensive killed ...", "a car bombing by the group killed ...", "missiles fired by the
    army struck ...", "a rebel-claimed bomb hit ...", "the council's resolution condemned ..."). A
    participle or infinitive ``verb`` on an object with no holder of its own is done by whoever put the
    object out: "the group issued a statement calling on ...", "Amnesty published a report accusing
    ...", "thousands converged for a rally to protest ..."."""
    if thing.pos_ not in {"NOUN", "PROPN"}:
        return []
    own = [c for c in thing.children if c.dep_ == "poss"]
    own += [o for _, o in prep_objects(thing, {"by"})]
    for part in (c for c in thing.children if c.dep_ in {"acl", "amod"} and c.tag_ == "VBN"):
        own += agent_of(part)  # "missiles fired by the army"
        if part.i < thing.i:  # "a rebel-claimed bomb", "a Saudi-led strike"
            own += [c for c in part.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
    if not own:
        own = [
            c
            for c in thing.children
            if c.dep_ in {"compound", "amod", "nmod"} and c.i < thing.i and not domain_adjective(c, lex)
        ]
    named = bool(own)  # "their decision to release ...": a holder, if unresolved, is still someone else
    own = [t for t in own if is_actorish(t) and not first_person(t)]  # type: ignore[operator]
    if named or verb is None or verb.head.i != thing.i or verb.dep_ not in {"acl", "relcl"}:
        return own
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return own  # "a bomb that killed ...": the relative clause has a subject of its own
    governing = thing.head if thing.dep_ == "dobj" else None
    if thing.dep_ == "pobj" and thing.head.head.pos_ in {"VERB", "AUX"}:
        governing = thing.head.head  # "converged for a rally to protest ..."
    outer = subject_of(governing) if governing is not None else None
    return [outer] if outer is not None and is_actorish(outer) else []  # type: ignore[operator]


def reporting_subject(verb: Token, source: list[Token], lex: Lexicon, is_actorish: object) -> Token | None:
    """The subject of a reporting verb a conjoined verb was misattached under: in "the government said
    the detentions were lawful and rejected the criticism" the parser joins "rejected" to "were", whose
    subject ("the detentions") can do nothing; the verb shares the subject of "said"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or head.dep_ != "ccomp":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # a subject of its own
    if not source or is_actorish(source[0]):  # type: ignore[operator]
        return None
    inner = source[0]
    if not lex.entries(inner.lemma_.lower(), "N") and lex.classes.get(inner.lemma_.lower()) not in NON_AGENTS:
        return None  # the subject of the complement could act ("the two sides signed ... and agreed")
    reporter = head.head
    if reporter.pos_ not in {"VERB", "AUX"} or reporter.i > head.i or reporter.tag_ != verb.tag_:
        return None  # "said" and "rejected" agree in tense when they share a subject
    outer = subject_of(reporter)
    return outer if outer is not None and is_actorish(outer) else None  # type: ignore[operator]
