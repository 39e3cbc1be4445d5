"""Small helpers over spaCy's dependency parse (English, ClearNLP labels as in en_core_web_*)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

Token = Any  # spacy.tokens.Token

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})


@functools.cache
def _words(name: str) -> frozenset[str]:
    """A word list of ``events/words.tsv`` (read through the lexicon module on first use): control_noun
    (nouns whose infinitive's understood subject is their holder: "the rebels' decision to disarm"),
    stating_verb (verbs that state a holder's own intention or decision: "announced its decision to
    ..."; with other verbs, "welcomed their decision to ...", the holder is someone else), object_control
    (verbs whose object is the understood subject of their infinitive: "urged Iran to withdraw")."""
    from facta.events.lexicon import word_lists  # the lexicon module owns words.tsv

    return word_lists().get(name, frozenset())


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return True
    # reduced passive participle: "a convoy attacked by gunmen", "those held without charge" -- unless the
    # noun it hangs on heads no clause of its own ("Palestinian youths resorted to ...": a finite verb)
    return bool(
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod"}
        and not children(verb, "aux")
        and not misparsed_finite(verb)
    )


def misparsed_finite(verb: Token) -> bool:
    """A finite verb parsed as a participle modifying its subject (headlines, "..., a group protested")."""
    if verb.dep_ != "acl":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.head.dep_ in {"ROOT", "appos"} and verb.i > verb.head.i:
        return True
    if verb.i > verb.head.i and (nominal_root(verb) is not None or _before_report(verb)):
        return True
    # "The leader of X, Amos Dere, offered on Tuesday to open talks ...": a named subject in apposition,
    # a comma, then a verb with a complement of its own
    doc = verb.doc
    return (
        verb.i > verb.head.i
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "appos" for c in verb.head.children)
        and any(
            c.dep_ in {"dobj", "ccomp", "xcomp"}
            or (c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))
            for c in verb.children
        )
    )


# Reporting verbs that close a sentence ("..., officials said"): the clause before them is the report.
CLOSING_REPORT = frozenset(
    {"say", "tell", "report", "add", "claim", "state", "announce", "confirm", "allege"}
)


def nominal_root(verb: Token) -> Token | None:
    """The subject of a finite verb the parser made a participle inside a verbless sentence's subject:
    "Doctors from two aid groups donated ... goods to the school" (root: Doctors)."""
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    node = verb.head
    while node.i != root.i:
        if node.dep_ not in {"pobj", "prep", "compound", "conj", "appos", "nmod"}:
            return None
        node = node.head
    return root


def _before_report(verb: Token) -> bool:
    """ "Palestinian youths resorted to throwing stones ..., officials said": the participle's noun is the
    subject of a reporting verb that comes after the participle's phrase and a comma."""
    head = verb.head
    report = head.head
    if head.dep_ != "nsubj" or report.lemma_.lower() not in CLOSING_REPORT or report.i <= verb.right_edge.i:
        return False
    return any(t.text == "," for t in verb.doc[verb.right_edge.i : report.i])


CONTRAST = frozenset({"but", "yet", "whereas", "while"})


def contrastive(conj: Token) -> bool:
    """A conjunct joined by "but"/"yet" ("X offered ..., but Y, ..., dismissed"): another clause's subject
    the parser attached to the first noun -- unless "not (only) X but (also) Y"."""
    between = conj.doc[conj.head.i + 1 : conj.i]
    if not any(t.dep_ == "cc" and t.lower_ in CONTRAST and t.head.i == conj.head.i for t in between):
        return False
    before = conj.doc[max(conj.head.left_edge.i - 2, 0) : conj.head.i]
    return not any(t.lower_ in {"not", "only", "merely", "just"} for t in before)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Russia and China" -> [Russia, China])."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj" and not contrastive(c)]
    while stack:
        c = stack.pop(0)
        if c.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"} or tok.pos_ == c.pos_:
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj" and not contrastive(x))
    return out


def _clause_subject(subj: Token, verb: Token) -> Token:
    """The subject of ``verb`` when the parser coordinated two clauses' subjects across "but":
    "The leader, X, offered ..., but the minister, Y, dismissed it" -> minister for "dismissed"."""
    nodes = [subj, *(a for a in subj.children if a.dep_ == "appos")]
    for node in nodes:
        for c in node.children:
            if c.dep_ == "conj" and c.i < verb.i and contrastive(c):
                return c
    return subj


def finite_after_base(verb: Token) -> bool:
    """A finite verb coordinated with a bare or to-infinitive complement: "demanded that the government
    reverse X and threatened a strike" -- "threatened" continues the main clause, not the complement."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ"}
        and head.tag_ == "VB"
        and head.dep_ in {"ccomp", "xcomp"}
        and not any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "would", "shall"} for c in head.children
        )
    )


NON_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs attached to ``tok`` for the given prepositions (not "on Sunday")."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in preps:
            out.extend(
                (c.lower_, o)
                for o in c.children
                if o.dep_ in {"pobj", "pcomp"} and o.ent_type_ not in NON_PARTICIPANT_ENTS
            )
    return out


def pobj_all(tok: Token) -> list[tuple[str, Token]]:
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"}:
            out.extend((c.lower_, o) for o in c.children if o.dep_ in {"pobj", "pcomp"})
    return out


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The (active) subject of ``verb``, inherited through control, coordination and participles."""
    if depth > 4:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    before = [c for c in subjects if c.i < verb.i]
    subj = before[-1] if before else next(iter(subjects), None)  # two subjects (a misparse): the nearer
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return _clause_subject(subj, verb)
    if any(c.dep_ in PASS_SUBJ for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    dep = verb.dep_
    if dep == "xcomp":
        if head.lemma_.lower() in _words("object_control"):
            obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
            if obj is not None:
                return obj
        return subject_of(head, depth + 1)
    if dep == "conj":
        if finite_after_base(verb):
            return subject_of(head.head, depth + 1)
        if head.pos_ in {"VERB", "AUX"}:
            return subject_of(head, depth + 1)
        return None
    if dep == "acomp":  # "ready to mediate": the subject of the copula
        return subject_of(head, depth + 1)
    if dep in {"advcl", "ccomp"} and verb.tag_ == "VBG":
        return subject_of(head, depth + 1)
    if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject_of(head, depth + 1)  # "offered on Tuesday to open talks"
    if dep == "acl" and (verb.tag_ in {"VBD", "VBZ", "VBP"} or misparsed_finite(verb)):
        return nominal_root(verb) or head  # a finite verb mis-attached to its subject
    if dep == "acl" and verb.tag_ == "VBG":
        return head  # "protesters demanding reforms"
    if (
        dep == "acl"
        and head.lemma_.lower() in _words("control_noun")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return noun_holder(head, depth)
    if dep == "relcl":
        return head
    if dep == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(head.head, depth + 1)  # "by attacking", "after meeting"
    if dep == "pcomp" and head.head.pos_ == "ADJ" and head.head.dep_ in {"acomp", "amod"}:
        adj = head.head  # "X are guilty of violating", "militants responsible for killing"
        return subject_of(adj.head, depth + 1) if adj.dep_ == "acomp" else adj.head
    return None


def noun_holder(noun: Token, depth: int = 0) -> Token | None:
    """Who holds an intention, plan or decision noun: its possessor ("the army's decision"), else the
    subject of a verb that states it ("Rebels announced their intention")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        return poss
    gov = noun.head
    stating = gov.pos_ in {"VERB", "AUX"} and gov.lemma_.lower() in _words("stating_verb")
    if noun.dep_ in {"dobj", "attr"} and stating:
        return subject_of(gov, depth + 1)
    return None


def passive_target(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in PASS_SUBJ]
    if not out and verb.dep_ in {"acl", "amod"} and verb.tag_ == "VBN":
        out = [verb.head]
    if not out and verb.dep_ == "conj" and is_passive(verb.head):
        out = [c for c in verb.head.children if c.dep_ in PASS_SUBJ]
    if out and out[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        return [verb.head]
    return out


def agent_of(verb: Token) -> list[Token]:
    out: list[Any] = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            out.extend(o for o in c.children if o.dep_ == "pobj")
    return out


def semicolon_clause(tok: Token) -> bool:
    """A clause the parser made the complement of a verb that follows it across a semicolon: two
    headlines in one line ("Police kill three gunmen after siege; minister blames rival") are two
    independent clauses, the first no report of the second."""
    head = tok.head
    return (
        tok.dep_ in {"ccomp", "advcl"}
        and tok.i < head.i
        and any(c.text == ";" and tok.i < c.i < head.i for c in head.children)
    )


def clause_dep(tok: Token) -> str:
    """The dependency label of ``tok``, read as ``parataxis`` for a :func:`semicolon_clause`."""
    return "parataxis" if semicolon_clause(tok) else tok.dep_


def ancestors_upto(tok: Token, limit: int) -> Iterator[tuple[Token, str]]:
    """(ancestor, dependency label of the step into it) going up the tree; a clause joined by a
    semicolon to the verb it precedes is a parataxis (:func:`semicolon_clause`)."""
    node = tok
    for _ in range(limit):
        if node.head.i == node.i:
            return
        yield node.head, clause_dep(node)
        node = node.head


def depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def np_tokens(head: Token) -> list[Token]:
    """The head and its pre-modifiers that name a participant ("armed Hamas gunmen")."""
    keep = {"compound", "amod", "nmod", "poss", "nummod", "quantmod"}
    toks = [head, *[c for c in head.lefts if c.dep_ in keep]]
    for c in list(toks):
        toks.extend(g for g in c.lefts if g.dep_ in {"compound", "amod", "case", "advmod"})
    return sorted(set(toks), key=lambda t: t.i)


def responsible_party(noun: Token, words: frozenset[str]) -> Token | None:
    """Who a predicate of responsibility holds to account for a nominal event: "the cartel has been
    responsible for mass killings", "Tehran was behind the attack", "the group responsible for the
    bombing", "the men are guilty of the murder" (``words``: responsible, guilty, behind ...)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "of", "behind"}:
        return None
    prep = noun.head
    pred = prep.head
    if prep.lower_ == "behind":
        if "behind" not in words or pred.lemma_.lower() != "be":
            return None
        return next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if pred.pos_ != "ADJ" or pred.lemma_.lower() not in words:
        return None
    own = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    if pred.dep_ == "acomp":
        return next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    if pred.dep_ in {"amod", "acl"} and pred.head.pos_ in {"NOUN", "PROPN"}:
        return pred.head  # "the group responsible for the bombing"
    return None


def told_as_background(tok: Token) -> bool:
    """Is the trigger ``tok`` told as background to its sentence's report: inside a relative or
    participial clause on a noun ("the rebels, who seized the town last year, ..."), an "after/amid X"
    phrase, or a clause of cause or time ("because fighting broke out", "after talks collapsed")? The
    words are the ``background_prep`` and ``background_mark`` lists of ``events/words.tsv``."""
    preps = _words("background_prep")
    marks = preps | _words("background_mark")
    steps = 0
    while tok.head.i != tok.i and steps < 40:
        if (
            tok.dep_ in {"relcl", "acl"}
            and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}
            and tok.head.dep_ != "ROOT"  # a noun parsed as the root: its clause is the sentence's predicate
            and not misparsed_finite(tok)
        ):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            return True
        tok = tok.head
        steps += 1
    return False
