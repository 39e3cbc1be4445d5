"""Stances stage: the position each statement takes on a topic (rules in :mod:`facta.quotes.stance`)."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from typing import Any

from facta.model import Span, Statement
from facta.positions.acts import find_acts, members_org
from facta.positions.identity import covers_half, generic, named, org_named
from facta.positions.mentions import member_span
from facta.quotes.stance import (
    StanceLexicon,
    classify,
    org_nouns,
    relayers,
    stance_lexicon,
    trigger_stance,
)
from facta.quotes.stance_fallback import general_stance, predicate
from facta.quotes.stance_polarity import done
from facta.quotes.syntax import referent, subject, token_starts
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class StanceStage:
    name = "stances.rules.v1"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("stances",)

    def __init__(
        self,
        lexicon: StanceLexicon,
        relayers: frozenset[str] = frozenset(),
        org_nouns: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        self.relayers = relayers
        self.org_nouns = org_nouns

    def __call__(self, state: DocState) -> None:
        starts = token_starts(state.doc)
        modifiers = name_modifiers(state)
        last_topic: str | None = None
        out: list[Statement] = []
        for st in state.statements:
            cue = _tokens(starts, st.cue.start, st.cue.end) if st.cue else []
            content = [i for span in st.content for i in _tokens(starts, span.start, span.end)]
            position = classify(self.lexicon, state.doc, cue, content, modifiers)
            if position.stance is None and cue:
                position = _backtracking_clause(self.lexicon, state.doc, cue, position)
            if position.stance is None and not position.aside:
                # no stance word: the grammar of the content's predicate ("will be moved back")
                # (own words: a direct quote opening the content, not a partial quote in reported speech)
                own = st.direct and st.content_text.lstrip()[:1] in QUOTE_MARKS
                fallback = general_stance(state.doc, content, topical=position.topic is not None, direct=own)
                if fallback is not None:
                    at = predicate(state.doc, content)
                    position = dataclasses.replace(position, stance=fallback, trigger=at)
            topic = position.topic
            if topic is None and position.referring and position.stance is not None:
                topic = last_topic  # "dismissed the proposal": the topic of the statement before
            if topic is not None:
                last_topic = topic
            holder, holder_span = (
                relayed_holder(state, st, position.trigger, self.relayers, self.org_nouns)
                if position.stance
                else (None, None)
            )
            if position.stance and holder is None and holder_span is None:
                holder, holder_span = document_holder(state, st, position.trigger, self.lexicon.documents)
            if position.stance and holder is None and holder_span is None:
                holder, holder_span = reported_actor(self.lexicon, state, st, position.trigger)
            out.append(
                dataclasses.replace(
                    st, stance=position.stance, topic=topic, holder=holder, holder_span=holder_span
                )
            )
        taken: set[int] = set()
        for st in out:
            for span in (*st.content, st.cue):
                if span is not None:
                    taken.update(_tokens(starts, span.start, span.end))
        for act in find_acts(state, self.lexicon, taken):
            # in text order among the statements, so that positions keep the article's order
            at = next((k for k, st in enumerate(out) if st.evidence.start > act.evidence.start), len(out))
            out.insert(at, act)
        state.statements[:] = out


QUOTE_MARKS = frozenset({'"', "\u201c", "\u2018", "'", "\u00ab"})


def name_modifiers(state: DocState) -> frozenset[int]:
    """Tokens of actors' mentions other than the mention's head ("electoral" in "the electoral
    commission"): a topic word there names the actor, not a topic."""
    runs: dict[tuple[str, int], list[int]] = {}
    previous = (-2, "")
    for i, actor_id in sorted(state.actors.token_index().items()):
        key = (actor_id, i) if previous != (i - 1, actor_id) else next(reversed(runs))
        runs.setdefault(key, []).append(i)
        previous = (i, actor_id)
    out: set[int] = set()
    for tokens in runs.values():
        inside = set(tokens)
        heads = {i for i in tokens if state.doc[i].head.i not in inside or state.doc[i].head.i == i}
        out.update(inside - heads)
    return frozenset(out)


def _backtracking_clause(lex: StanceLexicon, doc: Any, cue: list[int], position: Any) -> Any:
    """A statement attached to a verb that goes back on a position ("X backtracked on Thursday,
    saying …", "reversed course, telling …"): that verb's stance, on the statement's topic if any."""
    tok = doc[cue[0]]
    if tok.dep_ not in {"advcl", "xcomp", "conj"} or tok.head.i == tok.i:
        return position
    stance = trigger_stance(lex, tok.head)
    if stance not in {"retract", "qualify", "reverse"}:
        return position
    return dataclasses.replace(position, stance=stance, referring=position.topic is None)


# an appositive right before the speaker's name naming them as a member: "…, its secretary-general,
# Jane Doe, said"; "…, the group's political leader, John Doe, said"
# (a title of at most four words: not "their arms before April will receive a pardon,")
_MEMBER_BEFORE = re.compile(r"(?:\b(?:its|their)|'s)\s+(?:[\w\-]+\s+){0,3}[\w\-]+,\s*$", re.IGNORECASE)
# the organisation named in the speaker's mention: "The chairwoman of the X Alliance, Jane Doe,"


def relayed_holder(
    state: DocState,
    st: Statement,
    trigger: int | None,
    relayers: frozenset[str],
    org_nouns: frozenset[str] = frozenset(),
) -> tuple[str | None, Span | None]:
    """The organisation whose position a speaker relays: the subject of the content word stating the
    position ("The party rejected the plan, its spokesman said"), when the speaker is affiliated with
    it, speaks as a spokesperson ("party spokesman Hassan al-Zawi") or is named as its member ("…, its
    secretary-general, Jane Doe, said"). A subject that only refers back to an organisation ("the
    party would take part") is the organisation the speaker's mention names ("the chairwoman of the
    X Alliance"). Returns the actor id (when the actor is known yet) and the organisation's mention."""
    if trigger is None:
        return None, None
    verb = state.doc[trigger]
    for _ in range(4):  # a noun stating the position ("welcomed an offer of talks"): its clause's verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = _past_dateline(state.doc, subject(verb), verb)
    if subj is None or subj.pos_ not in {"PROPN", "NOUN"}:
        return None, None
    subj = referent(subj)
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in org_nouns:
        member = _member_of(state, st)
        if member is not None:
            return member
    speaker = next((a for a in state.actors if a.id == st.speaker), None)
    if speaker is None:
        return None, None
    holder = state.actors.at_token(subj.i)
    if holder is not None and holder.id == speaker.id:
        return None, None
    if (
        holder is not None
        and holder.kind not in {"organization", "group", "country"}
        and not org_named(holder.name, org_nouns)
    ):
        return None, None  # a person; but "the X Alliance" the actor stage took for one is not
    if (
        (holder is None or holder.kind == "country")
        and subj.pos_ != "PROPN"
        and subj.lemma_.lower() not in org_nouns
    ):
        # "the sanctions will remain": not an organisation holding a position; nor "the Marawi
        # accord", a thing named after a place
        return None, None
    mention = st.speaker_span.text.lower() if st.speaker_span else ""
    words = mention.replace(",", " ").split()
    # the mention itself points back to the organisation: "its leader", "the group's political leader",
    # "a senior official of the alliance" (a surer sign than an affiliation the actor stage guessed)
    pointing = bool(words and words[0] in {"its", "their"}) or _points_to_org(words, org_nouns)
    if not pointing and st.speaker_span is not None:
        sentence = state.sentence(st.speaker_span.sentence) if st.speaker_span.sentence is not None else None
        start = sentence.start_char if sentence is not None else max(0, st.speaker_span.start - 80)
        before = state.article.text[start : st.speaker_span.start]
        found = _MEMBER_BEFORE.search(before)
        pointing = found is not None and _points_to_org(found.group(0).lower().split(), org_nouns)
        # the appositive right before the name (since the comma before it), when it is short
        appositive = before.rstrip(" ,").rsplit(",", 1)[-1].lower().split()
        pointing = pointing or (len(appositive) <= 8 and _points_to_org(appositive, org_nouns))
        relaying = found is not None or pointing
    else:
        relaying = pointing
    relaying = relaying or any(word in relayers for word in words)
    chain = _affiliations(state, speaker)
    affiliated = holder is not None and holder.id in chain
    # a spokesman relays the organisation named; their own affiliation may be missing or still unknown
    # (or only a body of people: "fighters")
    named_elsewhere = not pointing and any(
        a.id != holder.id and a.kind in {"organization", "group", "country"} and named(a.name)
        for a in state.actors
        if holder is not None and a.id in chain
    )
    if affiliated or (relaying and not named_elsewhere):
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        span = Span(start, end, state.article.text[start:end], state.sentence_index(subj.i))
        return (holder.id if holder is not None else None), span
    return None, None


def document_holder(
    state: DocState, st: Statement, trigger: int | None, documents: frozenset[str]
) -> tuple[str | None, Span | None]:
    """The organisation an unsigned document speaks for ("The Front … will hand its weapons …,
    according to a communiqué sent to the newspaper Corse-Matin"): the named organisation that is the
    subject of the content's position word; not the newspaper or agency the document went to."""
    span = st.speaker_span
    if st.speaker is not None or span is None or trigger is None:
        return None, None
    words = span.text.lower().split()
    if len(words) < 2 or words[0] not in {"a", "an", "the"} or words[1] not in documents:
        return None, None
    verb = state.doc[trigger]
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = _past_dateline(state.doc, subject(verb), verb)
    if subj is None or not subj.text[:1].isupper():
        return None, None
    holder = state.actors.at_token(subj.i)
    if holder is None or holder.kind not in {"organization", "group"} or not named(holder.name):
        return None, None
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return holder.id, Span(start, end, state.article.text[start:end], state.sentence_index(subj.i))


def reported_actor(
    lexicon: StanceLexicon, state: DocState, st: Statement, trigger: int | None
) -> tuple[str | None, Span | None]:
    """The actor whose finished act a statement reports ("The party registered its candidate, the
    commission said"; "the strike was called off by the union"): the act is that actor's position,
    not the reporter's. A verb that states a stance ("Kyiv supported new sanctions, its minister
    said") is the speaker's to relay. Only a named actor other than the speaker, and only an act (a
    past tense or a perfect), not a plan ("the army will withdraw, the minister said")."""
    if trigger is None:
        return None, None
    verb = state.doc[trigger]
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if not done(verb) or trigger_stance(lexicon, verb) is not None:
        return None, None  # "Kyiv supported new sanctions, its minister said" states Kyiv's stance
    subj = subject(verb)
    if subj is None:
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subj = agents[0] if agents else None
    if subj is None or subj.pos_ not in {"PROPN", "NOUN"}:
        return None, None
    subj = referent(subj)
    actor = state.actors.at_token(subj.i)
    if actor is None or generic(actor):
        # members acting together act for their organisation ("Candidates of the X Party filed ...")
        subj, actor = members_org(state, subj)
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    speaking = st.speaker_span is not None and st.speaker_span.start <= subj.idx < st.speaker_span.end
    if actor is None and subj.pos_ == "PROPN" and subj.ent_type_ in {"", "PERSON", "ORG"} and not speaking:
        # a doer named by a name no stage listed ("Andrianarisoa handed in his resignation, state
        # radio said"): its mention, for positions to find the person the articles name
        return None, Span(start, end, state.article.text[start:end], state.sentence_index(subj.i))
    if actor is None or actor.id == st.speaker or actor.kind not in ACTING or generic(actor):
        return None, None
    return actor.id, Span(start, end, state.article.text[start:end], state.sentence_index(subj.i))


ACTING = frozenset({"person", "organization", "group", "country"})


def _points_to_org(words: list[str], org_nouns: frozenset[str]) -> bool:
    """ "its …", "their …", "the group's …", "… of the alliance," / "… for the movement,": words that
    name someone through the organisation the content's subject is."""
    words = [w.strip(",") for w in words]
    if words and words[0] in {"its", "their"}:
        return True
    if any(_org_possessive(word, org_nouns) for word in words):
        return True
    return any(
        a in {"of", "for"} and b == "the" and c in org_nouns
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _org_possessive(word: str, org_nouns: frozenset[str]) -> bool:
    """ "group's", "party's", "movement’s": an organisation noun in the possessive."""
    word = word.replace("’", "'")
    return word.endswith("'s") and word[:-2] in org_nouns


def _affiliations(state: DocState, actor: Any) -> set[str]:
    """The ids up an actor's affiliation chain."""
    by_id = {a.id: a for a in state.actors}
    out: set[str] = set()
    current = actor
    while current.affiliation and current.affiliation in by_id and current.affiliation not in out:
        out.add(current.affiliation)
        current = by_id[current.affiliation]
    return out


def _member_of(state: DocState, st: Statement) -> tuple[str | None, Span] | None:
    """The organisation the speaker's mention names them a member of ("the chairwoman of the X
    Alliance, Jane Doe"): the organisation actor there (when listed yet) and its mention."""
    if st.speaker_span is None:
        return None
    found = member_span(st.speaker_span.text, any_of=True)
    if found is None:
        return None
    start, end = st.speaker_span.start + found[0], st.speaker_span.start + found[1]
    holder = None
    for actor in state.actors:
        if actor.kind in {"organization", "group"} and any(
            covers_half(m, start, end) for m in actor.mentions
        ):
            holder = actor.id
            break
    return holder, Span(start, end, state.article.text[start:end], st.speaker_span.sentence)


def _past_dateline(doc: Any, subj: Any, verb: Any) -> Any:
    """A subject the parser took from a dateline ("LASHIO - The SHDA rejected"): the noun after the dash."""
    if subj is None or not subj.text.isupper() or subj.i + 1 >= verb.i:
        return subj
    # the dash right after the place, or after its country ("AJACCIO, France —")
    dash = next(
        (doc[k] for k in range(subj.i + 1, min(subj.i + 5, verb.i)) if doc[k].text in {"-", "—", "–", "--"}),
        None,
    )
    if dash is None or any(doc[k].pos_ not in {"PROPN", "PUNCT"} for k in range(subj.i + 1, dash.i)):
        return subj
    span = range(dash.i + 1, verb.i)
    heads = [doc[i] for i in span if doc[i].pos_ in {"PROPN", "NOUN"} and doc[i].head.i not in span]
    return heads[-1] if heads else subj


def _tokens(starts: list[int], start: int, end: int) -> list[int]:
    return list(range(bisect_left(starts, start), bisect_left(starts, end)))


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StanceStage(stance_lexicon(resources), relayers(resources), org_nouns(resources))
