"""The typed, immutable records facta produces.

Every value that comes from the text carries the character span it came from (``start``/``end`` are
offsets into :attr:`Article.text`, ``end`` exclusive). Unknown values are ``None``, never guessed.
The JSON field names are a public contract (see README "Record format"): keep them, add freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "organization", "country", "group"]
Precision = Literal["day", "week", "month", "year", "decade", "century"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int  # offset of the first character
    end: int  # offset after the last character
    text: str
    sentence: int | None = None  # index of the sentence it lies in


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: the sentence (index and character range) and the trigger inside it."""

    sentence: int  # sentence index (0-based)
    start: int  # offsets of the sentence
    end: int
    text: str  # the sentence
    trigger: Span | None = None  # the word(s) that signal the event or statement


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read: its normalised text and what is known about it."""

    id: str  # hash of url and text (16 hex digits)
    text: str  # the normalised text every offset refers to
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    outlet: str | None = None  # publisher
    language: str = "en"
    n_sentences: int | None = None
    content_hash: str | None = None  # hash of the text alone (finds the same text under other URLs)
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    id: str  # local to the record ("a1", "a2", ...)
    name: str  # the fullest name the article gives
    kind: ActorKind  # person, organization, country or group
    country: str | None = None  # ISO 3166-1 alpha-3, or IGO / NGO / IMG for transnational actors
    sector: str | None = None  # PLOVER sector code (GOV, MIL, COP, REB, CVL, ...)
    role: str | None = None  # "spokeswoman", "foreign minister", ...
    affiliation: str | None = None  # id of the actor this one works for / speaks for
    other_sectors: tuple[str, ...] = ()  # further PLOVER sector codes that apply
    mentions: tuple[Span, ...] = ()  # every place in the text that refers to this actor
    source: str | None = None  # how it was resolved, e.g. "ner", "title", "demonym", "dictionary:NAME"
    code: str | None = None  # CAMEO-style code: country + agent ("USAGOV", "---REB", "IGO", "GONCOP")


@dataclass(frozen=True, slots=True)
class Place:
    """A place mentioned in the article, resolved to a GeoNames entry where possible."""

    id: str  # local to the record ("p1", ...)
    name: str  # the gazetteer's name (the text's name when unresolved)
    geonameid: int | None = None  # GeoNames id (None for regions GeoNames' lists lack)
    lat: float | None = None  # WGS84 latitude
    lon: float | None = None  # WGS84 longitude
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None  # first-level subdivision name
    feature: str | None = None  # "country", "admin1", "city", "region", ...
    mentions: tuple[Span, ...] = ()  # every mention of the place


@dataclass(frozen=True, slots=True)
class When:
    """When an event happened: a resolved period, its precision and the expression it was read from."""

    date: str | None  # ISO date of the start of the period
    precision: Precision | None
    text: str | None = None  # the time expression, None when inherited from the publication date
    start: int | None = None  # offsets of the time expression
    end: int | None = None
    end_date: str | None = None  # last day, for ranges ("between Monday and Wednesday")
    inherited: bool = False  # True when no time expression was found and the publication date was used
    future: bool = False  # the period starts after the publication date ("tomorrow", "next week")


@dataclass(frozen=True, slots=True)
class Casualty:
    """One casualty report: "at least 12 civilians were killed" → kind=killed, low=12, high=None."""

    kind: Literal["killed", "injured", "arrested"]
    low: int  # the count, or the low end of a range
    high: int | None  # None = exactly ``low`` (or "at least low" when ``at_least``)
    victim: str = "unknown"  # civilian, child, militant, soldier, police, unknown
    at_least: bool = False
    span: Span | None = None
    vague: bool = False  # a vague word ("dozens", "several"): low..high is the word's usual range
    note: str | None = None  # why it is not counted: repeat, subset, period, superseded, historical, zero
    event: str | None = None  # id of the event it belongs to (None: article level)


@dataclass(frozen=True, slots=True)
class Toll:
    """Casualty counts (each death counted once); a vague count leaves the number None and sets the range."""

    killed: int | None = None  # exact or "at least" count; None when unknown or only a range is known
    injured: int | None = None
    arrested: int | None = None
    casualties: tuple[Casualty, ...] = ()  # every casualty report read, counted or not (see note)
    # When a figure is vague or a range ("dozens", "10 to 15"), the count above is None and these give
    # the range (high None = open-ended). See docs/tolls.md.
    killed_low: int | None = None  # range for vague counts ("dozens" -> 24..99)
    killed_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    arrested_low: int | None = None
    arrested_high: int | None = None


@dataclass(frozen=True, slots=True)
class Modality:
    """PLOVER's auxiliary modes: whether the event really happened as reported."""

    negated: bool = False  # "did not attack"
    hypothetical: bool = False  # "could attack", "an attack would ..."
    conditional: bool = False  # "would withdraw if the blockade were lifted"
    future: bool = False  # "will meet next week", intentions
    historical: bool = False  # long before publication ("began the offensive two years ago")

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical or self.conditional or self.future)


@dataclass(frozen=True, slots=True)
class Acled:
    """The ACLED classification of a violent or protest event."""

    event_type: str  # e.g. "Explosions/Remote violence"
    sub_event_type: str | None = None  # e.g. "Shelling/artillery/missile attack"


@dataclass(frozen=True, slots=True)
class Incident:
    """The incident a text reports, read as ACLED codes it: the sub-type of its main event, refined by
    the rest of the text (a weapon named in another sentence, the same attackers' clash, ...)."""

    event_type: str  # ACLED event type, e.g. "Explosions/Remote violence"
    sub_event_type: str  # e.g. "Remote explosive/landmine/IED"
    event: str | None = None  # id of the event it was read from (None: only the text's cues name it)


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, typed in PLOVER, with where, when, toll and the sentence it came from."""

    id: str  # local to the record ("e1", ...)
    type: str  # PLOVER event type
    evidence: Evidence  # the sentence and trigger it was read from
    mode: str | None = None  # PLOVER mode of the type (e.g. "aerial", "withdraw")
    contexts: tuple[str, ...] = ()  # PLOVER contexts (e.g. "military", "diplomatic")
    cameo: str | None = None  # CAMEO event code
    acled: Acled | None = None  # for violent and protest events
    source: tuple[str, ...] = ()  # actor ids
    target: tuple[str, ...] = ()  # actor ids
    place: str | None = None  # place id
    when: When | None = None
    toll: Toll = field(default_factory=Toll)  # casualties of this event
    modality: Modality = field(default_factory=Modality)
    statement: str | None = None  # statement id when the event is something said
    confidence: float = 0.5  # 0..1, the coder's certainty
    coder: str | None = None  # registry name and version of the coder, e.g. "events.rules.v1"
    more_evidence: tuple[Evidence, ...] = ()  # later sentences reporting the same happening (merged in)


@dataclass(frozen=True, slots=True)
class Statement:
    """Something an actor said: speaker, cue, content, and the position it takes."""

    id: str  # local to the record ("s1", ...)
    speaker: str | None  # actor id
    content: tuple[Span, ...]  # the fragments of what was said (several for interrupted quotes)
    evidence: Evidence  # the sentence holding the cue
    cue: Span | None = None  # the attribution cue ("said", "according to")
    direct: bool = False  # quoted words
    speaker_span: Span | None = None  # the mention naming the speaker in this statement
    addressee: str | None = None  # actor id the statement is addressed to or about
    stance: str | None = None  # offer, support, demand, reject, accuse, retract, qualify, ...
    topic: str | None = None  # normalised topic ("ceasefire", "talks", ...)
    extractor: str | None = None  # registry name and version of the extractor
    when: When | None = None  # when it was said (the cue's time expression, else the publication date)
    # a relayed position ("The party rejected the plan, its spokesman said"): whose position it is
    holder: str | None = None  # its actor id (when the actor was listed before stances ran)
    holder_span: Span | None = None  # the mention of the organisation holding the position
    negated: bool = False  # the cue is denied ("did not claim it": not said; "would not endorse": a refusal)

    @property
    def content_text(self) -> str:
        return " … ".join(s.text for s in self.content)


@dataclass(frozen=True, slots=True)
class Record:
    """Everything facta read in one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    toll: Toll = field(default_factory=Toll)  # the article's total, each casualty counted once
    warnings: tuple[str, ...] = ()
    pipeline: tuple[str, ...] = ()  # versioned stage names that produced it
    incident: Incident | None = None  # the incident the text reports, as ACLED codes it

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def statement(self, statement_id: str | None) -> Statement | None:
        return next((s for s in self.statements if s.id == statement_id), None)

    def to_dict(self, *, include_text: bool = True) -> dict[str, object]:
        from facta.model.serialize import record_to_dict

        return record_to_dict(self, include_text=include_text)

    def to_json(self, *, include_text: bool = True, indent: int | None = None) -> str:
        import json

        return json.dumps(self.to_dict(include_text=include_text), ensure_ascii=False, indent=indent)
