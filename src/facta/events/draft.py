"""Events under construction (drafts) and the passes over all drafts of an article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.events.classify import OWN_ACTS, Coded, cue_tokens, sentence_contexts
from facta.events.lexicon import Lexicon, word_lists
from facta.events.modality import Marks
from facta.events.syntax import Token
from facta.events.triggers import Candidate
from facta.model import When
from facta.nlp.parse import CLOSERS, FINAL
from facta.state import DocState

PROTEST_WORDS = frozenset(
    {"protest", "demonstration", "rally", "march", "protester", "demonstrator", "sit-in"}
)


RIOT_MODES = frozenset({"riot", "vandalize"})
VICTIM_CLASSES = frozenset(
    {
        "military",
        "armed",
        "police",
        "civilian",
        "person",
        "journalist",
        "worker",
        "prisoner",
        "refugee",
        "official",
    }
)
FORCE_SOURCES = frozenset({"police", "military", "state", "official"})


def _forces_cue(tok: Token, lex: Lexicon) -> bool:
    """ "violence against protesters", "police violence", "violence by security forces"."""
    if tok.dep_ == "amod" and any(e.type == "COERCE" for e in lex.entries(tok.head.lemma_.lower(), "N")):
        return True  # "a violent crackdown"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"against", "on", "by"}:
            # the people it is aimed at, or the forces by which: not "throwing bottles on the first day"
            # nor "stones thrown on police"
            classes = {lex.classes.get(o.lemma_.lower()) for o in c.children if o.dep_ == "pobj"}
            if c.lower_ == "by" and classes & FORCE_SOURCES:
                return True
            if c.lower_ != "by" and classes - FORCE_SOURCES - {None}:
                return True
        if c.dep_ in {"compound", "amod", "poss"} and lex.classes.get(c.lemma_.lower()) in FORCE_SOURCES:
            return True
    return False


class SentenceInfo:
    """Per-sentence facts several events of the sentence need (computed lazily, once)."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex
        self._cues: list[Any] | None = None
        self._contexts: frozenset[str] | None = None
        self._riot: bool | None = None
        self._cue_tokens: list[tuple[Token, Any]] | None = None
        lemmas = {t.lemma_.lower() for t in tokens}
        self.lethal = bool(lemmas & lex.lethal)
        words = {t.lemma_.lower() for t in tokens if t.pos_ in {"NOUN", "VERB"} and t.ent_type_ != "DATE"}
        self.protest = bool(words & PROTEST_WORDS) or any(lex.classes.get(w) == "protester" for w in words)

    @property
    def riot(self) -> bool:
        """Does the sentence tell of violence by demonstrators -- a riot cue ("clashes", "set ablaze",
        "stone-throwing") not attributed to the forces or aimed at the demonstrators ("violence against
        protesters", "police violence")?"""
        if self._riot is None:
            self._riot = any(
                c.type == "PROTEST" and c.mode in RIOT_MODES and not _forces_cue(tok, self.lex)
                for tok, c in self.cue_tokens
            )
        return self._riot

    @property
    def cue_tokens(self) -> list[tuple[Token, Any]]:
        if self._cue_tokens is None:
            self._cue_tokens = cue_tokens(self.tokens, self.lex)
        return self._cue_tokens

    def victims(self, source: list[Token], class_of: Any) -> list[str]:
        """Classes of the people the sentence names besides the actor ("opened fire, scattering residents"):
        armed parties first (a fight), else the civilians hit."""
        own = {t.i for s in source for t in s.subtree}
        classes = [
            c
            for t in self.tokens
            if t.pos_ in {"NOUN", "PROPN"} and t.i not in own and (c := class_of(t)) in VICTIM_CLASSES
        ]
        return sorted(
            set(classes), key=lambda c: (c not in {"military", "armed", "police"}, classes.index(c))
        )

    @property
    def cues(self) -> list[Any]:
        if self._cues is None:
            self._cues = [cue for _, cue in self.cue_tokens]
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
    incident: str | None = None  # the ACLED protest-incident signal (acled_incidents.tsv)
    parties: frozenset[str] = frozenset()  # participant classes of all its participants
    riot_cue: bool = False  # its sentence tells of demonstrators' violence ("clashes", "stone-throwing")
    victim_class: str | None = None  # with no recipient: the class of the victims its sentence names
    # (role, pair kind, the actors read at the phrase): "the two sides" as its source or target
    pair_roles: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    more: list[Draft] = field(default_factory=list)  # later reports of the same happening, merged into it


def share_modes(drafts: list[Draft]) -> None:
    """One sentence, one incident: an ASSAULT with no weapon named takes the sentence's other ASSAULT's."""
    for d in drafts:
        if d.coded.type != "ASSAULT" or d.coded.mode is not None:
            continue
        other = next(
            (
                o
                for o in drafts
                if o is not d
                and o.sentence == d.sentence
                and o.coded.type == "ASSAULT"
                and o.coded.mode
                and o.coded.mode not in OWN_ACTS  # a weapon or a manner, not another act ("tried to kidnap")
            ),
            None,
        )
        if other is not None:
            d.coded.mode, d.coded.detail = other.coded.mode, other.coded.detail


def dedupe(drafts: list[Draft]) -> list[Draft]:
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


def merge_coreferent(state: DocState, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """One event per happening: a later report of an event already told is merged into it (its evidence
    kept in ``more``; what it adds -- a weapon, an actor, a recipient, a place -- filled in).

    A later report is (1) a definite nominal event that refers back ("Troops detained dozens of men. ...
    The government said the detentions were lawful"): same type and mode as an earlier event, no
    participant of its own the antecedent lacks -- a new one ("an attack on a convoy") or one with
    participants of its own ("the attack on the embassy") stays; or (2) an event of the same type
    whose patient is a definite noun naming what the earlier event was done to ("an attack on a military
    convoy ... The convoy was hit by a roadside bomb"), with no actor, weapon or date that contradicts it."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.cand.tok.i):
        o = _antecedent(d, out, lex)
        if o is None:
            out.append(d)
        else:
            _absorb(state, o, d)
    return out


def merge_headline(state: DocState, drafts: list[Draft]) -> list[Draft]:
    """A headline restates the lead: an event of the headline line is merged into the first event of
    the same type in the lead paragraph (its evidence kept in ``more``), one to one, unless their
    dates disagree, or the modes of a non-violent act ("expel" vs "close"); an attack's weapons may differ
    (a headline names them loosely, "bombs" for an air raid, "kills" for a suicide bombing). Headline
    events with no such counterpart stay."""
    lead = lead_sentences(state)
    if not lead:
        return drafts
    out = list(drafts)
    taken: set[int] = set()
    for d in [d for d in drafts if d.sentence == 0 and _factual(d)]:
        o = next(
            (
                o
                for o in sorted(drafts, key=lambda o: o.cand.tok.i)
                if o.sentence in lead
                and id(o) not in taken
                and o.coded.type == d.coded.type
                and _factual(o)
                # a headline's weapon word is loose ("bombs" for air strikes); other modes tell the act
                and (o.coded.type == "ASSAULT" or _same_weapon(o, d))
                and _same_day(o, d)
            ),
            None,
        )
        if o is not None:
            taken.add(id(o))
            out.remove(d)
            _absorb(state, o, d)
    return out


def lead_sentences(state: DocState) -> set[int]:
    """Indexes of the lead paragraph's sentences when the text opens with a headline line (a first line
    with no final punctuation, then a blank line); empty otherwise."""
    doc = state.doc
    sents = list(doc.sents)
    text = doc.text
    if len(sents) < 2:
        return set()
    head_end = sents[0].end_char
    rest = text[head_end:]
    if "\n" not in text[sents[0].start_char : head_end] + rest[: len(rest) - len(rest.lstrip())]:
        return set()
    if sents[0].text.rstrip(CLOSERS + "\n")[-1:] in FINAL:
        return set()
    para = text.find("\n\n", sents[1].end_char - 1)
    para = len(text) if para < 0 else para
    return {i for i, s in enumerate(sents) if i > 0 and s.start_char < para}


def _factual(d: Draft) -> bool:
    return not (d.marks.hypothetical or d.marks.negated)


def _antecedent(d: Draft, out: list[Draft], lex: Lexicon) -> Draft | None:
    earlier = [o for o in reversed(out) if o.sentence < d.sentence and o.coded.type == d.coded.type]
    earlier = [o for o in earlier if _factual(o)]
    if not earlier:
        return None
    if _anaphor(d, lex):
        for o in earlier:
            if (
                _loose_weapon(o, d)  # not a mode of its own ("were carried out with grenades")
                and set(d.source) <= set(o.source)
                and set(d.target) <= set(o.target)
            ):
                return o
    if not _factual(d):
        return None
    if _toll_report(d):
        return next(  # the victims need not be the attack's named target ("an attack on a base")
            (o for o in earlier if _same_day(o, d)),
            None,
        )
    themes = _definite_themes(d, lex)
    for o in earlier:
        if not _compatible(o, d):
            continue
        if themes and themes & _theme_lemmas(o):
            return o
    return None


TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def _toll_report(d: Draft) -> bool:
    """ "Ten civilians were killed", "several of the wounded": a casualty verb in the passive (or a
    participle) with no attacker named -- the toll of an attack already told, not a new attack."""
    tok = d.cand.tok
    if d.coded.type != "ASSAULT" or d.source or tok.lemma_.lower() not in TOLL_VERBS:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) or tok.tag_ == "VBN"
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _compatible(o: Draft, d: Draft) -> bool:
    """Nothing in ``d`` contradicts ``o``: the same weapon or none, actors that agree, the same day."""
    if not _same_weapon(o, d):
        return False
    if o.source and d.source and not set(o.source) & set(d.source):
        return False
    if o.target and d.target and not set(o.target) & set(d.target):
        return False
    return _same_day(o, d)


def _same_weapon(o: Draft, d: Draft) -> bool:
    """Do the two reports name the same weapon, or does one of them name none?"""
    return not (o.coded.mode and d.coded.mode and o.coded.mode != d.coded.mode)


def _loose_weapon(o: Draft, d: Draft) -> bool:
    """May the later nominal report ``d`` name ``o``'s weapon: none, the same, or one of the same family
    (``remote_weapon`` in ``words.tsv``: "detonated explosives ... the bombing")?"""
    if d.coded.mode in {o.coded.mode, None}:
        return True
    remote = word_lists().get("remote_weapon", frozenset())
    return o.coded.mode in remote and d.coded.mode in remote


def _same_day(o: Draft, d: Draft) -> bool:
    """Can the two reports be of one day: the same date, or not both dated in their own clauses?"""
    return _same_time(o, d) or not (_own_time(o) and _own_time(d))


def _own_time(d: Draft) -> bool:
    """Is ``d``'s date read from its own clause, not from a verb coordinated with it ("The convoy was hit
    ..., and a soldier died on Saturday")? A date read outside its sentence counts as its own."""
    when = d.when
    if when is None or when.inherited or when.start is None:
        return False
    return _in_clause(d, when.start) or not any(t.idx <= when.start < t.idx + len(t) for t in d.cand.tok.sent)


def _in_clause(d: Draft, offset: int) -> bool:
    """Is the character ``offset`` inside ``d``'s own phrase (its anchor's subtree without the clauses
    coordinated with or subordinate to it)?"""
    anchor = d.cand.anchor
    skip = {t.i for c in anchor.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
    return any(t.idx <= offset < t.idx + len(t) for t in anchor.subtree if t.i not in skip)


def _own_place(state: DocState, d: Draft) -> bool:
    if d.place is None:
        return False
    return any(_in_clause(d, m.start) for m in state.places.get(d.place).mentions)


CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "parataxis"})
THEME_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def _theme_lemmas(o: Draft) -> set[str]:
    """Nouns naming what ``o`` was done to: its object or passive subject, or the object of a preposition
    on it ("an attack on a military convoy": convoy)."""
    out: set[str] = set()
    for c in o.cand.anchor.children:
        heads = [c] if c.dep_ in THEME_DEPS else []
        if c.dep_ == "prep":
            heads = [x for x in c.children if x.dep_ == "pobj"]
        out |= {h.lemma_.lower() for h in heads if h.pos_ == "NOUN"}
    return out


def _definite_themes(d: Draft, lex: Lexicon) -> set[str]:
    """The definite nouns naming what ``d`` was done to ("The convoy was hit"): its passive subject or
    object with "the", "this", ..."""
    anchor = d.cand.anchor
    if anchor.pos_ not in {"VERB", "AUX"}:
        return set()
    return {
        c.lemma_.lower()
        for c in anchor.children
        if c.dep_ in {"nsubjpass", "dobj"}
        and c.pos_ == "NOUN"
        and any(x.dep_ == "det" and x.lower_ in lex.anaphoric_det for x in c.children)
        and not any(x.dep_ in {"amod", "compound", "prep"} for x in c.children)  # "the other convoy"
    }


def _absorb(state: DocState, o: Draft, d: Draft) -> None:
    o.more += [d, *d.more]
    if o.coded.mode is None and d.coded.mode is not None:
        o.coded.mode, o.coded.detail = d.coded.mode, d.coded.detail
    if not o.source and d.source:
        o.source, o.source_class = list(d.source), d.source_class
    o.target += [t for t in d.target if t not in o.target]
    o.target_class = o.target_class or d.target_class
    if o.place is None or (_own_place(state, d) and not _own_place(state, o)):
        o.place = d.place or o.place  # "near Gondar" on the later report, against a place of another clause
    o.when = o.when or d.when
    o.confidence = max(o.confidence, d.confidence)
    o.parties |= d.parties


def _anaphor(d: Draft, lex: Lexicon) -> bool:
    tok = d.cand.tok
    if tok.pos_ not in {"NOUN", "PROPN"} or d.cand.merged:
        return False
    # "the detentions"; a possessor names a known party too: "the pilot's release", "Mexico's cooperation"
    return any((c.dep_ == "det" and c.lower_ in lex.anaphoric_det) or c.dep_ == "poss" for c in tok.children)


def at_protest(o: Draft, lex: Lexicon) -> Token | None:
    """The protest where ``o`` happened: "detained during protests", "arrested while trying to hold a
    demonstration"."""
    verb = o.cand.anchor
    heads = [x for c in verb.children if c.dep_ == "prep" and c.lower_ in AT_PREPS for x in c.children]
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ == "while" for m in c.children):
            heads += [t for t in c.subtree if t.pos_ == "NOUN"]
    return next((h for h in heads if _demonstration_noun(h, lex)), None)


def _demonstration_noun(tok: Token, lex: Lexicon) -> bool:
    """ "protest", "rally", "march": a word that names a demonstration whoever holds it (not "clash")."""
    return any(e.type == "PROTEST" and not e.sclass for e in lex.entries(tok.lemma_.lower(), "N"))


AT_PREPS = frozenset({"during", "at", "amid", "amidst"})
MOB_CLASSES = frozenset({"mob", "civilian", "group", "worker", "person"})


def _against(o: Draft, p: Draft | None, lex: Lexicon) -> str | None:
    """Is ``o`` done to demonstrators (of protest ``p``)? By the state's forces ("force"; unattributed
    force too), by a crowd or civilians ("mob"); armed groups' attacks are no part of a protest."""
    if o.coded.type == "COERCE":  # arrests at the protest, not of activists who organise protests
        where = at_protest(o, lex)
        if where is not None and p is not None and where.i != p.cand.tok.i and where.i != p.cand.anchor.i:
            return None  # at another demonstration
        if where is None and o.target_class != "protester" and not (p and set(o.target) & set(p.source)):
            return None
        return "force"
    hit = (
        o.target_class == "protester"
        or ("protester" in o.parties and o.source_class != "protester")
        or o.coded.mode == "crowd-control"
        or (p is not None and bool(set(o.target) & set(p.source)))
        or ("protest-context" in o.coded.topics and not o.target)
    )
    if not hit:
        return None
    if o.source_class is None or o.source_class in FORCE_SOURCES:
        return "force"
    return "mob" if o.source_class in MOB_CLASSES else None


def _attempted(o: Draft, lex: Lexicon) -> bool:
    """Only tried ("protesters who tried to block a highway" before being dispersed): no road was blocked."""
    anchor = o.cand.anchor
    return (
        (anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in lex.attempt)
        or o.marks.hypothetical
        or o.marks.negated
    )


def _by_protesters(o: Draft, p: Draft | None, lex: Lexicon) -> bool:
    """Is ``o`` violence by demonstrators (or, unattributed, against the forces at a protest)?"""
    if o.coded.type == "PROTEST":
        return o.coded.mode in RIOT_MODES or ("roadblock" in o.coded.topics and not _attempted(o, lex))
    if o.coded.type != "ASSAULT":
        return False
    sources = set(p.source) if p is not None else set()
    if o.source_class == "protester" or bool(set(o.source) & sources):
        return True
    if "protester" in o.parties and "clash" in o.coded.topics:
        return True  # "clashes between police and protesters"
    if not o.source and o.target_class in FORCE_SOURCES:
        return True  # "projectiles were thrown at police"
    # violence at the protest by no one named ("violence boiled over"), but not gunfire
    return p is not None and not o.source and not o.target and o.coded.mode not in ARMED_MODES


ARMED_MODES = frozenset({"firearms", "heavy-weapons", "aerial", "drone", "explosives", "crowd-control"})


def _harmful(o: Draft, harm: frozenset[str]) -> bool:
    """Lethal, injuring or brutal force: firearms, beatings, or deaths, injuries or brutality in its
    sentence ("violently suppressed")."""
    if o.coded.mode in {"firearms", "heavy-weapons", "aerial", "drone", "explosives", "beat"}:
        return True
    return any(t.lemma_.lower() in harm for t in o.cand.tok.sent)


def _same_time(a: Draft, b: Draft) -> bool:
    if a.when is None or b.when is None or a.when.inherited or b.when.inherited:
        return True
    return a.when.date == b.when.date


def _within(o: Draft, p: Draft) -> bool:
    """Is ``o`` what protest ``p`` is about ("rallies against the execution of ...")?"""
    return o.cand.tok.i != p.cand.tok.i and any(o.cand.tok.i == t.i for t in p.cand.anchor.subtree)


INCIDENT_SPAN = 2  # sentences either side of a demonstration that belong to its incident


def resolve_protests(drafts: list[Draft], lex: Lexicon) -> None:
    """ACLED's protest decisions, taken for the whole incident: a demonstration and what is done by or
    to its demonstrators in the sentences around it (``acled_incidents.tsv``).

    Demonstrators who use violence or destroy property (clashes, stone-throwing, arson, vandalism, road
    blocks) make a violent demonstration even when the police intervene; force against peaceful
    demonstrators is excessive force when it kills or seriously injures, else an intervention (tear gas,
    dispersal, arrests at the protest). Every event of the incident gets the incident's ACLED type. Acts
    against demonstrators with no demonstration reported are an incident of their own.
    """
    for p in drafts:
        if p.coded.type != "PROTEST" or p.incident is not None:
            continue
        members = [p]
        violent = _by_protesters(p, p, lex) or p.riot_cue
        mob = False
        force: str | None = None
        for o in drafts:
            if o is p or o.incident is not None or abs(o.sentence - p.sentence) > INCIDENT_SPAN:
                continue
            if not _same_time(o, p) or _within(o, p):
                continue
            if o.coded.type == "PROTEST":
                violent = violent or _by_protesters(o, p, lex) or o.riot_cue
                members.append(o)
                continue
            if o.coded.type not in {"ASSAULT", "COERCE"}:
                continue
            kind = None if _by_protesters(o, p, lex) else _against(o, p, lex)
            if kind is None and not _by_protesters(o, p, lex):
                continue
            if kind is None:
                violent = True
            elif kind == "mob":
                mob = True
            else:
                harmful = _harmful(o, lex.harm)
                force = "lethal-force" if harmful or force == "lethal-force" else "force"
            members.append(o)
        signal = "protester-violence" if violent else "mob-violence" if mob else force or "none"
        for d in members:
            d.incident = signal
    for o in drafts:  # "police fired tear gas at protesters", "clashes between police and protesters"
        if (
            o.incident is None
            and o.coded.type in {"ASSAULT", "COERCE"}
            and (
                "protester" in o.parties
                or o.coded.mode == "crowd-control"
                or at_protest(o, lex)
                # "an activist was arrested during clashes" in a sentence about a protest
                or (o.coded.type == "COERCE" and o.riot_cue and "protest-context" in o.coded.topics)
            )
        ):
            kind = _against(o, None, lex)
            if _by_protesters(o, None, lex) or (o.riot_cue and kind != "mob"):
                o.incident = "protester-violence"
            elif kind == "mob":
                o.incident = "mob-violence"
            elif kind == "force":
                o.incident = "lethal-force" if _harmful(o, lex.harm) else "force"
