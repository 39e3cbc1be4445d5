"""Hand-built records for store, dedup and export tests (no model needed)."""

from __future__ import annotations

import hashlib

from facta.model import Acled, Actor, Article, Event, Evidence, Modality, Place, Record, Span, Toll, When


def article(text: str, *, url: str, outlet: str, published: str, title: str | None = None) -> Article:
    digest = hashlib.sha256(f"{url}\x00{text}".encode()).hexdigest()[:16]
    return Article(
        id=digest,
        text=text,
        title=title,
        url=url,
        published=published,
        outlet=outlet,
        n_sentences=text.count(". ") + 1,
        content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
    )


def event_record(
    text: str,
    *,
    url: str,
    outlet: str,
    published: str,
    type: str = "ASSAULT",
    date: str | None = None,
    place: tuple[str, int | None, str | None] | None = ("Kivara", 1001, "XKV"),
    source: tuple[str, str, str | None, str | None] | None = ("rebels", "group", None, "REB"),
    target: tuple[str, str, str | None, str | None] | None = None,
    killed: int | None = None,
    negated: bool = False,
    cameo: str | None = "190",
    acled: tuple[str, str | None] | None = None,
) -> Record:
    """One article whose first sentence reports one event with the given values."""
    art = article(text, url=url, outlet=outlet, published=published)
    end = text.find(". ") + 1 if ". " in text else len(text)
    actors = []
    if source:
        actors.append(Actor("a1", source[0], source[1], country=source[2], sector=source[3]))
    if target:
        actors.append(Actor("a2", target[0], target[1], country=target[2], sector=target[3]))
    places = []
    if place:
        start = text.find(place[0])
        mentions = (Span(start, start + len(place[0]), place[0], 0),) if start >= 0 else ()
        places.append(Place("p1", place[0], geonameid=place[1], country=place[2], mentions=mentions))
    event = Event(
        id="e1",
        type=type,
        evidence=Evidence(0, 0, end, text[:end]),
        source=("a1",) if source else (),
        target=("a2",) if target else (),
        place="p1" if place else None,
        when=When(date or published, "day", None, inherited=date is None),
        toll=Toll(killed=killed),
        modality=Modality(negated=negated),
        cameo=cameo,
        acled=Acled(*acled) if acled else None,
        confidence=0.6,
    )
    return Record(article=art, actors=tuple(actors), places=tuple(places), events=(event,), toll=Toll(killed))


ATTACK = (
    "Rebels attacked a police post in Kivara on Tuesday, killing {n} officers, "
    "the regional governor said. "
    "The attackers arrived on motorbikes before dawn and set fire to two vehicles, witnesses told reporters. "
    "Reinforcements were sent from the provincial capital "
    "and a curfew was imposed on the town for three days."
)
ATTACK_REWRITE = (
    "At least {n} police officers died when insurgents stormed their post in Kivara, "
    "officials said on Tuesday. "
    "Gunmen on motorcycles torched vehicles during the early morning assault, according to local residents. "
    "Authorities declared a curfew while troops from the regional capital moved into the area."
)
PROTEST = (
    "Thousands of teachers marched through Marovo on Friday to demand higher pay, the union said. "
    "Police watched as the crowd gathered outside the education ministry and chanted slogans for hours. "
    "The minister said the government would meet union leaders next week to discuss the dispute."
)
