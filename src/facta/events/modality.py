"""Modality of an event mention: negated, hypothetical, conditional, future, historical.

The rules read the dependency parse around the trigger (or its light verb):

* negated: ``not``/``never`` on the trigger or its auxiliary, "failed to", a ``no`` determiner
  ("no shots were fired");
* future: ``will``/``shall``, "is to", "plans/intends/is set/is expected to", future-marking
  adjectives on nominal events ("the planned talks"), ``would`` under a reporting verb
  ("said it would withdraw") and time expressions after the publication date;
* conditional: the event's clause carries an ``if``/``unless``/``as long as`` adverbial clause
  ("would withdraw its troops if the blockade were lifted");
* hypothetical: ``could``/``might``/``may``, ``would`` outside reported speech, or the event is
  itself the condition ("if the blockade were lifted"), or a nominal event of no particular occasion
  ("any attack", "an attack would be unacceptable");
* historical: the event's time expression lies a year or more before the publication date, or an
  explicit "... years ago".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facta.events.lexicon import ModalityCues
from facta.events.syntax import Token, ancestors_upto
from facta.model import When


@dataclass
class Marks:
    negated: bool = False
    hypothetical: bool = False
    conditional: bool = False
    future: bool = False
    historical: bool = False
    speech: bool = False  # inside reported speech (a clause under say/tell/announce ...)
    speech_verb: Token | None = None  # the reporting verb, when there is one
    intent: bool = False  # future through an intent verb ("plans to", "decided to")
    deontic: bool = False  # "must", "should", "has to"
    condition: bool = False  # a condition, purpose or option weighed: no act of its own, no offer
    generic: bool = False  # a habit or description, no event: "men who shell markets"
    term: bool = False  # a term of an agreement: "under the deal, Iran will reduce its stockpile"

    @property
    def uncertain(self) -> bool:
        """Not reported as having happened."""
        return self.negated or self.hypothetical or self.conditional or self.future


def _aux_words(tok: Token) -> list[Token]:
    """Auxiliaries and negations on the verb group of ``tok`` (incl. a copula head for adjectives)."""
    group = [tok]
    if tok.dep_ in {"acomp", "attr"} or tok.pos_ == "ADJ":
        group.append(tok.head)
    out: list[Token] = []
    for g in group:
        out.extend(c for c in g.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"})
    return out


def _is_condition(clause: Token, cues: ModalityCues) -> bool:
    """``clause`` (an adverbial clause head) opens with if/unless/as long as/on condition that."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    if any(m.lower_ in cues.conditional for m in marks):
        return True
    left = " ".join(t.lower_ for t in clause.doc[clause.left_edge.i : clause.i])
    if any(left.startswith(phrase) for phrase in cues.conditional if " " in phrase):
        return True
    doc = clause.doc
    for m in marks:  # "as long as": the parser may hang "as long" elsewhere; read the words before the mark
        for phrase in cues.conditional:
            words = phrase.split()
            start = m.i - len(words) + 1
            if len(words) > 1 and start >= 0 and [t.lower_ for t in doc[start : m.i + 1]] == words:
                return True
    return False


def _conditional_clause(tok: Token, cues: ModalityCues) -> bool:
    """``tok`` carries an if/unless/as-long-as clause (also through "as long": "..., as long as X")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
    return any(c.dep_ == "advcl" and _is_condition(c, cues) for h in heads for c in h.children)


def _inside_condition(tok: Token, cues: ModalityCues) -> bool:
    node = tok
    for anc, dep in ancestors_upto(tok, 6):
        if dep == "advcl" and _is_condition(node, cues):
            return True
        if dep in {"ROOT", "relcl"}:
            return False
        node = anc
    return False


def speech_verb(tok: Token, cues: ModalityCues) -> Token | None:
    """The reporting verb whose report contains ``tok`` ("said it would ...", "..., he said")."""
    for anc, dep in ancestors_upto(tok, 5):
        if dep in {"ccomp", "xcomp", "conj", "advcl"} and anc.lemma_.lower() in cues.speech:
            return anc
        if dep == "ROOT":
            break
    for c in tok.children:  # "..., the minister said." (the reporting verb hangs off the event clause)
        if c.dep_ in {"parataxis", "ccomp"} and c.lemma_.lower() in cues.speech:
            return c
    return None


def _possibility_of(anchor: Token, cues: ModalityCues) -> bool:
    """An event named as what may happen: "the possibility of providing experts", "the prospect of talks"."""
    if anchor.dep_ not in {"pobj", "pcomp"} or anchor.head.lower_ != "of":
        return False
    return anchor.head.head.lemma_.lower() in cues.hypothetical_noun


def _governors(tok: Token) -> list[Token]:
    """Verbs governing ``tok`` through infinitival complements ("plans to attack" -> plan)."""
    out: list[Token] = []
    node = tok
    while node.dep_ in {"xcomp", "acomp", "pcomp"} and node.head.i != node.i and len(out) < 4:
        node = node.head
        out.append(node)
    return out


def term_of_agreement(anchor: Token, cues: ModalityCues) -> bool:
    """Is the event a term of an agreement -- its clause (or a clause it is coordinated with or the
    complement of) carries "under" + an agreement noun: "Under the deal, Iran will reduce its stockpile
    and accept inspections", "under its terms, Israel will ease the blockade"? What a deal binds a
    party to is no offer or threat of that party's own."""
    node = anchor
    for _ in range(5):
        for c in node.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "under"
                and any(o.dep_ == "pobj" and o.lemma_.lower() in cues.term_noun for o in c.children)
            ):
                return True
        if node.dep_ not in {"conj", "xcomp", "dobj", "nsubjpass", "nsubj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def agreement_frame(tok: Token, cues: ModalityCues) -> bool:
    """An agreement noun under "under" ("released under a separate deal", "under the accord, ...") names
    the agreement an act fulfils, not an agreement being made: no event of its own."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.lemma_.lower() in cues.term_noun
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "under"
    )


def deontic_clause(clause: Token, cues: ModalityCues) -> bool:
    """ "(that) Iraq must cooperate", "(that) Libya has to hand over ..." """
    if any(c.dep_ == "aux" and c.lower_ in cues.deontic for c in clause.children):
        return True
    return clause.lemma_.lower() in cues.deontic_verbs and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children
    )


def generic_clause(verb: Token) -> bool:
    """A relative clause in the simple present describes what someone does, not an event: "men who shell
    markets", "a group that kidnaps foreigners" (news reports events in the past or the perfect)."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in {"VBP", "VBZ"}
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)
    )


def background_mention(anchor: Token, cues: ModalityCues) -> bool:
    """A mention that describes or characterises rather than reports an act: a characterising
    participle ("the harbour, praised as a model of reconstruction"), a bare action noun characterised by a
    copula ("looting had been a hallmark of the militia's rule"), or anything inside a comparison
    adjunct ("unlike X, who has announced the destruction of Y, ..."). The act, if it is news, is told
    by a clause of its own."""
    if _described(anchor):
        return True
    if (
        anchor.pos_ == "NOUN"
        and anchor.dep_ == "nsubj"
        and anchor.head.lemma_ == "be"
        and any(c.dep_ in {"attr", "acomp"} for c in anchor.head.children)
        and not any(c.dep_ in {"det", "poss", "prep", "nummod"} for c in anchor.children)
    ):
        return True
    return any(a.dep_ == "prep" and a.lower_ in cues.comparison for a in anchor.ancestors)


def _described(anchor: Token) -> bool:
    """A participle that characterises its noun: "the harbour, praised as a model of rebuilding". (Other
    reduced relatives are kept: on our gold stories they carry news as often as background -- "no number
    for the prisoners set free".) Not in a verbless parse, nor with an agent, an object or a date of
    its own: then it may be the news."""
    return (
        anchor.dep_ == "acl"
        and anchor.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and anchor.sent.root.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"agent", "dobj"} for c in anchor.children)
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in anchor.subtree)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in anchor.children)
    )


def _abstained(anchor: Token, cues: ModalityCues) -> bool:
    """ "refrained from attacking", "held off from an assault on the port", "stopped short of invading":
    the object of an abstention was not done (also when the abstention verb was read as the light verb of
    the event noun)."""
    own = {
        f"{anchor.lemma_.lower()} {c.lower_}" for c in anchor.children if c.dep_ in {"prt", "advmod", "acomp"}
    }
    if (own | {anchor.lemma_.lower()}) & cues.abstain:
        return True
    node = anchor
    for _ in range(3):
        if node.dep_ not in {"pobj", "pcomp"} or node.head.dep_ != "prep":
            if (
                node.dep_ in {"dobj", "xcomp"} and node.head.i != node.i
            ):  # "refrained from launching an attack"
                node = node.head
                continue
            return False
        prep = node.head
        if prep.lower_ not in {"from", "on", "of"}:
            return False
        verb = prep.head
        keys = {verb.lemma_.lower()}
        if verb.dep_ in {"advmod", "prt", "acomp"} and verb.head.i != verb.i:  # "stopped short of"
            keys.add(f"{verb.head.lemma_.lower()} {verb.lower_}")
        keys |= {
            f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod", "acomp"}
        }
        return bool(keys & cues.abstain)
    return False


def _done_purpose(anchor: Token, cues: ModalityCues) -> bool:
    """A purpose infinitive of a past act of coming out or sending in reports what was done: "its fighters
    emerged from the forest to kill 40 villagers", "the air force has sent in jets to bomb the town"."""
    head = anchor.head
    if head.lemma_.lower() not in cues.dispatch:
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass", "neg"}}
    if head.tag_ == "VBD":
        return not auxes & (cues.negation | {"did", "not", "n't", "never"})
    return (
        head.tag_ == "VBN"
        and bool(auxes & {"has", "have", "had"})
        and not auxes & (cues.hypothetical | cues.negation)
    )


def _capability(tok: Token, cues: ModalityCues) -> bool:
    """ "capable of launching", "the ability to strike": what someone can do, not what they did."""
    for anc, dep in ancestors_upto(tok, 3):
        if dep not in {"pcomp", "pobj", "prep", "xcomp", "acl"}:
            return False
        if anc.lemma_.lower() in cues.capability:
            return True
    return False


ATTITUDE_STEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "dobj", "acomp", "advcl"})


def _attitude(tok: Token, cues: ModalityCues) -> bool:
    """ "hoped for more talks", "skeptical the program would meet the deadline", "expressed pessimism over
    holding negotiations": what one hopes for, doubts or is optimistic about is not reported as done."""
    for anc, dep in ancestors_upto(tok, 4):
        if dep not in ATTITUDE_STEPS:
            return False
        low = anc.lower_
        forms = (
            {anc.lemma_.lower(), low, low[:-1], low[:-2], low[:-3]}
            if low.endswith(("ed", "es", "ing"))
            else None
        )
        if (forms or {anc.lemma_.lower(), low}) & cues.attitude:  # ("hoped" may be lemmatized "hop")
            return True
    return False


def _supposed(anchor: Token, cues: ModalityCues) -> bool:
    """A nominal event of no particular occasion: "any attack", or the subject of a modal predicate
    ("an attack on the embassy would be unacceptable"): supposed, not reported as done."""
    if any(c.dep_ == "det" and c.lower_ in cues.hypothetical_det for c in anchor.children):
        return True
    if anchor.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    auxes = [c for c in anchor.head.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ == "have" for a in auxes):
        return False  # "the strike could have killed dozens": it happened
    return any(a.lower_ in cues.counterfactual for a in auxes)


def _reported_past(anchor: Token) -> bool:
    """ "Hackers may have launched attacks": "may have" + participle doubts who did a past act, not
    whether it happened -- the act is reported, unlike "could attack" or "could have killed hundreds"."""
    own = {a.lower_ for a in _aux_words(anchor)}
    return anchor.tag_ == "VBN" and "may" in own and "have" in own


def marks_for(anchor: Token, tokens: list[Token], cues: ModalityCues) -> Marks:
    """Modality of an event whose trigger group is ``anchor`` (+ absorbed ``tokens``)."""
    m = Marks()
    m.generic = generic_clause(anchor) or background_mention(anchor, cues)
    m.speech_verb = speech_verb(anchor, cues)
    m.speech = m.speech_verb is not None
    auxes = _aux_words(anchor)
    govs = _governors(anchor)
    for g in govs:
        auxes.extend(_aux_words(g))
    words = {a.lemma_.lower() for a in auxes} | {a.lower_ for a in auxes}
    if any(a.dep_ == "neg" for a in auxes) or words & cues.negation:
        m.negated = True
    failed_noun = (
        anchor.dep_ == "acl" and anchor.head.lemma_.lower() in cues.failure
    )  # "the failure to offer"
    if failed_noun and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in anchor.head.children
    ):
        m.generic = True  # "the failure in the region to offer an alternative": a judgement, no one's act
    if any(g.lemma_.lower() in cues.failure for g in govs) or failed_noun or _abstained(anchor, cues):
        m.negated = True
    if anchor.pos_ in {"NOUN", "PROPN"}:
        dets = {c.lower_ for c in anchor.children if c.dep_ in {"det", "neg"}}
        if dets & {"no"}:
            m.negated = True
        if any(c.dep_ == "amod" and c.lemma_.lower() in cues.future_adj for c in anchor.children):
            m.future = True
        if any(c.dep_ == "amod" and c.lower_ in cues.hypothetical_adj for c in anchor.children):
            m.hypothetical = m.condition = True  # "possible investments": only thought of
        if not m.negated and _supposed(anchor, cues):
            m.hypothetical = m.condition = True  # "any use of chemical weapons would cross a red line"
    if words & cues.future_aux:
        m.future = True
    if any(g.lemma_.lower() in cues.future_verbs for g in govs):
        m.future = True
    if any(g.lemma_.lower() in cues.intent for g in govs):
        m.future = m.intent = True
    if _possibility_of(anchor, cues):
        m.hypothetical = m.condition = True  # "the possibility of transferring helicopters": only thought of
    if _attitude(anchor, cues):
        m.hypothetical = m.condition = True
    if _capability(anchor, cues):
        m.hypothetical = m.condition = True  # "hackers capable of launching cyber attacks": an ability
    if any(g.lemma_.lower() in cues.deliberate for g in govs):
        m.hypothetical = m.condition = True  # "is considering sending aid": an option, not an offer
    if words & cues.deontic or any(g.lemma_.lower() in cues.deontic_verbs for g in govs[:1]):
        m.deontic = True
    if any(g.lemma_.lower() == "be" and anchor.dep_ == "xcomp" for g in govs[:1]):
        m.future = True  # "is to visit"
    m.term = term_of_agreement(anchor, cues)
    would = "would" in words or "'d" in words
    conditional = any(_conditional_clause(t, cues) for t in {anchor, *govs, *tokens})
    if conditional:
        m.conditional = True
    if _inside_condition(anchor, cues):
        m.hypothetical = m.condition = True
    if (
        anchor.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
        and not _done_purpose(anchor, cues)
    ):
        # a purpose ("went there to fight", "fired tear gas to disperse them") is intended, not reported
        # as done -- and no offer or threat of its own
        m.hypothetical = m.condition = True
    if words & cues.hypothetical - {"would"} and not _reported_past(anchor):
        m.hypothetical = True
    if would:
        if m.speech or conditional:
            m.future = True
        else:
            m.hypothetical = True
    return m


def time_marks(m: Marks, when: When | None, published: str | None, anchor: Token, cues: ModalityCues) -> None:
    """Future / historical from the resolved time of the event and "ago"-style cues."""
    if published and (when is None or when.inherited or not when.date):
        _year_marks(m, anchor, published)
    if when is not None and when.date and not when.inherited and published:
        try:
            day = dt.date.fromisoformat(when.date[:10])
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            return
        if day > pub and when.precision in {"day", "week", "month"}:
            m.future = True
        elif (pub - day).days >= 365 and not (when.end_date and when.end_date >= published):
            m.historical = True
    for t in anchor.subtree:  # "began the offensive two years ago"
        if t.lower_ in cues.historical and any(c.lower_ in {"years", "decades"} for c in t.subtree):
            m.historical = True


def _year_marks(m: Marks, anchor: Token, published: str) -> None:
    """An explicit year on the event's own clause ("fought a war in 1982") when no date was resolved."""
    try:
        pub_year = int(published[:4])
    except ValueError:
        return
    for tok in anchor.subtree:
        if tok.ent_type_ != "DATE" or not (tok.is_digit and len(tok.text) == 4):
            continue
        year = int(tok.text)
        if 1800 <= year < pub_year:
            m.historical = True
        elif pub_year < year <= 2200:
            m.future = True
        return
