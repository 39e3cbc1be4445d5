"""Events coded from a user verb dictionary (see :mod:`facta.events.verbdict`)."""

from __future__ import annotations

from facta.events.draft import Draft
from facta.events.finder import ActorFinder
from facta.events.lexicon import Lexicon, TriggerEntry
from facta.events.syntax import Token, agent_of, is_passive, subject_of
from facta.events.triggers import Candidate
from facta.events.verbdict import VerbMatch
from facta.state import DocState

DICTIONARY_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "from",
        "for",
        "at",
        "into",
        "toward",
        "towards",
        "over",
        "about",
        "of",
        "by",
    }
)


def trigger_tokens(cand: Candidate) -> set[int]:
    return {t.i for t in cand.all_tokens()}


def dictionary_entry(verb: Token, etype: str) -> TriggerEntry:
    """A reading for a verb only the user's dictionary knows."""
    return TriggerEntry(
        lemma=verb.lemma_.lower(),
        pos="V",
        with_=None,
        type=etype,
        mode=None,
        role="event",
        objtopic=frozenset(),
        sclass=frozenset(),
        oclass=frozenset(),
        tpreps=DICTIONARY_PREPS,
        flags=frozenset({"dictionary"}),
        cameo=None,
        conf=0.5,
    )


def dictionary_type(lex: Lexicon, code: str, verb: Token) -> str | None:
    """PLOVER type of a dictionary-only event: the code's CAMEO root, else facta's reading of the verb."""
    etype = lex.cameo_roots.get(code[:2])
    if etype is None:
        entries = lex.entries(verb.lemma_.lower(), "V")
        etype = entries[-1].type if entries else None
    return etype


def dictionary_actors(state: DocState, draft: Draft, m: VerbMatch, finder: ActorFinder) -> None:
    """PETRARCH-style dyads: the subject's actors; the first actor in the verb's phrase as the target;
    a compound subject with no target codes its members with each other."""
    verb = m.verb
    if is_passive(verb):
        heads = agent_of(verb)
    else:
        subj = subject_of(verb)
        heads = [subj] if subj is not None else []
    source = finder.actors(heads) if heads else list(draft.source)
    target = [a for a in draft.target if a not in source]
    if not target:
        for tok in verb.subtree:
            actor = state.actors.at_token(tok.i)
            if tok.i >= m.end and actor is not None and actor.id not in source:
                target = [a for a in finder.actors([tok]) if a not in source] or [actor.id]
                break
    if not target and len(source) > 1:
        target = list(source)  # every member with every other one (a dyad is never an actor with itself)
    draft.source, draft.target = source, target


def place_marked_actors(state: DocState, draft: Draft, m: VerbMatch) -> None:
    """A pattern's "$" / "+" name where the source / target actor is: the first actor from there on."""
    for where, side in ((m.source_at, "source"), (m.target_at, "target")):
        if where is None:
            continue
        sent_end = state.sentence(state.sentence_index(where)).end
        for i in range(where, sent_end):
            actor = state.actors.at_token(i)
            if actor is not None:
                setattr(draft, side, [actor.id])
                break
