"""Argument heads that the sentence puts elsewhere than the parse says: who reported a sentence that
closes with its reporter ("..., a rights group charged"), and whom force is aimed at when its purpose
names them ("opened fire to disperse the demonstrators"); subjects that cannot act themselves."""

from __future__ import annotations

from facta.events.lexicon import Lexicon
from facta.events.syntax import Token

# Verbs that close a sentence with who reported it, besides the speech verbs: "..., a group charged".
CHARGES = frozenset({"charge", "allege", "protest", "complain", "accuse", "contend", "object", "say"})


def closing_verb(verb: Token, lex: Lexicon) -> bool:
    """A reporting verb with its subject after the sentence it reports: "X abused migrants, a human
    rights group charged" (also when the parser makes it a participle on its subject: "... group
    [charged]")."""
    speech = lex.modality.speech if lex.modality else frozenset()
    lemma = verb.lemma_.lower()
    if lemma not in speech and lemma not in CHARGES:
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "agent"} for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.i > verb.head.i:
        edge = verb.head.left_edge
    elif verb.dep_ in {"advcl", "parataxis", "ccomp"} and verb.head.i == verb.sent.root.i < verb.i:
        edge = verb.left_edge
    else:
        return False
    if any(t.is_alpha for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end]):
        return False  # the sentence goes on
    if edge.text in {",", "--", "-"}:
        return True
    return edge.i > verb.sent.start and verb.doc[edge.i - 1].text in {",", "--", "-"}


def closing_reporter(tok: Token, lex: Lexicon) -> bool:
    """``tok`` is the reporter of the sentence, misparsed as an argument: "..., a group charged"."""
    return any(closing_verb(c, lex) for c in tok.children)


# Purposes of force whose object is the one the force is used against ("fired to disperse the crowd").
REPEL = frozenset({"disperse", "scatter", "repel", "quell", "suppress", "break", "push", "drive", "subdue"})


def repelled(verb: Token) -> list[Token]:
    """Whom force is used against, named in its purpose: "opened fire to disperse the demonstrators",
    "fired tear gas to break up the march" -> the demonstrators, the march's marchers (if an actor)."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "xcomp"} or clause.lemma_.lower() not in REPEL:
            continue
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            out += [o for o in clause.children if o.dep_ == "dobj"]
    return out


def inert(tok: Token, lex: Lexicon, is_actorish: object) -> bool:
    """A subject that cannot act itself: no participant, or an event noun ("the rally", "the attack")."""
    if not is_actorish(tok):  # type: ignore[operator]
        return True
    return tok.pos_ == "NOUN" and bool(lex.entries(tok.lemma_.lower(), "N"))
