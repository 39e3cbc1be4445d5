"""Actor facts that later stages ask for by token, resolved here so that every consumer (statements,
positions, events) sees the same answer:

* :func:`link_lone_names` — a lone proper name that is the first or last word of exactly one person
  named in full earlier is a mention of that person ("called on Yoon to resign" after "President Yoon
  Suk Yeol"; "police arrested Tanaka" after "Tanaka Hiro"). The actor stage runs it after coreference,
  for the tokens no actor covers (names the tagger did not mark, or marked as something else).
* :func:`participant_country` — the country of people a later stage names as a participant when the
  actor stage named no actor there ("police detained 40 people"): a bare conjunct shares the first
  conjunct's nationality ("13 Israeli women and children"), else generic people take the country the
  actor stage found for their sentence (``DocState.context_country``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facta.actors.coref import name_words
from facta.state import DocState

# Entity labels a lone name of a person may carry (the tagger often calls a surname an organisation or a
# place: "called on Yoon to resign"); a place label only when no town bears the name.
NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE"})


def _name_index(state: DocState) -> dict[str, list[tuple[int, str]]]:
    """Word -> (first mention start, id) of the people named in two or more words it can stand for."""
    index: dict[str, list[tuple[int, str]]] = {}
    for a in state.actors:
        if a.kind != "person" or not a.mentions or len(words := name_words(a.name)) < 2:
            continue
        keys = {words[-1], words[0]} if len(words) <= 3 else {words[-1]}
        for word in keys:
            index.setdefault(word, []).append((a.mentions[0].start, a.id))
    return index


def person_named(
    state: DocState, tok: Any, index: dict[str, list[tuple[int, str]]] | None = None
) -> str | None:
    """The one person named earlier whose name of two or more words ends with ``tok`` ("Zelenskiy" after
    "Volodymyr Zelenskiy"), or, a name of two or three words, opens with it (a family name written
    first: "Yoon" after "Yoon Suk Yeol"; not "Maria" after "Maria Luisa de la Cruz"), as in
    coreference (:meth:`facta.actors.coref.Coref.same_person`)."""
    if index is None:
        index = _name_index(state)
    found = {actor_id for start, actor_id in index.get(tok.text.lower(), ()) if start < tok.idx}
    return next(iter(found)) if len(found) == 1 else None


def link_lone_names(state: DocState, is_town: Callable[[str], bool] | None = None) -> None:
    """Index every lone proper name that no actor covers and that names one person named before
    (tagged as a place only when ``is_town`` knows no town of that name)."""
    index = _name_index(state)
    if not index:
        return
    for tok in state.doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ not in NAME_LABELS or tok.text.lower() not in index:
            continue
        if not tok.text[:1].isupper() or tok.text.isupper() or state.actors.id_at_token(tok.i) is not None:
            continue
        if not _alone(tok) or (tok.ent_type_ == "GPE" and (is_town is None or is_town(tok.text))):
            continue
        person = person_named(state, tok, index)
        if person is not None:
            state.actors.add_mention(person, state.span(tok.i, tok.i + 1), tok.i, tok.i + 1)


def _alone(tok: Any) -> bool:
    """A one-word name, not a word of a longer one ("Kim", not the "Kim" of "Kim Yo Jong")."""
    if tok.dep_ in {"compound", "flat"} and tok.head.pos_ == "PROPN":
        return False
    return not any(c.pos_ == "PROPN" and c.dep_ in {"compound", "flat"} for c in tok.children)


def shared_nationality(state: DocState, tok: Any) -> str | None:
    """A bare conjunct shares the nationality of the first one ("13 Israeli women and children")."""
    if tok.dep_ != "conj" or any(c.i < tok.i and c.dep_ in {"amod", "compound", "det"} for c in tok.children):
        return None
    first = tok.head
    for c in first.children:
        if c.i < first.i and c.dep_ in {"amod", "compound"}:
            actor = state.actors.at_token(c.i)
            if actor is not None and actor.kind == "country" and actor.country:
                return actor.country
    return None


def participant_country(state: DocState, tok: Any) -> str | None:
    """The country of the people headed at ``tok`` that no actor covers (see the module docstring)."""
    if tok.pos_ != "NOUN":
        return None
    country = shared_nationality(state, tok)
    if country is None:
        country = state.context_country.get(state.sentence_index(tok.i))
    return country
