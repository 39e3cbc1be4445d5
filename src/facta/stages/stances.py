"""Stances stage: the position each statement takes on a topic (rules in :mod:`facta.quotes.stance`)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from typing import Any

from facta.model import Span, Statement
from facta.quotes.stance import StanceLexicon, classify, relayers, stance_lexicon
from facta.quotes.syntax import referent, subject, token_starts
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class StanceStage:
    name = "stances.rules.v1"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("stances",)

    def __init__(self, lexicon: StanceLexicon, relayers: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.relayers = relayers

    def __call__(self, state: DocState) -> None:
        starts = token_starts(state.doc)
        last_topic: str | None = None
        out: list[Statement] = []
        for st in state.statements:
            cue = _tokens(starts, st.cue.start, st.cue.end) if st.cue else []
            content = [i for span in st.content for i in _tokens(starts, span.start, span.end)]
            position = classify(self.lexicon, state.doc, cue, content)
            topic = position.topic
            if topic is None and position.referring and position.stance is not None:
                topic = last_topic  # "dismissed the proposal": the topic of the statement before
            if topic is not None:
                last_topic = topic
            holder, holder_span = (
                relayed_holder(state, st, position.trigger, self.relayers)
                if position.stance
                else (None, None)
            )
            out.append(
                dataclasses.replace(
                    st, stance=position.stance, topic=topic, holder=holder, holder_span=holder_span
                )
            )
        state.statements[:] = out


def relayed_holder(
    state: DocState, st: Statement, trigger: int | None, relayers: frozenset[str]
) -> tuple[str | None, Span | None]:
    """The organisation whose position a speaker relays: the subject of the content word stating the
    position ("The party rejected the plan, its spokesman said"), when the speaker is affiliated with
    it or speaks as a spokesperson ("party spokesman Hassan al-Zawi"). Returns the actor id (when the
    actor is known yet) and the subject's mention."""
    if trigger is None or st.speaker is None:
        return None, None
    verb = state.doc[trigger]
    subj = _past_dateline(state.doc, subject(verb), verb)
    if subj is None or subj.pos_ not in {"PROPN", "NOUN"}:
        return None, None
    subj = referent(subj)
    holder = state.actors.at_token(subj.i)
    speaker = next((a for a in state.actors if a.id == st.speaker), None)
    if speaker is None or (holder is not None and holder.id == speaker.id):
        return None, None
    if holder is not None and holder.kind not in {"organization", "group", "country"}:
        return None, None
    mention = st.speaker_span.text.lower() if st.speaker_span else ""
    relaying = any(word in relayers for word in mention.replace(",", " ").split())
    affiliated = holder is not None and speaker.affiliation == holder.id
    # a spokesman relays the organisation named; their own affiliation may be missing or still unknown
    if affiliated or (relaying and (speaker.affiliation is None or holder is None)):
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        span = Span(start, end, state.article.text[start:end], state.sentence_index(subj.i))
        return (holder.id if holder is not None else None), span
    return None, None


def _past_dateline(doc: Any, subj: Any, verb: Any) -> Any:
    """A subject the parser took from a dateline ("LASHIO - The SHDA rejected"): the noun after the dash."""
    if subj is None or not subj.text.isupper() or subj.i + 1 >= verb.i:
        return subj
    dash = doc[subj.i + 1]
    if dash.text not in {"-", "—", "–", "--"}:
        return subj
    span = range(dash.i + 1, verb.i)
    heads = [doc[i] for i in span if doc[i].pos_ in {"PROPN", "NOUN"} and doc[i].head.i not in span]
    return heads[-1] if heads else subj


def _tokens(starts: list[int], start: int, end: int) -> list[int]:
    return list(range(bisect_left(starts, start), bisect_left(starts, end)))


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StanceStage(stance_lexicon(resources), relayers(resources))
