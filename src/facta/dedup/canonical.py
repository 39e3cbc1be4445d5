"""Cross-article events: one canonical event for every real-world event, however many outlets report it.

Each event an article reports becomes a :class:`Mention` (article, sentence, outlet and the event's
normalised values). A mention joins the existing canonical event it matches best, or starts a new one.
Matching (see :func:`score`) requires the same PLOVER type and dates within a window set by the coarser
precision (3 days for day precision, 7 for week, 31 for month); an event dated only by its year or coarser
(background: "kidnapped in 2014") matches nothing but its own syndicated copies; places in different
countries never match. Within those limits, a weighted score over place, actors, shared proper names
and numbers in the evidence sentence and toll agreement must reach :data:`THRESHOLD`. A syndicated copy
(an article in the same near-duplicate group) matches its original's event from the same sentence
outright.

The canonical values are the best supported ones (:func:`aggregate`): the most reported date among the
most precise ones, the most reported place and actors; tolls are never summed across reports — the most
reported figure is kept (ties go to the higher, later figure) together with the lowest and highest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from facta.dedup.keys import evidence_terms, fold, name_key, surname_key
from facta.dedup.minhash import tokens
from facta.geo.gazetteer import haversine_km
from facta.model import Actor, Event, Record

THRESHOLD = 0.55
WINDOW_DAYS = {"day": 3, "week": 7, "month": 31, "year": 366, "decade": 3660, "century": 36600}
WEIGHTS = {"date": 0.25, "place": 0.25, "actors": 0.25, "terms": 0.15, "toll": 0.10}
FAR_KM = 100.0  # places further apart than this are never the same event
NEAR_KM = 20.0  # places this close count almost as the same place
UNKNOWN = 0.3  # the sub-score when one side does not say (neither evidence for nor against)
TOLL_KINDS = ("killed", "injured", "arrested")


@dataclass(frozen=True, slots=True)
class MentionActor:
    key: str  # "n:<folded name>" or "c:<ISO3>" for a country acting as a whole
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None

    @property
    def keys(self) -> set[str]:
        out = {self.key}
        if self.kind == "person" and (surname := surname_key(self.name)):
            out.add(f"s:{surname}")
        if self.country and self.sector:
            out.add(f"cs:{self.country}:{self.sector}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event: which article and sentence said it, and the values it gave."""

    article_id: str
    event_id: str
    type: str
    sentence: int
    evidence: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    dup_group: str | None = None  # near-duplicate group of the article (its earliest copy's id)
    date: str | None = None
    precision: str | None = None
    place_key: str | None = None
    place_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # country of the place
    admin1: str | None = None
    source: tuple[MentionActor, ...] = ()
    target: tuple[MentionActor, ...] = ()
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    mode: str | None = None
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    confidence: float = 0.5
    terms: frozenset[str] = frozenset()
    start: int | None = None  # character offsets of the evidence sentence in the article
    end: int | None = None
    # the ACLED sub-event type of the article's incident when this event is the one it was read from
    incident_sub_event_type: str | None = None

    @property
    def source_key(self) -> str:
        """Who reported it: the outlet, else the URL's host, else the article."""
        if self.outlet:
            return fold(self.outlet)
        if self.url and "://" in self.url:
            return self.url.split("://", 1)[1].split("/", 1)[0].lower()
        return self.article_id

    @property
    def sentence_key(self) -> str:
        """Near-duplicate group + hash of the evidence sentence's words: equal for the same sentence in
        syndicated copies (whose sentence numbers may differ when a byline or dateline was added)."""
        words = " ".join(tokens(self.evidence))
        return f"{self.dup_group}#{zlib.crc32(words.encode('utf-8')):08x}"

    def toll(self, kind: str) -> int | None:
        value: int | None = getattr(self, kind)
        return value


@dataclass(slots=True)
class Summary:
    """What a canonical event's mentions say together: what a new mention is compared with."""

    type: str
    date_low: str | None = None
    date_high: str | None = None
    precision: str | None = None
    place_keys: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    actor_keys: set[str] = field(default_factory=set)
    actor_countries: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)
    sentences: set[str] = field(default_factory=set)  # Mention.sentence_key of every mention
    tolls: dict[str, list[int]] = field(default_factory=dict)
    coords: set[tuple[float, float]] = field(default_factory=set)  # (lat, lon) of the places given
    articles: set[str] = field(default_factory=set)  # ids of the articles that report it
    source_keys: set[str] = field(default_factory=set)  # MentionActor.keys of the mentions' sources

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "date_low": self.date_low,
            "date_high": self.date_high,
            "precision": self.precision,
            "place_keys": sorted(self.place_keys),
            "countries": sorted(self.countries),
            "admin1s": sorted(self.admin1s),
            "actor_keys": sorted(self.actor_keys),
            "actor_countries": sorted(self.actor_countries),
            "terms": sorted(self.terms),
            "sentences": sorted(self.sentences),
            "tolls": self.tolls,
            "coords": sorted(self.coords),
            "articles": sorted(self.articles),
            "source_keys": sorted(self.source_keys),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(
            type=data["type"],
            date_low=data.get("date_low"),
            date_high=data.get("date_high"),
            precision=data.get("precision"),
            place_keys=set(data.get("place_keys", ())),
            countries=set(data.get("countries", ())),
            admin1s=set(data.get("admin1s", ())),
            actor_keys=set(data.get("actor_keys", ())),
            actor_countries=set(data.get("actor_countries", ())),
            terms=set(data.get("terms", ())),
            sentences=set(data.get("sentences", ())),
            tolls={k: list(v) for k, v in data.get("tolls", {}).items()},
            coords={(float(a), float(b)) for a, b in data.get("coords", ())},
            articles=set(data.get("articles", ())),
            source_keys=set(data.get("source_keys", ())),
        )


@dataclass(frozen=True, slots=True)
class Tally:
    best: int | None
    low: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """The best-supported values of one real-world event and how many sources report it."""

    id: str
    type: str
    date: str | None
    precision: str | None
    date_low: str | None
    date_high: str | None
    place_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    source: MentionActor | None
    target: MentionActor | None
    actors: tuple[dict[str, Any], ...]  # every actor named, with role and how many mentions name it
    killed: Tally
    injured: Tally
    arrested: Tally
    mode: str | None
    cameo: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    n_mentions: int
    n_articles: int
    n_sources: int  # distinct outlets
    n_independent: int  # distinct near-duplicate groups (syndicated copies count once)
    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    evidence: str
    evidence_article_id: str
    evidence_sentence: int
    confidence: float
    summary: Summary


# -- building mentions --------------------------------------------------------------------------------
def _actor(actor: Actor | None) -> MentionActor | None:
    if actor is None:
        return None
    key = f"c:{actor.country}" if actor.kind == "country" and actor.country else f"n:{name_key(actor.name)}"
    return MentionActor(key, actor.name, actor.kind, actor.country, actor.sector)


def is_reportable(event: Event) -> bool:
    """Only events said to have happened (or to be happening) become canonical events."""
    return event.modality.factual


def mentions_from_record(record: Record, dup_group: str | None = None) -> list[Mention]:
    """The mentions of every factual event in ``record`` (``dup_group`` defaults to the article id)."""
    article = record.article
    incident = record.incident
    out = []
    for event in record.events:
        if not is_reportable(event):
            continue
        place = record.place(event.place)
        when = event.when
        date = when.date if when and when.date else article.published
        precision = (when.precision if when and when.date else "day" if article.published else None) or "day"
        source = tuple(a for a in (_actor(record.actor(i)) for i in event.source) if a)
        target = tuple(a for a in (_actor(record.actor(i)) for i in event.target) if a)
        place_key = None
        if place is not None:
            place_key = f"g:{place.geonameid}" if place.geonameid else f"n:{name_key(place.name)}"
        out.append(
            Mention(
                article_id=article.id,
                event_id=event.id,
                type=event.type,
                sentence=event.evidence.sentence,
                evidence=event.evidence.text,
                outlet=article.outlet,
                url=article.url,
                published=article.published,
                dup_group=dup_group or article.id,
                date=date,
                precision=precision if date else None,
                place_key=place_key,
                place_name=place.name if place else None,
                geonameid=place.geonameid if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                country=place.country if place else None,
                admin1=place.admin1 if place else None,
                source=source,
                target=target,
                killed=event.toll.killed,
                injured=event.toll.injured,
                arrested=event.toll.arrested,
                mode=event.mode,
                cameo=event.cameo,
                acled_event_type=event.acled.event_type if event.acled else None,
                acled_sub_event_type=event.acled.sub_event_type if event.acled else None,
                confidence=event.confidence,
                terms=evidence_terms(event.evidence.text),
                start=event.evidence.start,
                end=event.evidence.end,
                incident_sub_event_type=(
                    incident.sub_event_type if incident is not None and incident.event == event.id else None
                ),
            )
        )
    return out


# -- matching -----------------------------------------------------------------------------------------
def _days(date: str) -> int:
    return dt.date.fromisoformat(date[:10]).toordinal()


def window(precision_a: str | None, precision_b: str | None) -> int:
    return max(WINDOW_DAYS.get(precision_a or "day", 3), WINDOW_DAYS.get(precision_b or "day", 3))


def _date_score(m: Mention, s: Summary) -> float | None:
    if not m.date or not s.date_low or not s.date_high:
        return UNKNOWN
    w = window(m.precision, s.precision)
    d = _days(m.date)
    gap = max(0, _days(s.date_low) - d, d - _days(s.date_high))
    if gap > w:
        return None
    return 1.0 - gap / (w + 1)


def _place_score(m: Mention, s: Summary) -> float | None:
    if m.place_key is None or not s.place_keys:
        return UNKNOWN
    if m.place_key in s.place_keys:
        return 1.0
    if m.country and s.countries and m.country not in s.countries:
        return None
    if m.lat is not None and m.lon is not None and s.coords:
        km = min(haversine_km(m.lat, m.lon, lat, lon) for lat, lon in s.coords)
        if km > FAR_KM:
            return None  # two places too far apart to be one event
        if km <= NEAR_KM:
            return 0.8
    if m.admin1 and m.admin1 in s.admin1s:
        return 0.6
    return 0.2


def _actor_score(m: Mention, s: Summary) -> float:
    mine = [a for a in (*m.source, *m.target)]
    if not mine or not s.actor_keys:
        return UNKNOWN
    keys = set().union(*(a.keys for a in mine))
    shared = keys & s.actor_keys
    if any(k.startswith(("n:", "c:", "s:")) for k in shared):
        return 1.0
    if shared:
        return 0.7
    if {a.country for a in mine if a.country} & s.actor_countries:
        return 0.5
    return 0.0


def _terms_score(m: Mention, s: Summary) -> float:
    if not m.terms or not s.terms:
        return UNKNOWN
    return len(m.terms & s.terms) / min(len(m.terms), len(s.terms))


def _toll_score(m: Mention, s: Summary) -> float:
    scores = []
    for kind in TOLL_KINDS:
        value, reported = m.toll(kind), s.tolls.get(kind)
        if value is None or not reported:
            continue
        near = min(abs(value - r) / max(value, r, 1) for r in reported)
        scores.append(1.0 if near <= 0.5 else 0.3)
    return sum(scores) / len(scores) if scores else UNKNOWN


def score(m: Mention, s: Summary) -> float | None:
    """How well mention ``m`` fits canonical event ``s`` (0..1), or None when it cannot be the same event."""
    if m.type != s.type:
        return None
    date = _date_score(m, s)
    place = _place_score(m, s)
    if date is None or place is None:
        return None
    if m.sentence_key in s.sentences:
        return 1.0  # the same sentence of a syndicated copy
    if window(m.precision, s.precision) > WINDOW_DAYS["month"]:
        return None  # "killed in 2014": a background reference dated only by its year matches nothing else
    if m.article_id in s.articles and place != 1.0:
        return None  # one article's separate events stay separate unless they name the same place
    # one article, the same kind of act by different actors (each side rejects the other): two events
    mine = set().union(*(a.keys for a in m.source)) if m.source else set()
    if m.article_id in s.articles and mine and s.source_keys and not mine & s.source_keys:
        return None
    parts = {
        "date": date,
        "place": place,
        "actors": _actor_score(m, s),
        "terms": _terms_score(m, s),
        "toll": _toll_score(m, s),
    }
    return sum(WEIGHTS[k] * v for k, v in parts.items())


def choose(m: Mention, candidates: Iterable[tuple[str, Summary]], threshold: float = THRESHOLD) -> str | None:
    """The id of the best-matching candidate scoring at least ``threshold`` (ties: the earliest id)."""
    best: tuple[float, str] | None = None
    for cid, summary in candidates:
        value = score(m, summary)
        if value is not None and value >= threshold and (best is None or value > best[0]):
            best = (value, cid)
    return best[1] if best else None


def canonical_id(m: Mention) -> str:
    return "c" + hashlib.sha1(f"{m.article_id}:{m.event_id}".encode()).hexdigest()[:15]


# -- aggregating --------------------------------------------------------------------------------------
def summarise(mentions: Sequence[Mention]) -> Summary:
    first = mentions[0]
    s = Summary(type=first.type)
    dates = [m.date for m in mentions if m.date]
    if dates:
        s.date_low, s.date_high = min(dates), max(dates)
        ranks = [m.precision or "day" for m in mentions if m.date]
        s.precision = min(ranks, key=lambda p: WINDOW_DAYS.get(p, 3))
    for m in mentions:
        if m.place_key:
            s.place_keys.add(m.place_key)
        if m.country:
            s.countries.add(m.country)
        if m.admin1:
            s.admin1s.add(m.admin1)
        for a in m.source:
            s.source_keys |= a.keys
        for a in (*m.source, *m.target):
            s.actor_keys |= a.keys
            if a.country:
                s.actor_countries.add(a.country)
        s.terms |= m.terms
        s.sentences.add(m.sentence_key)
        s.articles.add(m.article_id)
        if m.lat is not None and m.lon is not None:
            s.coords.add((round(m.lat, 3), round(m.lon, 3)))
        for kind in TOLL_KINDS:
            value = m.toll(kind)
            if value is not None:
                s.tolls.setdefault(kind, []).append(value)
    return s


def _mode(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return (
        max(counts.items(), key=lambda kv: (kv[1], str(kv[0])))[0] if len(counts) > 1 else next(iter(counts))
    )


def tally(values: Sequence[int | None]) -> Tally:
    """Most reported figure (ties: the higher one), with the lowest and highest reported."""
    known = [v for v in values if v is not None]
    if not known:
        return Tally(None, None, None)
    counts = Counter(known)
    best = max(counts, key=lambda v: (counts[v], v))
    return Tally(best, min(known), max(known))


def _top_actor(mentions: Sequence[Mention], role: str) -> MentionActor | None:
    actors: list[MentionActor] = [a for m in mentions for a in getattr(m, role)]
    if not actors:
        return None
    key = Counter(a.key for a in actors).most_common(1)[0][0]
    named = [a for a in actors if a.key == key]
    best: MentionActor = max(named, key=lambda a: (len(a.name), a.name))
    return best


def aggregate(cid: str, mentions: Sequence[Mention]) -> CanonicalEvent:
    """The canonical event of ``mentions`` (all of one type), with the best-supported values."""
    ordered = sorted(mentions, key=lambda m: (m.published or "", m.article_id, m.event_id))
    finest = min((WINDOW_DAYS.get(m.precision or "day", 3) for m in ordered if m.date), default=None)
    precise = [m for m in ordered if m.date and WINDOW_DAYS.get(m.precision or "day", 3) == finest]
    date_counts = Counter(m.date for m in precise)
    date = min(date_counts, key=lambda d: (-date_counts[d], d or "")) if date_counts else None
    placed = [m for m in ordered if m.place_key]
    place_counts = Counter(m.place_key for m in placed)
    place = (
        next(m for m in placed if m.place_key == max(place_counts, key=lambda k: (place_counts[k], k or "")))
        if placed
        else None
    )
    actors: Counter[tuple[str, str]] = Counter()
    names: dict[str, MentionActor] = {}
    for m in ordered:
        for role in ("source", "target"):
            for a in getattr(m, role):
                actors[(role, a.key)] += 1
                if a.key not in names or len(a.name) > len(names[a.key].name):
                    names[a.key] = a
    groups: dict[str, float] = {}
    for m in ordered:
        groups[m.dup_group or m.article_id] = max(groups.get(m.dup_group or m.article_id, 0.0), m.confidence)
    corroboration = 1.0
    for value in groups.values():
        corroboration *= 1.0 - value
    lead = max(ordered, key=lambda m: m.confidence)
    dates = [m.date for m in ordered if m.date]
    published = [m.published for m in ordered if m.published]
    return CanonicalEvent(
        id=cid,
        type=ordered[0].type,
        date=date,
        precision=precise[0].precision if precise else None,
        date_low=min(dates) if dates else None,
        date_high=max(dates) if dates else None,
        place_name=place.place_name if place else None,
        geonameid=place.geonameid if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        source=_top_actor(ordered, "source"),
        target=_top_actor(ordered, "target"),
        actors=tuple(
            {**names[key].to_dict(), "role": role, "n_mentions": n}
            for (role, key), n in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        killed=tally([m.killed for m in ordered]),
        injured=tally([m.injured for m in ordered]),
        arrested=tally([m.arrested for m in ordered]),
        mode=_mode(m.mode for m in ordered),
        cameo=_mode(m.cameo for m in ordered),
        acled_event_type=_mode(m.acled_event_type for m in ordered),
        acled_sub_event_type=_mode(m.acled_sub_event_type for m in ordered),
        n_mentions=len(ordered),
        n_articles=len({m.article_id for m in ordered}),
        n_sources=len({m.source_key for m in ordered}),
        n_independent=len(groups),
        outlets=tuple(sorted({m.outlet for m in ordered if m.outlet})),
        first_published=min(published) if published else None,
        last_published=max(published) if published else None,
        evidence=lead.evidence,
        evidence_article_id=lead.article_id,
        evidence_sentence=lead.sentence,
        confidence=round(1.0 - corroboration, 4),
        summary=summarise(ordered),
    )
