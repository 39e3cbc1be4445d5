"""Linking the triggers of a sentence along the dependency tree (see :mod:`facta.events.triggers`).

* a *frame* ("threatened", "demanded", "offered", "accused") absorbs the triggers in its complement
  as its content: "threatened to attack the town" is one THREATEN event, not an ASSAULT;
* a *reverse* trigger ("lifted", "halted", "called off") absorbs what it ends;
* two triggers of the same type in one clause ("shelled ..., killing three") are merged, and so is a
  relative clause telling what a nominal event did ("an attack on a convoy that killed four");
* a nominal trigger under on/about/over another trigger is its topic ("talks on a ceasefire").
"""

from __future__ import annotations

from facta.events.lexicon import Lexicon
from facta.events.syntax import Token, ancestors_upto, finite_after_base
from facta.events.triggers import Candidate

# A trigger that is the object of these prepositions under another trigger is that trigger's topic:
# "talks on a ceasefire", "protests over the killing".
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Steps along which a frame takes a trigger as its content.
ABSORB = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "acl",
        "nsubjpass",
        "attr",
        "oprd",
        "compound",
        "amod",
        "appos",
        "dative",
        "csubj",
        "nmod",
        "acomp",
        "npadvmod",
    }
)
# Steps along which two triggers of the same type are one event.
MERGE = frozenset(
    {
        "conj",
        "advcl",
        "xcomp",
        "prep",
        "pobj",
        "nsubj",
        "nsubjpass",
        "dobj",
        "acl",
        "compound",
        "amod",
        "pcomp",
        "npadvmod",
        "agent",
        "ccomp",
    }
)
BARRIER = frozenset({"relcl", "parataxis", "ROOT", "appos", "meta"})


def _absorbing_path(path: list[str]) -> bool:
    """Do the steps up from a trigger lead into a frame's complement? A conjunct of the complement is
    part of it ("accused X of organising and financing the attack"), but a verb coordinated with the
    frame itself is not ("accused X and attacked Y")."""
    return path[-1] in ABSORB and all(d in ABSORB or d == "conj" for d in path)


def link_candidates(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Absorb content into frames, merge same-type triggers; return the top-level candidates."""
    at: dict[int, Candidate] = {}
    for c in cands:
        at.setdefault(c.tok.i, c)
    for c in cands:
        if c.support is not None and c.support.i not in at:
            at[c.support.i] = c
    for c in cands:  # a noun whose light verb is itself a trigger belongs to that trigger
        g = at.get(c.support.i) if c.support is not None else None
        if g is not None and g is not c and c.support is not None and g.tok.i == c.support.i:
            c.parent = g
            (g.content if g.role in {"frame", "reverse"} else g.merged).append(c)
    depths = {id(c): _depth(c.anchor) for c in cands}
    for c in sorted(cands, key=lambda c: -depths[id(c)]):
        if c.parent is not None:
            continue
        g = _event_of_relative(c, at)
        if g is not None:
            c.parent, c.event_relative = g, True
            g.merged.append(c)
            continue
        path: list[str] = []
        for anc, dep in ancestors_upto(c.anchor, 7):
            path.append(dep)
            g = at.get(anc.i)
            if g is None or g is c or g.parent is c:  # a noun already merged into c (its light verb)
                if dep in BARRIER:
                    break
                continue
            absorbs = (
                g.role in {"frame", "reverse"}
                and (_absorbing_path(path) or path == ["advcl"])
                and _absorbable(c, path, g)
            )
            if absorbs or _is_topic_of(c, g, path) or _protest_demand(c, g, path):
                c.parent = g
                g.content.append(c)
            elif (
                c.role == "event"
                and g.role == "event"
                and g.type == c.type
                and all(d in MERGE for d in path)
                and not _own_subject(c, path)
                and not _sequenced(c, path)
            ):
                c.parent = g
                g.merged.append(c)
            break
    _absorb_conjuncts(cands)
    return [c for c in cands if c.parent is None]


def _event_of_relative(c: Candidate, at: dict[int, Candidate]) -> Candidate | None:
    """ "an attack on a military convoy that killed four soldiers": a that/which clause on the object of
    a nominal event, telling what the event did, belongs to the event (the convoy killed no one)."""
    verb = c.anchor
    if c.role != "event" or verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(ch.dep_ == "nsubj" and ch.lower_ in {"that", "which"} for ch in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    g = at.get(noun.head.head.i)
    if g is None or g is c or g.role != "event" or g.type != c.type or g.tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    return g


def _absorb_conjuncts(cands: list[Candidate]) -> None:
    """A conjunct of a frame's content is content too: "called for talks and a ceasefire"."""
    changed = True
    while changed:
        changed = False
        for c in cands:
            if c.parent is not None or c.tok.dep_ != "conj" or _own_subject(c, ["conj"]):
                continue
            if finite_after_base(c.tok):  # "demanded that X reverse ... and threatened a strike"
                continue
            g = next((x for x in cands if x.tok.i == c.tok.head.i), None)
            while g is not None and g.parent is not None and g in g.parent.merged:
                g = g.parent
            if g is not None and g.parent is not None and g in g.parent.content:
                c.parent = g.parent
                g.parent.content.append(c)
                changed = True


# Prepositions that introduce a frame's content ("called for sanctions", "accused of killing"), as opposed to
# adjuncts ("in the wake of the execution", "after the attack").
CONTENT_PREPS = frozenset(
    {"for", "of", "to", "on", "upon", "against", "with", "about", "over", "from", "into", "as"}
)


def _absorbable(c: Candidate, path: list[str], g: Candidate) -> bool:
    # a clause of its own is not content: "X demanded talks, saying ...", "X threatened Y and attacked Z";
    # an infinitival adverbial right under the frame is its complement ("offered on Tuesday to open talks")
    if path[0] == "advcl":
        return len(path) == 1 and _infinitival(c.anchor)
    if path[0] == "conj" and (
        len(path) == 1  # coordinated with the frame itself, not with its content
        or c.anchor.tag_ in {"VBD", "VBZ", "VBP"}  # a finite conjunct is a clause of its own
        or finite_after_base(c.anchor)  # "demanded that X reverse ... and threatened a strike"
    ):
        return False
    if _theme_given(g, path):
        return False
    node = c.anchor
    for dep in path:  # every preposition on the way must be one that introduces content
        if dep == "prep" and node.lower_ not in CONTENT_PREPS:
            return False
        node = node.head
    return True


def _theme_given(g: Candidate, path: list[str]) -> bool:
    """A frame that gives its object ("offered his condolences over the attack", "pledged money for the
    victims of the bombing"): a phrase on the verb belongs with what is given; it is no content."""
    return path[-1] == "prep" and "theme" in g.entry.flags and any(ch.dep_ == "dobj" for ch in g.tok.children)


def _infinitival(tok: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)


def _is_topic_of(c: Candidate, g: Candidate, path: list[str]) -> bool:
    """ "talks on a ceasefire": a nominal trigger governed by on/about/over under another trigger."""
    if c.tok.pos_ not in {"NOUN", "PROPN"} or path[:2] != ["pobj", "prep"] or len(path) != 2:
        return False
    if _theme_given(g, path):
        return False
    return bool(c.tok.head.lower_ in TOPIC_PREPS)


def _protest_demand(c: Candidate, g: Candidate, path: list[str]) -> bool:
    """The demand a protest makes is its topic, not another event (PLOVER PROTEST)."""
    return (
        g.type == "PROTEST"
        and c.type in {"REQUEST", "ACCUSE", "REJECT"}
        and path[0] in {"advcl", "xcomp", "acl", "ccomp"}
        and len(path) <= 2
    )


# Words that put one event before or after another: two events, not one ("set fire to the offices
# following the killing of a man", "shelled the town after an attack on a convoy").
SEQUENCE_WORDS = frozenset(
    {"after", "before", "following", "since", "until", "till", "preceding", "prior", "ahead"}
)


def _sequenced(c: Candidate, path: list[str]) -> bool:
    node = c.anchor
    for _ in path[:-1]:
        node = node.head
        if node.lower_ in SEQUENCE_WORDS:
            return True
    return False


def _own_subject(c: Candidate, path: list[str]) -> bool:
    return path[0] == "conj" and any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in c.anchor.children)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d
