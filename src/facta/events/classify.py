"""From a linked trigger to a PLOVER type, mode, topics, CAMEO code, ACLED type and contexts.

Order of decisions (see docs/events.md):

1. frames take their content: an offer/promise of a retreat or concession is CONCEDE, a vow to use
   force is THREATEN, "lifted the curfew" (reverse + COERCE) is CONCEDE ... (recode.tsv);
2. modality: negated offers become REJECT, future or conditional cooperation becomes AGREE, future
   retreats CONCEDE, future force announced by the actor itself THREATEN (recode.tsv);
3. mode: PLOVER's mode for the final type, from the trigger entry, weapon/tactic cues near the
   trigger, or (REQUEST/REJECT/THREATEN) from what was demanded/refused/threatened (modes.tsv);
4. CAMEO code (cameo.tsv) and ACLED event/sub-event type (acled.tsv) from type, mode, topics and the
   participant classes of source and target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from facta.events.lexicon import (
    CONFLICTUAL,
    AcledRow,
    CameoRow,
    Lexicon,
    ModeCue,
)
from facta.events.modality import Marks
from facta.events.syntax import Token, np_tokens
from facta.events.triggers import Candidate, match_phrases, topic_tokens
from facta.resources import read_data_tsv

MODELESS = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"})
DERIVED_MODE = frozenset({"REQUEST", "REJECT", "THREATEN"})
SCOPE_SKIP = frozenset({"relcl", "ccomp", "advcl", "parataxis", "conj", "punct", "cc", "appos", "mark"})


@dataclass
class Coded:
    type: str
    mode: str | None = None
    detail: str | None = None
    topics: set[str] = field(default_factory=set)
    variant: str | None = None
    recoded_from: str | None = None
    dropped: bool = False


def content_types(c: Candidate) -> list[str]:
    out: list[str] = []
    for x in c.content:
        out.append(x.type)
        out.extend(content_types(x))
    return out


def _rule(lex: Lexicon, condition: str, from_type: str) -> tuple[bool, str | None, str | None]:
    for r in lex.recode:
        if r.condition == condition and r.from_type == from_type:
            return True, r.to_type, r.mode
    return False, None, None


FORCE_CLASSES = frozenset({"police", "military", "state", "official"})


def frame_type(c: Candidate, lex: Lexicon, subject_class: str | None = None) -> Coded:
    """Type of a top-level trigger after taking its content into account."""
    inner = [frame_type(x, lex) for x in c.content]
    inner = [x for x in inner if not x.dropped]
    coded = Coded(c.type)
    apply_purpose(coded, c, lex)  # ("offered to send troops to help X": aid offered, no threat)
    if c.role == "reverse":
        if inner:
            found, to, mode = _rule(lex, "reverse", inner[0].type)
            ended = inner[0].type
        else:  # "eased emergency measures": what is ended is named by a topic, not a trigger
            topics = match_phrases(topic_tokens(c.tok), lex.topics, lex.max_phrase)
            found, to, mode, ended = False, None, None, ""
            for r in lex.recode:
                if r.condition == "reverse-topic" and r.from_type in topics:
                    found, to, mode, ended = True, r.to_type, r.mode, r.from_type
                    break
        if not found or to is None:
            coded.dropped = True
            return coded
        if ended == "PROTEST" and subject_class in FORCE_CLASSES:  # police "stopped the protest"
            to, mode = "COERCE", "restrict"
        coded.type, coded.mode, coded.recoded_from = to, mode, ended if ended.isupper() else None
        return coded
    if c.role == "frame" and inner and c.type == "AGREE":
        condition = "assent" if "assent" in c.entry.flags else "offer"
        for x in inner:
            found, to, mode = _rule(lex, condition, x.type)
            if found and to is not None:
                coded.type, coded.mode, coded.recoded_from = to, mode, x.type
                break
    return coded


PURPOSE_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "relcl", "parataxis", "punct", "cc", "conj"})


def apply_purpose(coded: Coded, c: Candidate, lex: Lexicon) -> None:
    """Forces moved for peacekeeping, relief, rescue or training are aid, not a show of force (PLOVER):
    "deployed 300 troops to the UN peacekeeping mission", "sent soldiers to train the army"."""
    if coded.type != "MOBILIZE":
        return
    rules = {r.from_type: (r.to_type, r.mode) for r in lex.recode if r.condition == "purpose"}
    if not rules:
        return
    anchor = c.anchor
    toks: list[Token] = []
    # the forces moved ("peacekeepers arrived", "observers were deployed") and the phrase of the move
    movers = [ch for ch in anchor.children if ch.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    toks.extend(t for m in movers for t in list(m.subtree)[:12] if t.dep_ not in {"relcl", "punct"})
    queue = [ch for ch in anchor.children if ch.dep_ not in PURPOSE_SKIP]
    while queue and len(toks) < 40:
        t = queue.pop(0)
        toks.append(t)
        queue.extend(ch for ch in t.children if ch.dep_ not in {"relcl", "parataxis", "punct"})
    toks.append(c.tok)
    found = match_phrases(sorted(toks, key=lambda t: t.i), lex.topics, lex.max_phrase)
    hit = next((topic for topic in rules if topic in found), None)
    to_type = rules[hit][0] if hit is not None else None
    if hit is not None and to_type:
        coded.recoded_from, coded.type = coded.type, to_type
        coded.mode = rules[hit][1] or None
        coded.topics.add(hit)


def shared_opinion(c: Candidate) -> bool:
    """ "said they agree with Scott that ...", "agreed with the Senate that ...": sharing a view, no
    agreement to cooperate (PLOVER AGREE is agreeing to act; CAMEO's "express accord" is a statement)."""
    tok = c.tok
    if tok.lemma_.lower() != "agree" or tok.pos_ != "VERB":
        return False
    if any(ch.dep_ == "xcomp" for ch in tok.children):
        return False  # "agreed to withdraw"
    if tok.tag_ in {"VBP", "VBZ"} and not any(ch.dep_ == "aux" for ch in tok.children):
        return (
            True  # the simple present states an opinion ("we agree with ..."); agreements are reported done
        )
    has_with = any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children)
    clause = any(
        ch.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)
        for ch in tok.children
    )
    return has_with and clause


def apply_modality(coded: Coded, marks: Marks, lex: Lexicon) -> None:
    """PLOVER's auxiliary-mode rules: recode, and clear the flag the new type already expresses."""
    if marks.condition:  # "as long as the army pulls back": what the offer asks for, no act of its actor
        marks.future = False
        return
    if marks.term and not marks.negated:  # "under the deal, X will withdraw": a term, the act to come
        return
    if marks.negated and (marks.future or marks.conditional or marks.hypothetical):
        conditions = ["negated-future", "negated"]
    elif marks.negated:
        conditions = ["negated"]
    elif marks.future or marks.conditional or (marks.hypothetical and marks.speech and marks.speech_verb):
        # "said it could impose sanctions": the actor's own word of what it may do is a threat or offer
        conditions = (["speech-future"] if marks.speech else []) + (["intent-future"] if marks.intent else [])
        conditions.append("future")
    else:
        return
    for condition in conditions:
        found, to, mode = _rule(lex, condition, coded.type)
        if not found:
            continue
        if to is None:
            coded.dropped = True
            return
        coded.recoded_from = coded.recoded_from or coded.type
        coded.type = to
        coded.mode = mode or coded.mode
        if condition.startswith("negated"):
            marks.negated = False
            marks.future = marks.hypothetical = False
        else:
            marks.future = False
            if marks.speech_verb is not None:  # the threat or offer itself was made
                marks.hypothetical = False
        return


def scope_tokens(c: Candidate, subjects: list[Token]) -> list[Token]:
    """Words near the trigger that can tell its mode ("rocket attack", "suicide bomber")."""
    seen: dict[int, Token] = {}
    for t in c.all_tokens():
        queue = [(t, 0)]
        while queue:
            tok, d = queue.pop(0)
            if tok.i in seen:
                continue
            seen[tok.i] = tok
            if d < 2:
                queue += [(ch, d + 1) for ch in tok.children if ch.dep_ not in SCOPE_SKIP]
        if t.dep_ in {"nsubj", "nsubjpass"}:
            seen.setdefault(t.head.i, t.head)
            for ch in t.head.children:
                if ch.dep_ in {"acomp", "xcomp", "oprd", "dobj"}:
                    seen.setdefault(ch.i, ch)
    for s in subjects:
        for tok in np_tokens(s):
            seen.setdefault(tok.i, tok)
    # a noun's whole premodifier run, so that a cue is read whole ("rocket-propelled grenades")
    for tok in [t for t in seen.values() if t.pos_ in {"NOUN", "PROPN"}]:
        for m in tok.doc[max(tok.left_edge.i, tok.i - PREMODIFIER_RUN) : tok.i]:
            seen.setdefault(m.i, m)
    return sorted(seen.values(), key=lambda t: t.i)


PREMODIFIER_RUN = 4  # words before a noun read with it


def sentence_cues(tokens: list[Token], lex: Lexicon) -> list[ModeCue]:
    """Mode cues anywhere in a sentence (computed once per sentence)."""
    return _cues(tokens, lex)


def cue_tokens(tokens: list[Token], lex: Lexicon) -> list[tuple[Token, ModeCue]]:
    """Mode cues of a sentence with the token each starts at (for the cues' own modifiers). A cue
    inside a longer cue yields to it: "anti-aircraft gun" is no aircraft, "aircraft carrier" no
    air strike."""
    lemmas = [t.lemma_.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    index = [t.i for t in tokens]
    spans: list[tuple[int, int, Token, ModeCue]] = []
    starts = lex.mode_starts
    for k in range(len(tokens)):
        if lemmas[k] not in starts and lowers[k] not in starts:
            continue
        if negated_cue(tokens[k]):
            continue
        for j in range(k, min(k + lex.max_phrase, len(tokens))):
            if j > k and index[j] != index[j - 1] + 1:
                break
            seq_l, seq_w = tuple(lemmas[k : j + 1]), tuple(lowers[k : j + 1])
            here = list(lex.modes.get(seq_l, ()))
            if seq_w != seq_l:
                here.extend(lex.modes.get(seq_w, ()))
            spans.extend((k, j, tokens[k], cue) for cue in here)
    return [
        (tok, cue)
        for k, j, tok, cue in spans
        if not any(a <= k and j <= b and (a, b) != (k, j) for a, b, _, _ in spans)
    ]


def negated_cue(tok: Token) -> bool:
    """A cue word negated by its prefix: "non-violent"."""
    i = tok.i
    if i == 0:
        return False
    doc = tok.doc
    prev = doc[i - 1]
    if prev.lower_ in {"non", "non-"} and not prev.whitespace_:
        return True
    return bool(prev.text == "-" and i >= 2 and doc[i - 2].lower_ == "non")


def _cues(tokens: list[Token], lex: Lexicon) -> list[ModeCue]:
    return [cue for _, cue in cue_tokens(tokens, lex)]


def topics_for(c: Candidate, lex: Lexicon) -> set[str]:
    topics: set[str] = set()
    stack = [c]
    while stack:
        x = stack.pop()
        toks = topic_tokens(x.tok)
        if x.support is not None:
            toks += topic_tokens(x.support)
        toks.append(x.tok)  # the trigger word itself ("withdraw" -> withdraw, "ceasefire" -> ceasefire)
        topics |= match_phrases(sorted(set(toks), key=lambda t: t.i), lex.topics, lex.max_phrase)
        topics |= {f[2:] for f in x.entry.flags if f.startswith("t:")}
        stack.extend(x.content)
        stack.extend(x.merged)
    topics |= {f"c:{t}" for t in content_types(c)}
    return topics


WEAPON_MODES = frozenset(
    {
        "unconventional",
        "aerial",
        "drone",
        "heavy-weapons",
        "firearms",
        "primitive",
        "crowd-control",
        "explosives",
        "suicide-attack",
    }
)
# acts against a person that are events of their own, never the manner of another attack of the sentence
OWN_ACTS = frozenset({"abduct", "sexual"})
SENTENCE_CUE_PENALTY = (
    3  # a weapon named elsewhere in the sentence counts, but less than one near the trigger
)


def choose_mode(
    coded: Coded, c: Candidate, scope: list[Token], lex: Lexicon, sentence_cues: list[ModeCue] | None = None
) -> None:
    if coded.mode is not None and coded.type in DERIVED_MODE | {"RETREAT"}:
        return
    if coded.type in MODELESS:
        coded.mode = None
        return
    best: tuple[int, int, str, str | None] | None = None  # (weight, -position, mode, detail)
    if coded.type == c.type and c.entry.mode and not coded.recoded_from:
        best = (5, 0, c.entry.mode, None)
    candidates: list[ModeCue] = []
    if coded.type in DERIVED_MODE:
        keys = [("content:" + t.lower(),) for t in content_types(c)]  # cue keys are lower-cased
        if coded.recoded_from:
            keys.append(("content:" + coded.recoded_from.lower(),))
        keys += [("topic:" + t.lower(),) for t in sorted(coded.topics)]
        for derived in keys:
            candidates.extend(lex.modes.get(derived, []))
    # a verb naming another act in a clause about a participant ("killed men who tried to kidnap") is an
    # event of its own; one attached to the trigger tells what the act was ("attacked the village,
    # abducting two"), one in the trigger's argument what was done or stopped ("an attempt to
    # assassinate the governor was thwarted")
    candidates.extend(
        cue
        for tok, cue in cue_tokens(scope, lex)
        if cue.mode in WEAPON_MODES or tok.pos_ != "VERB" or _governed_act(tok, c.tok)
    )
    n_local = len(candidates)
    if sentence_cues is not None and coded.type == "ASSAULT":
        # a weapon named elsewhere in the sentence may be the one used; an act named there
        # ("tried to kidnap", "raped") is an event of its own, not how this one was done
        candidates.extend(c for c in sentence_cues if c.mode in WEAPON_MODES)
    for pos, cue in enumerate(candidates):
        if cue.type != coded.type:
            continue
        weight = cue.weight - (SENTENCE_CUE_PENALTY if pos >= n_local else 0)
        ranked = (weight, -pos, cue.mode, cue.detail)
        if best is None or ranked[:2] > best[:2]:
            best = ranked
    if best is not None:
        coded.mode = best[2]
        coded.detail = best[3] or _detail(candidates, coded.type, best[2])
    if coded.mode is None and coded.type == c.type:
        coded.mode = c.entry.mode


def denial(c: Candidate, coded: Coded, lex: Lexicon) -> bool:
    """ "rejected accusations that it had armed the rebels", "denied charges of ...": what is rejected is
    an accusation, so the act is a denial of responsibility (CAMEO 016), not a refusal of what the
    accusation names (no mode from the alleged act)."""
    if coded.type != "REJECT" or c.role != "frame" or c.type != "REJECT":
        return False
    objects = [ch for ch in c.tok.children if ch.dep_ in {"dobj", "nsubjpass"}]
    if c.tok.pos_ == "NOUN":  # "his rejection of the allegations"
        objects += [g for ch in c.tok.children if ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    for o in objects:
        lemma = o.lemma_.lower()
        if lemma in lex.denied:
            return True
        # "rejected claims that it had ...", "denied reports of ...": not "rejected the report"
        if lemma in lex.denied_clause and any(
            (ch.dep_ in {"acl", "ccomp", "relcl"} and any(m.lower_ == "that" for m in ch.children))
            or (ch.dep_ == "prep" and ch.lower_ == "of")
            for ch in o.children
        ):
            return True
    return False


OTHER_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})


def _governed_act(tok: Token, trigger: Token) -> bool:
    """Is verb ``tok`` the trigger, attached to it, or inside one of its arguments (no other clause
    between them)?"""
    if trigger.i in {tok.i, tok.head.i}:
        return True
    steps = 0
    while tok.i != trigger.i and steps < 12:
        if tok.dep_ in OTHER_CLAUSE or tok.head.i == tok.i:
            return False
        tok = tok.head
        steps += 1
    return bool(tok.i == trigger.i)


def _detail(cues: list[ModeCue], etype: str, mode: str) -> str | None:
    return next((c.detail for c in cues if c.type == etype and c.mode == mode and c.detail), None)


def cameo_code(coded: Coded, rows: list[CameoRow]) -> str | None:
    for r in rows:
        if r.type != coded.type:
            continue
        if r.mode is not None and r.mode != coded.mode:
            continue
        if r.topic is not None and r.topic not in coded.topics:
            continue
        if r.variant is not None and r.variant != coded.variant:
            continue
        return r.code
    return None


def topics_hold(condition: str, topics: set[str]) -> bool:
    """ "arson&!lethal": every named topic present, every !topic absent."""
    for part in condition.split("&"):
        if part.startswith("!"):
            if part[1:] in topics:
                return False
        elif part not in topics:
            return False
    return True


def acled_type(
    coded: Coded, source_class: str | None, target_class: str | None, rows: list[AcledRow]
) -> tuple[str, str] | None:
    for r in rows:
        if r.type != coded.type:
            continue
        if r.mode is not None and r.mode != (coded.mode or "none"):  # "none": no mode
            continue
        if r.detail is not None and r.detail != coded.detail:
            continue
        if r.topic is not None and not topics_hold(r.topic, coded.topics):
            continue
        if r.source is not None and (source_class or "-") not in r.source.split("|"):
            continue
        if r.target is not None and (target_class or "-") not in r.target.split("|"):
            continue
        return r.event_type, r.sub_event_type
    return None


@lru_cache(maxsize=4)
def _fallback_words(kind: str) -> frozenset[str]:
    return frozenset(
        r["word"].strip().lower() for r in read_data_tsv("events/acled_fallback.tsv") if r["kind"] == kind
    )


def _weapon_cue(tok: Token, cue: ModeCue, modes: frozenset[str]) -> bool:
    """A weapon named with no attack read: not a vehicle or platform ("a plane crash")."""
    if cue.type != "ASSAULT" or cue.mode not in modes:
        return False
    return tok.lemma_.lower() not in _fallback_words("platform") and tok.lower_ not in _fallback_words(
        "platform"
    )


def fallback_acled(sentences: Iterable[list[Token]], lex: Lexicon) -> tuple[str, str] | None:
    """The ACLED type of a text in which no ACLED-coded event was read (``acled_fallback.tsv``): its
    strongest weapon cue when the text tells of harm ("the mines planted ... took the lives of
    civilians"), else a demonstration ("demonstrators took part in a march"; violent with a riot cue,
    while a riot cue alone -- "clashes" -- may be a battle); the cue is coded as an event with no
    participants named."""
    sentences = list(sentences)
    harm = lex.harm | _fallback_words("harm")
    harmed = any(t.lemma_.lower() in harm or t.lower_ in harm for s in sentences for t in s)
    weapon = _strongest_weapon(sentences, lex, FALLBACK_WEAPONS) if harmed else None
    if weapon is not None:
        return acled_type(Coded(weapon.type, weapon.mode, weapon.detail), None, None, lex.acled)
    protest = {
        cue.mode if cue.mode == "demo" else "riot"  # not "barricaded", "struck"
        for sent in sentences
        for _tok, cue in cue_tokens(sent, lex)
        if cue.type == "PROTEST" and (cue.mode == "demo" or cue.mode in RIOT_CUE_MODES)
    }
    if "demo" in protest:  # "clashes" alone may be a battle
        return acled_type(Coded("PROTEST", "riot" if "riot" in protest else "demo"), None, None, lex.acled)
    agreements = _fallback_words("agreement")
    if any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in agreements for s in sentences for t in s):
        return acled_type(Coded("AGREE", topics={"settle"}), None, None, lex.acled)
    return None


RIOT_CUE_MODES = frozenset({"riot", "vandalize"})
FALLBACK_WEAPONS = WEAPON_MODES - {"crowd-control"}
SNIPPET_WEAPONS = frozenset(
    {"unconventional", "aerial", "drone", "suicide-attack", "heavy-weapons", "explosives"}
)


def weapon_acled(sentences: Iterable[list[Token]], lex: Lexicon) -> tuple[str, str] | None:
    """The ACLED type of the strongest weapon cue in ``sentences`` (the other sentences of a text whose
    main attack names no weapon: "after a blast. Extremists hit the terminal, killing dozens") --
    only weapons whose sub-event type does not depend on who was hit."""
    cue = _strongest_weapon(sentences, lex, SNIPPET_WEAPONS)
    if cue is None:
        return None
    return acled_type(Coded(cue.type, cue.mode, cue.detail), None, None, lex.acled)


def _strongest_weapon(
    sentences: Iterable[list[Token]], lex: Lexicon, modes: frozenset[str]
) -> ModeCue | None:
    """The weapon cue of ``modes`` with the highest weight in ``sentences`` (ties: the first)."""
    best: tuple[int, int, ModeCue] | None = None
    position = 0
    for sent in sentences:
        for tok, cue in cue_tokens(sent, lex):
            position += 1
            if _weapon_cue(tok, cue, modes) and (best is None or (cue.weight, -position) > best[:2]):
                best = (cue.weight, -position, cue)
    return best[2] if best is not None else None


def sentence_contexts(sentence: list[Token], lex: Lexicon) -> frozenset[str]:
    """Context cues anywhere in a sentence (computed once per sentence)."""
    return frozenset(match_phrases(sentence, lex.contexts, lex.max_phrase))


def contexts_for(
    coded: Coded, in_sentence: frozenset[str], sectors: list[str], lex: Lexicon
) -> tuple[str, ...]:
    found = set(in_sentence)
    keys = [f"type:{coded.type}", f"mode:{coded.mode}"] + [f"sector:{s}" for s in sectors]
    keys += [f"topic:{t}" for t in coded.topics]
    for key in keys:
        found |= lex.type_contexts.get(key, frozenset())
    return tuple(sorted(found))


def is_conflictual(etype: str) -> bool:
    return etype in CONFLICTUAL
