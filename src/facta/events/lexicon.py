"""The event coder's lexicons, loaded from ``facta/data/events/*.tsv`` (see docs/events.md).

Everything the coder knows about words lives in data files: trigger lemmas and the PLOVER type each
one signals, light ("support") verbs, occurrence verbs, mode cues, topic cues, participant classes,
context cues and modality cues. :func:`load_lexicon` reads them once per pipeline (through
:class:`~facta.resources.Resources`); nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from facta.resources import read_data_tsv

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_COOPERATION = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
YIELDING = frozenset({"RETREAT", "CONCEDE"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
VERBAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One reading of a trigger word (triggers.tsv).

    ``role`` is ``event`` (the word names an event), ``frame`` (a verbal act whose complement is
    its content: "threatened to attack", "demanded the release") or ``reverse`` (ends what its
    complement names: "lifted the curfew", "halted the offensive").
    """

    lemma: str
    pos: str  # V (verb), N (noun), A (adjective)
    with_: str | None  # a word that must accompany the trigger ("call" + "for")
    type: str
    mode: str | None
    role: str
    objtopic: frozenset[str]  # the entry applies only when the object/complement has one of these topics
    sclass: frozenset[str]  # ... only when the subject's participant class is one of these
    oclass: frozenset[str]  # ... only when the object's participant class is one of these
    tpreps: frozenset[str]  # prepositions introducing the target
    flags: frozenset[str]  # recip (all participants are actors), swap (object is the actor), ...
    cameo: str | None
    conf: float

    @property
    def specificity(self) -> int:
        return (
            (8 if self.with_ else 0)
            + (4 if self.objtopic else 0)
            + (2 if self.sclass or self.oclass else 0)
            + (1 if self.flags & {"notopic"} else 0)
        )


@dataclass(frozen=True, slots=True)
class SupportEntry:
    """A light verb that turns its nominal object into an event: "launched an attack"."""

    lemma: str
    with_: str | None
    subject: str  # "source" or "target" ("came under attack", "faced sanctions")
    type: str | None  # overrides the noun's type (sign + agreement -> SUPPORT)
    nouns: frozenset[str]  # only with these nouns (empty = any event noun)
    marks: frozenset[str]  # modality marks it adds: future, reverse, continue


@dataclass(frozen=True, slots=True)
class ModeCue:
    type: str
    mode: str
    detail: str | None
    weight: int


@dataclass(frozen=True, slots=True)
class CameoRow:
    type: str
    mode: str | None
    topic: str | None
    variant: str | None
    code: str

    @property
    def specificity(self) -> int:
        return (4 if self.mode else 0) + (2 if self.topic else 0) + (1 if self.variant else 0)


@dataclass(frozen=True, slots=True)
class AcledRow:
    type: str
    mode: str | None
    detail: str | None
    topic: str | None
    source: str | None  # participant class of the actor
    target: str | None  # participant class of the recipient
    event_type: str
    sub_event_type: str

    @property
    def specificity(self) -> int:
        return sum(
            w
            for w, v in (
                (8, self.detail),
                (4, self.mode),
                (4, self.topic),
                (3, self.source),
                (2, self.target),
            )
            if v
        )


@dataclass(frozen=True, slots=True)
class RecodeRule:
    """PLOVER's rules for future, conditional, negated and reversed events (recode.tsv)."""

    condition: str  # future, negated, negated-future, speech-future, reverse, offer, assent, vow
    from_type: str
    to_type: str | None  # None: the event is dropped
    mode: str | None


@dataclass(frozen=True, slots=True)
class ModalityCues:
    negation: frozenset[str]  # not, never, no, ...
    future_aux: frozenset[str]  # will, shall, 'll
    future_verbs: frozenset[str]  # plan, intend, prepare, ... (+ to-infinitive)
    future_adj: frozenset[str]  # upcoming, planned, proposed (on nominal events)
    hypothetical: frozenset[str]  # could, might, may, would (without reported speech)
    conditional: frozenset[str]  # if, unless, provided
    failure: frozenset[str]  # fail, refuse... (the complement did not happen)
    historical: frozenset[str]  # "ago", "former" cues near the trigger
    speech: frozenset[str]  # say, tell, announce... (reported speech makes "would" future)
    intent: frozenset[str] = frozenset()  # plan, intend, decide ... (the actor's own intention)
    deontic: frozenset[str] = frozenset()  # must, should ...
    deontic_verbs: frozenset[str] = frozenset()  # have (to), need (to)
    deliberate: frozenset[str] = frozenset()  # consider, mull, weigh (an option, no commitment)
    hypothetical_adj: frozenset[str] = frozenset()  # possible, potential (on nominal events)
    hypothetical_noun: frozenset[str] = frozenset()  # possibility, prospect (of an event)
    hypothetical_det: frozenset[str] = frozenset()  # any (on nominal events: none in particular)
    counterfactual: frozenset[str] = frozenset()  # would, could, might (verb of a nominal subject event)
    capability: frozenset[str] = frozenset()  # capable (of), able (to), capacity (to)
    attitude: frozenset[str] = (
        frozenset()
    )  # hope, optimism, skeptical (non-factive: the content is not asserted)
    term_noun: frozenset[str] = frozenset()  # deal, accord, terms ("under the deal, X will ...": a term)
    abstain: frozenset[str] = frozenset()  # refrain, "hold off" (+ from: the act was not done)
    dispatch: frozenset[str] = frozenset()  # emerge, pour, send (+ purpose: the purpose act was done)
    comparison: frozenset[str] = frozenset()  # unlike, like (a comparison adjunct: background)


@dataclass
class Lexicon:
    triggers: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    support: dict[str, list[SupportEntry]] = field(default_factory=dict)
    occurrence: frozenset[str] = frozenset()
    modes: dict[tuple[str, ...], list[ModeCue]] = field(default_factory=dict)
    topics: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    sector_classes: dict[str, str] = field(default_factory=dict)
    contexts: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    type_contexts: dict[str, frozenset[str]] = field(default_factory=dict)  # "type:ASSAULT" -> contexts
    type_tpreps: dict[str, frozenset[str]] = field(default_factory=dict)  # default target prepositions
    recode: list[RecodeRule] = field(default_factory=list)
    cameo_roots: dict[str, str] = field(default_factory=dict)  # CAMEO root -> PLOVER type
    modality: ModalityCues | None = None
    attempt: frozenset[str] = frozenset()  # "tried to block": the act only attempted
    anaphoric_det: frozenset[str] = frozenset()  # "the", "these": a nominal event that may refer back
    cameo: list[CameoRow] = field(default_factory=list)
    acled: list[AcledRow] = field(default_factory=list)
    incidents: dict[str, tuple[str, str]] = field(default_factory=dict)  # protest-incident signal -> ACLED
    lethal: frozenset[str] = frozenset()  # words of killing: an ASSAULT near them is lethal
    harm: frozenset[str] = frozenset()  # killing, injury, brutality: force that causes them is excessive
    denied: frozenset[str] = frozenset()  # accusation, allegation: rejecting one denies responsibility
    responsible: frozenset[str] = frozenset()  # responsible (for), guilty (of), behind: who did it
    relational: frozenset[str] = frozenset()  # "based (on)", "related (to)": participles naming no party
    denied_clause: frozenset[str] = frozenset()  # claim, report: the same when a clause says what they allege
    max_phrase: int = 3
    _trigger_words: frozenset[str] = frozenset()
    _mode_starts: frozenset[str] = frozenset()

    @property
    def mode_starts(self) -> frozenset[str]:
        """First words of the mode cue phrases (a quick filter)."""
        if not self._mode_starts:
            self._mode_starts = frozenset(k[0] for k in self.modes if k)
        return self._mode_starts

    @property
    def trigger_words(self) -> frozenset[str]:
        if not self._trigger_words:
            self._trigger_words = frozenset(lemma for lemma, _ in self.triggers)
        return self._trigger_words

    def entries(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self.triggers.get((lemma, pos), [])


def _set(cell: str) -> frozenset[str]:
    return frozenset(x.strip() for x in cell.split(",") if x.strip())


def _opt(cell: str) -> str | None:
    cell = cell.strip()
    return cell if cell and cell != "-" else None


def _phrase(cell: str) -> tuple[str, ...]:
    """A cue phrase as the tokenizer splits it: "stone-throwing" is stone, -, throwing."""
    return tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", cell.strip().lower()).split())


def load_triggers() -> dict[tuple[str, str], list[TriggerEntry]]:
    table: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    for row in read_data_tsv("events/triggers.tsv"):
        entry = TriggerEntry(
            lemma=row["lemma"].strip().lower(),
            pos=row["pos"].strip(),
            with_=_opt(row["with"]),
            type=row["type"].strip(),
            mode=_opt(row["mode"]),
            role=_opt(row["role"]) or "event",
            objtopic=_set(row["objtopic"]),
            sclass=_set(row["sclass"]),
            oclass=_set(row["oclass"]),
            tpreps=_set(row["tpreps"]),
            flags=_set(row["flags"]),
            cameo=_opt(row["cameo"]),
            conf=float(row["conf"] or 0.6),
        )
        if entry.type not in PLOVER_TYPES:
            raise ValueError(f"triggers.tsv: unknown PLOVER type {entry.type!r} for {entry.lemma!r}")
        table[(entry.lemma, entry.pos)].append(entry)
    for key, entries in table.items():
        table[key] = sorted(entries, key=lambda e: -e.specificity)
    return dict(table)


def load_support() -> dict[str, list[SupportEntry]]:
    table: dict[str, list[SupportEntry]] = defaultdict(list)
    for row in read_data_tsv("events/support.tsv"):
        entry = SupportEntry(
            lemma=row["lemma"].strip().lower(),
            with_=_opt(row["with"]),
            subject=row["subject"].strip() or "source",
            type=_opt(row["type"]),
            nouns=_set(row["nouns"]),
            marks=_set(row["marks"]),
        )
        table[entry.lemma].append(entry)
    for key, entries in table.items():
        table[key] = sorted(entries, key=lambda e: -((2 if e.with_ else 0) + (1 if e.nouns else 0)))
    return dict(table)


@functools.cache
def word_lists() -> dict[str, frozenset[str]]:
    """``events/words.tsv`` by list (read once, on first use; the parse helpers of
    :mod:`facta.events.syntax` take their control and stating words from here)."""
    words: dict[str, set[str]] = defaultdict(set)
    for row in read_data_tsv("events/words.tsv"):
        words[row["list"].strip()].add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in words.items()}


def load_lexicon() -> Lexicon:
    """Read every events data file (called once per pipeline through Resources)."""
    lex = Lexicon(triggers=load_triggers(), support=load_support())
    words: defaultdict[str, frozenset[str]] = defaultdict(frozenset, word_lists())
    lex.occurrence = frozenset(words["occurrence"])
    lex.lethal = frozenset(words["lethal"])
    lex.harm = lex.lethal | frozenset(words["injury"]) | frozenset(words["brutality"])
    lex.attempt = frozenset(words["attempt"])
    lex.anaphoric_det = frozenset(words["anaphoric_det"])
    lex.denied = frozenset(words["denied"])
    lex.responsible = frozenset(words["responsible"])
    lex.relational = frozenset(words["relational"])
    lex.denied_clause = frozenset(words["denied_clause"])
    lex.type_tpreps = {k[7:]: frozenset(v) for k, v in words.items() if k.startswith("tpreps:")}
    lex.modality = ModalityCues(
        negation=frozenset(words["negation"]),
        future_aux=frozenset(words["future_aux"]),
        future_verbs=frozenset(words["future_verb"]),
        future_adj=frozenset(words["future_adj"]),
        hypothetical=frozenset(words["hypothetical"]),
        conditional=frozenset(words["conditional"]),
        failure=frozenset(words["failure"]),
        historical=frozenset(words["historical"]),
        speech=frozenset(words["speech"]),
        intent=frozenset(words["intent"]),
        deontic=frozenset(words["deontic"]),
        deontic_verbs=frozenset(words["deontic_verb"]),
        deliberate=frozenset(words["deliberate"]),
        hypothetical_adj=frozenset(words["hypothetical_adj"]),
        hypothetical_noun=frozenset(words["hypothetical_noun"]),
        hypothetical_det=frozenset(words["hypothetical_det"]),
        counterfactual=frozenset(words["counterfactual"]),
        capability=frozenset(words["capability"]),
        attitude=frozenset(words["attitude"]),
        term_noun=frozenset(words["term_noun"]),
        abstain=frozenset(words["abstain"]),
        dispatch=frozenset(words["dispatch"]),
        comparison=frozenset(words["comparison"]),
    )
    modes: dict[tuple[str, ...], list[ModeCue]] = defaultdict(list)
    for row in read_data_tsv("events/modes.tsv"):
        cue = ModeCue(row["type"].strip(), row["mode"].strip(), _opt(row["detail"]), int(row["weight"] or 1))
        modes[_phrase(row["cue"])].append(cue)
    lex.modes = dict(modes)
    topics: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in read_data_tsv("events/topics.tsv"):
        topics[_phrase(row["cue"])] |= _set(row["topics"])
    lex.topics = {k: frozenset(v) for k, v in topics.items()}
    for row in read_data_tsv("events/participants.tsv"):
        if row["kind"].strip() == "sector":
            lex.sector_classes[row["word"].strip()] = row["class"].strip()
        else:
            lex.classes[row["word"].strip().lower()] = row["class"].strip()
    contexts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    type_contexts: dict[str, set[str]] = defaultdict(set)
    for row in read_data_tsv("events/contexts.tsv"):
        if ":" in row["cue"]:
            type_contexts[row["cue"].strip()] |= _set(row["contexts"])
        else:
            contexts[_phrase(row["cue"])] |= _set(row["contexts"])
    lex.contexts = {k: frozenset(v) for k, v in contexts.items()}
    lex.type_contexts = {k: frozenset(v) for k, v in type_contexts.items()}
    lex.cameo = sorted(
        (
            CameoRow(
                r["type"].strip(), _opt(r["mode"]), _opt(r["topic"]), _opt(r["variant"]), r["cameo"].strip()
            )
            for r in read_data_tsv("events/cameo.tsv")
        ),
        key=lambda r: -r.specificity,
    )
    lex.acled = sorted(
        (
            AcledRow(
                r["type"].strip(),
                _opt(r["mode"]),
                _opt(r["detail"]),
                _opt(r["topic"]),
                _opt(r["source"]),
                _opt(r["target"]),
                r["event_type"].strip(),
                r["sub_event_type"].strip(),
            )
            for r in read_data_tsv("events/acled.tsv")
        ),
        key=lambda r: -r.specificity,
    )
    lex.incidents = {
        r["signal"].strip(): (r["event_type"].strip(), r["sub_event_type"].strip())
        for r in read_data_tsv("events/acled_incidents.tsv")
    }
    lex.recode = [
        RecodeRule(r["condition"].strip(), r["from"].strip(), _opt(r["to"]), _opt(r["mode"]))
        for r in read_data_tsv("events/recode.tsv")
    ]
    lex.cameo_roots = {r["root"].strip(): r["type"].strip() for r in read_data_tsv("events/cameo_roots.tsv")}
    longest = [len(k) for k in (*lex.modes, *lex.topics, *lex.contexts)]
    lex.max_phrase = max(longest, default=1)
    return lex
