"""From attributions (character intervals) to Statement records on the pipeline state."""

from __future__ import annotations

from bisect import bisect_right

from facta.model import Actor, Span, Statement
from facta.quotes.context import Attribution
from facta.quotes.marks import has_quote_mark
from facta.quotes.spans import Interval
from facta.quotes.syntax import token_starts
from facta.state import DocState

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "we", "i"})
GENDERED = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
NEAR_SENTENCES = 2  # how far back the previous statement's cue may lie for "she said" to continue it


class TokenIndex:
    """Character offset → token index for one Doc."""

    def __init__(self, doc: object) -> None:
        self.starts = token_starts(doc)

    def at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def tokens(self, interval: Interval) -> range:
        return range(self.at(interval[0]), self.at(max(interval[0], interval[1] - 1)) + 1)


def resolve_speaker(state: DocState, att: Attribution) -> Actor | None:
    """The actor behind the speaker mention: its referent token, else the name the head carries
    (compound parts, an apposition: "Sudan's interior minister, Khalid Osman"). Names inside
    modifiers ("an aide to President X") are not the speaker and are not used."""
    if att.speaker_token is None:
        return None
    actor = state.actors.at_token(att.speaker_token)
    if actor is not None:
        return actor
    head = state.doc[att.speaker_token]
    for child in head.children:
        if child.dep_ in {"compound", "appos", "flat"}:
            actor = state.actors.at_token(child.i)
            if actor is not None:
                return actor
    return None


def build_statements(state: DocState, found: list[Attribution], extractor: str) -> list[Statement]:
    text = state.article.text
    index = TokenIndex(state.doc)
    out: list[Statement] = []
    last_speaker: str | None = None
    for att in found:
        actor = resolve_speaker(state, att)
        speaker_id = actor.id if actor is not None else None
        speaker_text = text[att.speaker[0] : att.speaker[1]].lower() if att.speaker else ""
        if speaker_id is not None and speaker_text in GENDERED and att.speaker is not None:
            speaker_id = continued_speaker(state, out, speaker_id, speaker_text, att)
        if speaker_id is None and speaker_text in PERSONAL_PRONOUNS and last_speaker is not None:
            # Statement-local carry-over: an unresolved "he said" continues the last named speaker.
            speaker_id = last_speaker
        if speaker_id is not None:
            last_speaker = speaker_id
        elif att.purpose:
            continue  # "thousands marched to protest against price rises": the aim of a crowd's action
        sentence = state.sentence_index(att.anchor)
        cue = _span(state, index, att.cue) if att.cue else None
        addressee = state.actors.at_token(att.addressee_token) if att.addressee_token is not None else None
        content = tuple(_span(state, index, iv) for iv in att.content)
        out.append(
            Statement(
                id=f"s{len(out) + 1}",
                speaker=speaker_id,
                content=content,
                evidence=state.evidence(sentence, cue),
                cue=cue,
                direct=any(has_quote_mark(s.text) for s in content),
                speaker_span=_span(state, index, att.speaker) if att.speaker else None,
                addressee=addressee.id if addressee is not None and addressee.id != speaker_id else None,
                extractor=extractor,
                negated=att.negated,
            )
        )
    return out


def continued_speaker(
    state: DocState, before: list[Statement], actor_id: str, pronoun: str, att: Attribution
) -> str:
    """Who "she said" names: a person last mentioned inside the words she says, inside what the
    previous speaker said, or after that speaker's cue in its sentence, but not as a speaker ("X said
    the death of her baby, Y, was a stain. “…,” she said"), is talked about, not speaking — the
    pronoun continues the previous speaker when that speaker is a person the pronoun fits."""
    assert att.speaker is not None
    at = att.speaker[0]
    sentence = state.sentence_index(att.anchor)
    previous = next((s for s in reversed(before) if s.speaker is not None), None)
    previous_id = previous.speaker if previous is not None else None
    if (
        previous is None
        or previous_id is None
        or previous_id == actor_id
        or previous.evidence.sentence < sentence - NEAR_SENTENCES
    ):
        return actor_id
    # a pronoun speaker this function gave to someone else no longer names the actor
    moved = {s.speaker_span.start for s in before if s.speaker_span is not None and s.speaker != actor_id}
    mentions = [m for m in state.actors.get(actor_id).mentions if m.start < at and m.start not in moved]
    if not mentions:
        return actor_id
    last = max(mentions, key=lambda m: m.start)
    # inside what that speaker said, or elsewhere in the sentence of its cue (a content the finder cut)
    talked_about = (
        # a name in its own words ("“The doctor came late,” she said"; "She moved, she said" is herself)
        any(
            m.text.lower() not in GENDERED and start <= m.start and m.end <= end
            for m in state.actors.get(actor_id).mentions
            for start, end in att.content
        )
        or any(
            c.start <= last.start and last.end <= c.end
            for s in before
            if s.speaker == previous_id
            for c in s.content
        )
        or (  # after the cue in its sentence: a content the finder cut
            previous.cue is not None
            and previous.cue.end <= last.start
            and last.end <= previous.evidence.start + len(previous.evidence.text)
        )
    ) and not any(
        s.speaker_span is not None and s.speaker_span.start <= last.start < s.speaker_span.end for s in before
    )
    if not talked_about:
        return actor_id
    speaker = state.actors.get(previous_id)
    if speaker.kind != "person" or _gender(speaker.mentions, at) not in {None, GENDERED[pronoun]}:
        return actor_id
    return speaker.id


def _gender(mentions: tuple[Span, ...], before: int) -> str | None:
    """The gender the pronouns resolved to an actor give it before an offset (None: none or both)."""
    seen = {GENDERED[m.text.lower()] for m in mentions if m.start < before and m.text.lower() in GENDERED}
    return seen.pop() if len(seen) == 1 else None


def _span(state: DocState, index: TokenIndex, interval: Interval) -> Span:
    start, end = interval
    return Span(start, end, state.article.text[start:end], state.sentence_index(index.at(start)))
