"""Where an event happened: choosing one of the article's place mentions for an event trigger.

Levels, first match wins (within a level: the most specific place, then the nearest):

1. **attached** — the place hangs off the trigger through a locative preposition ("shelled a city *in*
   northern Syria", "the attack *near* Kadugli", "fighting *in the town of* X"), or modifies the
   trigger's object or passive subject ("a Gaza hospital was hit");
2. **clause** — the place's first verb on the way up the parse is the trigger itself, or a verb
   directly linked to it that is not a reporting verb;
3. **sentence** — another place in the sentence, unless it belongs to a reporting frame ("said in
   Geneva", "told reporters in Washington"); here also rank the places of the agent ("authorities
   *in Addis Ababa* imposed a curfew on Gondar") and of an earlier or later event ("*after talks in
   Doha*, Hamas released hostages in Gaza"), below those of the act itself;
4. **dateline** — only when the sentence names no place at all outside the dateline itself (its
   words up to the dash, with their qualifier: "KADUGLI, Sudan (Reuters) -"), or only places that
   name who acted (the agent, "Turkey shelled …"; a country owning a noun, "praised Sri Lanka's
   efforts"); with several stories in one text, the last dateline before the trigger;
5. **lead** — with no dateline, in the same cases: the place the article's first sentence is set in
   (its one most specific literal place below country level, "Thousands marched through Lagos …"),
   as a reporter's lead sets the scene the way a dateline does.

The agent's origin ("fighters *from* Idlib attacked …") is never the event's place, and a verbal act
(``verbal_verbs``: condemn, accuse, praise, urge …) is not placed by what it is about ("condemned
the bombing of a market *in Idlib*"): only by a place on the verb itself or in a frame around it
("*Speaking in Washington*, a spokesman condemned …"), else the dateline or lead.
Adjectival toponyms ("Syrian troops"), a country's name used as a noun modifier ("US airstrikes", "a
US woman", "US-backed fighters") and toponyms inside organisation names never place an event: they
name who acted, not where. A place in a time clause ("…, *as* ministers gathered in Brussels") is that
clause's happening's, and ranks with the other events' places.
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


@dataclass(slots=True)
class _Path:
    """What the way up from a place mention to its first verb (or the trigger) passed through."""

    top: Any  # the first verb or the trigger reached
    loc_prep: str = ""  # the first locative preposition ("in", "near", "from"), lower case
    agent: bool = False  # through a subject: the place belongs to who acted
    object_modifier: bool = True  # only through the object's modifiers ("a Gaza hospital was hit")
    other_event: bool = False  # through "after"/"before" …: the place of another event
    possessor: bool = False  # the place owns a noun ("Sri Lanka's efforts"): an actor


def _walk(doc: Any, pm: PlaceMention, trigger_i: int) -> _Path:
    """Walk up from the mention's head to the first verb or the trigger."""
    tok = doc[pm.start : pm.end].root
    path = _Path(tok)
    path.possessor = tok.dep_ == "poss"
    steps = 0
    while tok.head.i != tok.i and steps < 12:
        steps += 1
        head = tok.head.text.lower()
        if tok.dep_ == "pobj" and head in word_set("loc_preps") and not path.loc_prep:
            path.loc_prep = head
        if tok.dep_ == "pobj" and head in word_set("sequence_preps"):
            path.other_event = True
        if tok.dep_ in {"nsubj", "csubj"}:
            path.agent = True
        if tok.dep_ not in {"compound", "amod", "nmod", "poss", "npadvmod"} | _ARG_DEPS:
            path.object_modifier = False
        tok = tok.head
        if tok.i == trigger_i or _is_verb(tok):
            break
    path.top = tok
    if tok.i != trigger_i and tok.dep_ == "advcl" and _temporal_clause(tok):
        path.other_event = True  # "…, as foreign ministers gathered in Brussels": another happening
    return path


def _temporal_clause(verb: Any) -> bool:
    """An adverbial clause opened by a time conjunction ("as", "while", "when", "after" …): it tells
    what happened at the same or another time, somewhere of its own."""
    return any(c.dep_ == "mark" and c.lower_ in word_set("temporal_marks") for c in verb.children)


def _name_modifier(doc: Any, m: PlaceMention) -> bool:
    """A country's name used as a modifier of a noun ("US airstrikes", "a US woman", "US-backed
    fighters", "US-supplied weapons"): it says whose, not where."""
    root = doc[m.start : m.end].root
    if root.dep_ not in {"compound", "amod", "nmod", "npadvmod"} or root.head.i < m.end:
        return False
    hyphen = m.end < len(doc) and doc[m.end].text in {"-", "–"}
    return bool(root.head.pos_ in {"NOUN", "PROPN"} or hyphen)


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
        return None if any_in_sent else _scene_place(state, datelines, body, trigger_i)
    trigger = doc[trigger_i]
    levels: dict[int, list[PlaceMention]] = {1: [], 2: [], 3: []}
    actors_only = True  # every place of the sentence names who acted, none where
    verbal = trigger.lemma_.lower() in word_set("verbal_verbs")
    for m in in_sent:
        if m.start <= trigger_i < m.end:
            continue
        path = _walk(doc, m, trigger_i)
        if (path.agent or path.possessor) and not path.loc_prep and _specificity(state, m.place_id) >= 3:
            continue  # "Turkey shelled …", "praised Sri Lanka's efforts": an actor, not a location
        if m.role == "literal" and _specificity(state, m.place_id) >= 5 and _name_modifier(doc, m):
            continue  # "US airstrikes", "a US woman was detained": whose, not where
        if verbal and _topic(doc, m, path, trigger_i):
            continue  # "condemned the bombing of a market in Idlib": what was said, not where
        actors_only = False
        level = _level(m, path, trigger_i, trigger)
        if level is not None:
            levels[level].append(m)
    if actors_only:
        return _scene_place(state, datelines, body, trigger_i)
    for level in (1, 2, 3):
        found = levels[level]
        if found:
            best = min(found, key=lambda m: (_specificity(state, m.place_id), abs(m.start - trigger_i)))
            return best.place_id
    return None


def _topic(doc: Any, m: PlaceMention, path: _Path, trigger_i: int) -> bool:
    """A place inside what a verbal act is about: in its object or complement clause, not on the
    verb itself ("condemned in Geneva") nor in a frame around it ("Speaking in Washington, …")."""
    root = doc[m.start : m.end].root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == trigger_i:
        return False
    top = path.top
    if top.i == trigger_i:
        return True
    if top.dep_ == "advcl":
        return False
    return any(a.i == trigger_i for a in top.ancestors)


def _scene_place(
    state: Any, datelines: list[tuple[int, int, PlaceMention]], body: list[PlaceMention], trigger_i: int
) -> str | None:
    """The dateline of the story the trigger belongs to (the last one before it), else the lead's place."""
    before = [d for s, _, d in datelines if s <= trigger_i] or [d for _, _, d in datelines[:1]]
    if before:
        return before[-1].place_id
    return _lead_place(state, body)


def _level(m: PlaceMention, path: _Path, trigger_i: int, trigger: Any) -> int | None:
    """1 attached, 2 in the trigger's clause, 3 elsewhere in the sentence, None not the event's place.

    A place that only says where the agent comes from ("fighters from Idlib attacked") is none; one
    that says where the agent sits ("authorities in Addis Ababa imposed a curfew on Gondar", "police
    in Abuja said") or where an earlier or later event happened ("after talks in Doha, Hamas
    released hostages in Gaza") ranks with the sentence's other places, below those of the act.
    """
    if path.agent and path.loc_prep in {"", "from"}:
        return None  # "Turkey shelled …": the agent; "fighters from Idlib": the agent's origin
    if path.top.i == trigger_i:
        if path.agent or path.other_event:
            return 3
        return 1 if path.loc_prep or path.object_modifier else 2
    if path.top.lemma_ in word_set("reporting_verbs"):
        return None
    linked = path.top.head.i == trigger_i or trigger.head.i == path.top.i
    return 2 if linked and not (path.agent or path.other_event) else 3


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
    # a name the gazetteer lacks ("Somalia's Puntland region") is narrower than its country
    return _SPECIFICITY.get(feature or "", 4)
