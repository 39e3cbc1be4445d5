"""Where an event happened: choosing one of the article's place mentions for an event trigger.

Levels, first match wins (within a level: the most specific place, then the nearest):

1. **attached** — the place hangs off the trigger through a locative preposition ("shelled a city *in*
   northern Syria", "the attack *near* Kadugli", "fighting *in the town of* X"), or modifies the
   trigger's object or passive subject ("a Gaza hospital was hit");
2. **clause** — the place's first verb on the way up the parse is the trigger itself, or a verb
   directly linked to it that is not a reporting verb;
3. **sentence** — another place in the sentence, unless it belongs to a reporting frame ("said in
   Geneva", "told reporters in Washington") or is the trigger's agent ("Turkey shelled …");
4. **dateline** — only when the sentence names no place at all outside the dateline itself (its
   words up to the dash, with their qualifier: "KADUGLI, Sudan (Reuters) -"); with several
   stories in one text, the last dateline before the trigger;
5. **lead** — with no dateline, when the sentence names no place at all: the place the article's first
   sentence is set in (its one most specific literal place below country level, "Thousands marched
   through Lagos …"), as a reporter's lead sets the scene the way a dateline does.

Adjectival toponyms ("Syrian troops") and toponyms inside organisation names never place an event:
they name who acted, not where.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facta.geo.names import word_set

MENTIONS_KEY = "facta.places"
_SPECIFICITY = {"city": 0, "admin2": 1, "directional": 2, "region": 2, "admin1": 3, "sea": 4, "country": 5}
_ARG_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "pobj", "dative", "obj"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # token
    end: int
    place_id: str
    role: str  # literal | adjectival | dateline | embedded


def _mentions(state: Any) -> list[PlaceMention]:
    stored = state.doc.user_data.get(MENTIONS_KEY)
    if stored is not None:
        return list(stored)
    # Places added without the stage (hand-built states): contiguous runs of the token index.
    out: list[PlaceMention] = []
    for i, pid in sorted(state.places.token_index().items()):
        if out and out[-1].place_id == pid and out[-1].end == i:
            out[-1] = PlaceMention(out[-1].start, i + 1, pid, "literal")
        else:
            out.append(PlaceMention(i, i + 1, pid, "literal"))
    return out


def _is_verb(tok: Any) -> bool:
    return bool(tok.pos_ in {"VERB", "AUX"})


def _walk(doc: Any, pm: PlaceMention, trigger_i: int) -> tuple[Any, bool, bool, bool]:
    """Walk up from the mention's head: (first verb or trigger reached, via a locative preposition,
    the mention is the agent (nsubj) of that verb, the path went only through the object's modifiers)."""
    tok = doc[pm.start : pm.end].root
    loc_prep = False
    agent = False
    object_modifier = True
    steps = 0
    while tok.head.i != tok.i and steps < 12:
        steps += 1
        if tok.dep_ == "pobj" and tok.head.text.lower() in word_set("loc_preps"):
            loc_prep = True
        if tok.dep_ in {"nsubj", "csubj"}:
            agent = True
        if tok.dep_ not in {"compound", "amod", "nmod", "poss", "npadvmod"} | _ARG_DEPS:
            object_modifier = False
        tok = tok.head
        if tok.i == trigger_i or _is_verb(tok):
            break
    return tok, loc_prep, agent, object_modifier


_DATELINE_END = frozenset({"-", "—", "–", "--", ":"})


def _dateline_segments(doc: Any, mentions: list[PlaceMention]) -> list[tuple[int, int, PlaceMention]]:
    """(start, end, dateline mention) for every dateline: its words up to the dash, with the
    country or state that qualifies it ("KADUGLI, Sudan (Reuters) -")."""
    out = []
    for m in mentions:
        if m.role != "dateline":
            continue
        window = range(m.end, min(m.end + 10, len(doc)))
        end = next((k for k in window if doc[k].text in _DATELINE_END), m.end)
        out.append((m.start, end, m))
    return out


def choose_event_place(state: Any, trigger_i: int) -> str | None:
    doc = state.doc
    sent_index = state.sentence_index(trigger_i)
    sent = state.sentence(sent_index)
    mentions = _mentions(state)
    datelines = _dateline_segments(doc, mentions)
    body = [m for m in mentions if not any(s <= m.start < e for s, e, _ in datelines)]
    in_sent = [m for m in body if sent.start <= m.start < sent.end and m.role == "literal"]
    any_in_sent = any(sent.start <= m.start < sent.end for m in body)
    if not in_sent:
        if any_in_sent:
            return None
        # the dateline of the story the trigger belongs to: the last one before it
        before = [d for s, _, d in datelines if s <= trigger_i] or [d for _, _, d in datelines[:1]]
        if before:
            return before[-1].place_id
        return _lead_place(state, body)
    trigger = doc[trigger_i]
    levels: dict[int, list[PlaceMention]] = {1: [], 2: [], 3: []}
    for m in in_sent:
        if m.start <= trigger_i < m.end:
            continue
        top, loc_prep, agent, object_modifier = _walk(doc, m, trigger_i)
        if top.i == trigger_i:
            if agent and not loc_prep:
                continue  # "Turkey shelled …": the agent, not the location
            levels[1 if loc_prep or object_modifier else 2].append(m)
            continue
        if top.lemma_ in word_set("reporting_verbs"):
            continue
        linked = top.head.i == trigger_i or trigger.head.i == top.i
        if agent and not loc_prep:
            continue
        levels[2 if linked else 3].append(m)
    for level in (1, 2, 3):
        found = levels[level]
        if found:
            best = min(found, key=lambda m: (_specificity(state, m.place_id), abs(m.start - trigger_i)))
            return best.place_id
    return None


def _lead_place(state: Any, body: list[PlaceMention]) -> str | None:
    """The one place below country level the first sentence names literally, if there is exactly one."""
    if not len(state.doc):
        return None
    first = state.sentence(0)
    found = {
        m.place_id
        for m in body
        if first.start <= m.start < first.end and m.role == "literal" and _specificity(state, m.place_id) < 5
    }
    if len(found) != 1:
        return None
    return found.pop()


def _specificity(state: Any, place_id: str) -> int:
    try:
        feature = state.places.get(place_id).feature
    except KeyError:
        return 9
    return _SPECIFICITY.get(feature or "", 6)
