"""The incident a text reports: its main event and, for ACLED, the refined sub-event type.

The **main event** of a text is the event whose trigger's clause is highest in the dependency tree of
the earliest sentence that has an event (ties: a reported event before a supposed one, one in the
sentence's report before one told as background -- a relative clause, "after X", "because ..." --, a
firm reading before a faint one, the earlier trigger). One-label evaluations (GSR, CASE 2021,
ConfliBERT) compare it with their gold label; users get the same reading of a snippet or headline from
these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from spacy.tokens import Token

from facta.events.classify import fallback_acled, weapon_acled
from facta.events.draft import lead_sentences
from facta.events.lexicon import Lexicon
from facta.events.syntax import semicolon_clause, told_as_background
from facta.model import Event, Evidence, Incident
from facta.state import DocState

WEAK = 0.45  # events coded with less confidence yield to firmer ones in the same sentence
# ACLED sub-types a weaponless attack defaults to; a weapon named in another event of the snippet wins.
DEFAULT_SUBTYPES = frozenset({"Armed clash", "Attack", "Looting/property destruction"})
DESTRUCTION = "Looting/property destruction"
REMOTE = "Explosions/Remote violence"
# a strategic development ACLED has no more specific type for yields to any other event of the snippet
WEAK_SUBTYPES = frozenset({"Other"})


def _clause_depth(state: DocState, event: Event) -> int:
    tok = _token(state, event, earliest=True)
    if tok is None:
        return 99
    # a noun that is the object of its (light) verb sits at the verb's level: "launched an attack"
    while tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.dep_ in {"dobj", "attr", "nsubjpass", "acomp", "oprd"}:
        tok = tok.head
    d = 0
    while tok.head.i != tok.i and d < 60 and not semicolon_clause(tok):  # "A; B": A is a main clause
        tok = tok.head
        d += 1
    return d


def _background(state: DocState, event: Event) -> bool:
    """Is the event (as its earliest report tells it) told as background to its sentence's report
    (:func:`facta.events.syntax.told_as_background`)?"""
    tok = _token(state, event, earliest=True)
    return tok is not None and told_as_background(tok)


def main_event(state: DocState, keep: Callable[[Event], bool] | None = None) -> Event | None:
    """The event a one-label gold record is compared with (see the module docstring)."""
    events = [e for e in state.events if (keep is None or keep(e)) and not e.modality.hypothetical]
    if not events:
        return None
    lead = lead_sentences(state) if any(_earliest(e).sentence == 0 for e in events) else set()

    def rank(e: Event) -> float:
        """The sentence of the earliest report; a headline event told as background ("Army clears square
        a day after troops arrive") ranks after the lead paragraph, which tells the news."""
        first = _earliest(e).sentence
        if first == 0 and lead and _background(state, e):
            return max(lead) + 0.5
        return first

    return min(
        events,
        key=lambda e: (
            rank(e),  # a headline merged into its lead counts as told in the headline
            e.modality.hypothetical,  # an event only supposed, weighed or intended yields to one reported
            _background(state, e),  # told as background: a relative clause, "after X", "because ..."
            e.confidence < WEAK,
            _clause_depth(state, e),
            _start(e),
        ),
    )


class Reading(NamedTuple):
    """A text's incident: its ACLED sub-event type and the event it was read from (``None`` when only
    the text's cues name it)."""

    event: Event | None
    sub_event_type: str


def incident_subtype(state: DocState, lex: Lexicon | None = None) -> str | None:
    """The ACLED sub-event type of a text's incident (see :func:`read_incident`); ``None``: no incident."""
    reading = read_incident(state, lex)
    return reading.sub_event_type if reading else None


def recorded_reading(state: DocState) -> Reading | None:
    """The incident the events stage put on the record (``state.incident``, :func:`incident_of`) as a
    :class:`Reading`, its event looked up among ``state.events`` (as later stages left it: with its
    toll). Evaluators read this rather than reading the incident again."""
    incident = state.incident
    if incident is None:
        return None
    event = next((e for e in state.events if e.id == incident.event), None) if incident.event else None
    return Reading(event, incident.sub_event_type)


def incident_of(state: DocState, lex: Lexicon) -> Incident | None:
    """The record's reading of a text's incident (:func:`read_incident`), with its ACLED event type."""
    reading = read_incident(state, lex)
    if reading is None:
        return None
    event_type = next((r.event_type for r in lex.acled if r.sub_event_type == reading.sub_event_type), None)
    if event_type is None:
        return None
    return Incident(event_type, reading.sub_event_type, reading.event.id if reading.event else None)


def read_incident(state: DocState, lex: Lexicon | None = None) -> Reading | None:
    """The ACLED sub-event type of a text's incident: the sub-type of its main ACLED-coded event, refined.

    ACLED codes the most specific reading of an incident, so refinements follow the main event: a
    strategic development of no more specific type ("Other": a raid, a search) yields to another
    event of the text; a weaponless attack is a clash when the same attackers (or the same armed
    side) are told to have attacked armed men; and a weaponless clash or attack (or damage to
    property) takes the sub-type of an attack in the text that names its weapon, or (an attack, not a
    clash) of a weapon named in another sentence. With the coder's lexicon ``lex``, a text with no
    ACLED-coded event, or with only a faint (confidence below ``WEAK``) weaponless reading of
    violence, takes the sub-type its cues name (``fallback_acled``). ``None``: no incident."""

    def factual(e: Event) -> bool:
        return e.acled is not None and e.modality.factual

    event = main_event(state, factual) or main_event(state, lambda e: e.acled is not None)
    if event is None or event.acled is None or event.acled.sub_event_type is None:
        # no event read: the text's strongest weapon (with harm) or demonstration cue
        found = fallback_acled((list(s) for s in state.doc.sents), lex) if lex is not None else None
        return Reading(None, found[1]) if found else None
    subtype = event.acled.sub_event_type
    if (
        lex is not None
        and event.confidence < WEAK
        and event.mode is None
        and subtype in DEFAULT_SUBTYPES
        and not any(e.confidence >= WEAK for e in state.events if e.acled is not None)
    ):
        # only a faint reading of unnamed violence ("condemning police violence"): the text's cues decide
        found = fallback_acled((list(s) for s in state.doc.sents), lex)
        if found is not None:
            return Reading(event, found[1])
    if subtype in WEAK_SUBTYPES:
        firmer = main_event(
            state,
            lambda e: factual(e) and e.acled is not None and e.acled.sub_event_type not in WEAK_SUBTYPES,
        )
        if firmer is not None and firmer.acled is not None and firmer.acled.sub_event_type:
            event, subtype = firmer, firmer.acled.sub_event_type
    if subtype == "Attack" and event.mode is None and event.source:
        # the same attackers' clash with armed men told in the snippet: what they attacked was defended
        sides, attackers, attack = _sides(state, event.source), set(event.source), event.id
        clash = main_event(
            state,
            lambda e: (
                factual(e)
                and e.id != attack
                and e.acled is not None
                and e.acled.sub_event_type == "Armed clash"
                and bool(set(e.source) & attackers or sides & _sides(state, e.source))
                and _armed(state, e.target)
            ),
        )
        if clash is not None:
            event, subtype = clash, "Armed clash"
    if subtype in {"Armed clash", "Attack"} and event.type == "ASSAULT":
        # the act is told by its means: "foiled a sabotage bid by defusing two bombs" disrupted weapons use
        means = _by_means(state, event, "Disrupted weapons use")
        if means is not None:
            return Reading(means, "Disrupted weapons use")
    if subtype == DESTRUCTION and event.mode == "destroy":
        # damage done with explosives or shells is that attack ("a school was destroyed when militants
        # targeted buildings ... fired rockets")
        remote = [
            e.acled.sub_event_type
            for e in state.events
            if e.type == "ASSAULT" and e.acled and e.acled.event_type == REMOTE and e.acled.sub_event_type
        ]
        if remote:
            return Reading(event, remote[0])
    if subtype in DEFAULT_SUBTYPES and event.mode is None:
        specific = [
            e.acled.sub_event_type
            for e in state.events
            if e.type == "ASSAULT" and e.acled and e.acled.sub_event_type not in DEFAULT_SUBTYPES and e.mode
        ]
        subtype = next((s for s in specific if s), subtype)
        if not specific and lex is not None and event.type == "ASSAULT" and subtype != "Armed clash":
            # a weapon named in another sentence of the snippet ("after a blast. ... hit the terminal");
            # explosions amid a battle stay a clash
            sents = list(state.doc.sents)
            others = (list(s) for k, s in enumerate(sents) if k != event.evidence.sentence)
            found = weapon_acled(others, lex)
            subtype = found[1] if found else subtype
    return Reading(event, subtype)


def _earliest(event: Event) -> Evidence:
    """The event's earliest report (a headline merged into its lead is told first in the headline)."""
    return min((event.evidence, *event.more_evidence), key=lambda x: x.sentence)


def _start(event: Event) -> int:
    trigger = _earliest(event).trigger
    return trigger.start if trigger else 0


def _token(state: DocState, event: Event, *, earliest: bool = False) -> Token | None:
    """The event's trigger token; ``earliest``: that of its earliest report (a headline merged into
    the lead is ranked as the headline tells it)."""
    trigger = (_earliest(event) if earliest else event.evidence).trigger
    span = state.doc.char_span(trigger.start, trigger.end, alignment_mode="expand") if trigger else None
    return span[0] if span is not None and len(span) else None


def _by_means(state: DocState, event: Event, subtype: str) -> Event | None:
    """A factual event of ``subtype`` told as the means of ``event`` in its sentence ("thwarted an attempt
    *by* defusing"): its trigger hangs below ``event``'s trigger through a "by"."""
    head = _token(state, event)
    if head is None:
        return None
    for e in state.events:
        if e.id == event.id or e.acled is None or e.acled.sub_event_type != subtype or not e.modality.factual:
            continue
        tok = _token(state, e)
        path: list[Token] = []
        while tok is not None and tok.i != head.i and tok.head.i != tok.i and len(path) < 8:
            tok = tok.head
            path.append(tok)
        if tok is not None and tok.i == head.i and any(t.lower_ == "by" for t in path):
            return e
    return None


NON_STATE_SECTORS = frozenset({"REB", "INS", "UAF", "SEP", "MILITIA", "TER"})


def _sectors(state: DocState, actors: Iterable[str]) -> set[str]:
    """Every sector of ``actors`` (main and other)."""
    return {x for a in actors for x in (state.actors.get(a).sector, *state.actors.get(a).other_sectors) if x}


def _sides(state: DocState, actors: Iterable[str]) -> set[str]:
    """The non-state armed side among ``actors`` ({"armed"} or empty): two mentions of insurgents are
    one side for a snippet's incident."""
    return {"armed"} if _sectors(state, actors) & NON_STATE_SECTORS else set()


def _armed(state: DocState, actors: Iterable[str]) -> bool:
    """Is one of ``actors`` an armed party (forces, police, an armed group)?"""
    return bool(_sectors(state, actors) & (NON_STATE_SECTORS | {"MIL", "COP"}))
