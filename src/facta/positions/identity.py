"""Who a position belongs to across articles: actors and the organisations they speak for.

Actor ids are local to an article, so positions are keyed by normalised names. A person's
organisation is the actor they are affiliated with (a spokesman for the group, the group's leader),
followed up the affiliation chain to an organisation or group; people of a state's government or
military with no named organisation are grouped as "<country> government" / "<country> military",
and a country itself as "<country> government".
Organisation names meet across articles when they are equal after normalisation or one is the
other's acronym ("KLF" and "Kordofan Liberation Front").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from facta.geo.names import strip_accents
from facta.model import Actor, Record, Span
from facta.resources import read_data_tsv

TITLES_FILE = "stances/titles.tsv"
ORG_NOUNS_FILE = "stances/org_nouns.tsv"
STATE_OFFICES_FILE = "stances/state_offices.tsv"


@cache
def titles() -> frozenset[str]:
    """Titles dropped from people's names when matching them (loaded on first use)."""
    return frozenset(row["title"].strip().lower() for row in read_data_tsv(TITLES_FILE))


@cache
def state_offices() -> dict[str, str]:
    """Nouns naming an office of a state's executive → the title of its head ("ministry" → "minister")."""
    return {
        row["noun"].strip().lower(): (row.get("holder") or "").strip().lower()
        for row in read_data_tsv(STATE_OFFICES_FILE)
    }


def state_office(name: str) -> str | None:
    """The office noun of an organisation named as a state office ("the Tajik defence ministry")."""
    offices = state_offices()
    for word in normalize_name(name).split():
        if word in offices:
            return word
    return None


def office_holder_role(name: str) -> str | None:
    """The title of the person heading an office named by ``name`` ("foreign ministry" → "foreign
    minister"), with the words before the office noun; None when the office has no head title."""
    words = normalize_name(name).split()
    offices = state_offices()
    for i, word in enumerate(words):
        if offices.get(word):
            return " ".join([*words[:i], offices[word]])
    return None


SECTOR_GROUPS = {"GOV": "government", "MIL": "military", "COP": "police"}
_PUNCT = re.compile(r"[^\w\s&-]")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'()]+\s+[-—–]+\s+")


def normalize_name(name: str) -> str:
    """Lower case, no accents or punctuation, no dateline, leading article or possessive: a matching key."""
    text = strip_accents(_DATELINE.sub("", name)).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = _PUNCT.sub(" ", text).replace("-", " ")
    words = text.split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def person_key(name: str) -> str:
    words = normalize_name(name).split()
    while len(words) > 1 and words[0] in titles():
        words = words[1:]
    return " ".join(words)


def acronym(key: str) -> str:
    """The initials of a key's words; a key that ends in its own acronym ("alliance for democratic
    change adc", from "… (ADC)") gives that acronym."""
    words = [w for w in key.split() if w not in {"of", "the", "for", "and", "de", "al"}]
    if len(words) > 2 and words[-1] == "".join(w[0] for w in words[:-1]):
        return words[-1]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


@dataclass(frozen=True, slots=True)
class Identity:
    key: str  # normalised actor name
    name: str
    kind: str
    role: str | None = None
    group_key: str | None = None  # normalised organisation name
    group_name: str | None = None
    country: str | None = None  # ISO3 code of the actor's country, when known


def load_org_nouns() -> frozenset[str]:
    """Common nouns that refer back to an organisation or make a name an organisation's ("the
    party", "the group"; "Alliance", "Front")."""
    return frozenset(row["word"].strip().lower() for row in read_data_tsv(ORG_NOUNS_FILE))


org_nouns = cache(load_org_nouns)  # loaded on first use, for code that has no pipeline Resources


def named(name: str) -> bool:
    """A name with a capitalised word (a proper name), not a common noun ("fighters", "the militia")."""
    return any(word[:1].isupper() for word in name.split())


def shared_chars(mention: Span, start: int, end: int) -> int:
    """How many characters a mention shares with the text from ``start`` to ``end`` (<= 0: none)."""
    return min(mention.end, end) - max(mention.start, start)


def covers_half(mention: Span, start: int, end: int) -> bool:
    """Whether a mention covers at least half of the text from ``start`` to ``end`` ("Togo" does not
    cover "the Alliance for a New Togo")."""
    return 2 * shared_chars(mention, start, end) >= end - start


def org_named(name: str, nouns: frozenset[str] | None = None) -> bool:
    """A capitalised name with an organisation noun in it ("Tigray People's Democratic Alliance")."""
    nouns = org_nouns() if nouns is None else nouns
    words = name.split()
    return len(words) > 1 and any(w[:1].isupper() and w.lower() in nouns for w in words)


def _group(actor: Actor, by_id: dict[str, Actor]) -> Actor | None:
    """The organisation an actor speaks for: its affiliation chain up to an organisation or group."""
    seen = {actor.id}
    current = actor
    while current.affiliation and current.affiliation in by_id and current.affiliation not in seen:
        current = by_id[current.affiliation]
        seen.add(current.id)
        if actor.kind != "person" and _named_after(actor, current):
            break  # "the Afar regional government" is a body of Afar, not Afar speaking
        if current.kind in {"organization", "group", "country"} and not generic(current):
            if _formation(current) and current.affiliation in by_id:
                continue  # "the Uganda People's Defence Forces' 3rd Division": a part of the army
            return current
    return actor if actor.kind in {"organization", "group"} else None


_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s",
    re.IGNORECASE,
)


def _formation(actor: Actor) -> bool:
    """A unit named by its number ("3rd Division", "Fifth Brigade"): a part of a wider force, which
    speaks through it."""
    return _ORDINAL.match(actor.name) is not None


def _principal(actor: Actor, by_id: dict[str, Actor]) -> Actor | None:
    """The person a person is attached to by the actor stage ("her chief of staff", "his
    spokeswoman"): the person they serve, when that person is named."""
    boss = by_id.get(actor.affiliation or "")
    if actor.kind != "person" or boss is None or boss.kind != "person" or boss.id == actor.id:
        return None
    return boss if boss.name[:1].isupper() else None


def _named_after(body: Actor, place: Actor) -> bool:
    """Whether an organisation's name is a place's name and more ("Afar regional government")."""
    inner, outer = normalize_name(place.name).split(), normalize_name(body.name).split()
    # not "the X Community's commission", a body the name owns
    owned = re.search(rf"{re.escape(place.name)}['’]", body.name) is not None
    return 0 < len(inner) < len(outer) and outer[: len(inner)] == inner and not owned


def generic(actor: Actor) -> bool:
    """An actor named by a common noun only ("fighters", "the militia", "troops"): a body of people the
    article mentions, not an organisation positions can be kept for; an affiliation chain goes past it
    to the organisation it belongs to."""
    return not named(actor.name) and actor.kind != "country"


def _stands_for_state(person: Actor, group: Actor) -> bool:
    """A state official affiliated with the country itself ("Burkina Faso's prime minister") speaks
    for its government, as officials with no affiliation do."""
    if person.kind != "person" or person.sector not in SECTOR_GROUPS or not person.country:
        return False
    return group.kind == "country" or (
        group.sector is None
        and group.country == person.country
        and group.kind == "organization"
        and (not org_named(group.name) or "government" in group.name.lower().split())
    )  # an organisation of that country named as one ("European Union", "Workers' Party") is its own


def identities(record: Record) -> dict[str, Identity]:
    """Cross-article identities of the actors of one record, by actor id."""
    by_id = {a.id: a for a in record.actors}
    out: dict[str, Identity] = {}
    for actor in by_id.values():
        if actor.kind == "person" and org_named(actor.name) and not actor.name.split()[-1].islower():
            # (not "European Union envoy": a person named by a role in an organisation)
            actor = replace(actor, kind="organization")  # "the X Alliance" taken for a person
        key = person_key(actor.name) if actor.kind == "person" else normalize_name(actor.name)
        group = _group(actor, by_id)
        group_key = group_name = None
        office = actor.kind == "organization" and actor.sector == "GOV" and state_office(actor.name)
        if office and actor.country:
            # an office of the state ("the Tajik defence ministry") speaks for its government
            group_name = f"{actor.country} government"
            group_key = normalize_name(group_name)
        elif group is not None and not _stands_for_state(actor, group):
            group_key, group_name = normalize_name(group.name), group.name
        elif (principal := _principal(actor, by_id)) is not None:
            # "her chief of staff", "the governor's spokesman": staff speak for the person they serve
            group_key, group_name = person_key(principal.name), principal.name
        elif actor.kind == "person" and actor.country and actor.sector in SECTOR_GROUPS:
            group_name = f"{actor.country} {SECTOR_GROUPS[actor.sector]}"
            group_key = normalize_name(group_name)
        elif actor.kind == "country" and actor.country:
            # a state takes positions through its government ("Armenia would not withdraw", its minister said)
            group_name = f"{actor.country} government"
            group_key = normalize_name(group_name)
        out[actor.id] = Identity(
            key, actor.name, actor.kind, actor.role, group_key, group_name, actor.country
        )
    return out


def named_organisation(name: str) -> Identity:
    """The identity of an organisation known only by the name a statement gives it."""
    key = normalize_name(name)
    return Identity(key, name, "organization", None, key, name)


class KeyJoiner:
    """Union-find over organisation keys: equal keys, and a key that is another key's acronym."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        self.add(key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k), k))
            self.parent[drop] = keep

    def join_acronyms(self) -> None:
        """Join a short key to the full name it abbreviates, when exactly one full name does."""
        keys = list(self.parent)
        short = {k.replace(" ", ""): k for k in keys if len(k.replace(" ", "")) <= 6}
        expansions: dict[str, list[str]] = {}
        for key in keys:
            acr = acronym(key)
            if acr and acr in short and short[acr] != key:
                expansions.setdefault(acr, []).append(key)
        for acr, full in expansions.items():
            if len(full) == 1:
                self.union(full[0], short[acr])

    def join_shortened(self) -> None:
        """Join a name shortened by leaving out inner words ("terai front") to the one longer name
        that keeps its first and last word and all its words in order ("terai democratic front")."""
        keys = list(self.parent)
        for short in keys:
            words = short.split()
            if len(words) < 2:
                continue
            longer = [k for k in keys if k != short and _keeps(k.split(), words)]
            if len(longer) == 1:
                self.union(longer[0], short)


def _keeps(longer: list[str], words: list[str]) -> bool:
    """Whether `longer` starts and ends as `words` do and holds all of them in order, with more."""
    if len(longer) <= len(words) or longer[0] != words[0] or longer[-1] != words[-1]:
        return False
    rest = iter(longer)
    return all(w in rest for w in words)


_WORD = re.compile(r"\b[a-z][a-z-]{2,}\b")


@cache
def _shared_stop() -> frozenset[str]:
    return frozenset(row["word"] for row in read_data_tsv("stances/shared_words.tsv"))


@cache
def closed_topics() -> frozenset[str]:
    """The topics of the lists (terms, frames, single words), as against open topics."""
    rows = read_data_tsv("stances/topics.tsv") + read_data_tsv("stances/topic_lemmas.tsv")
    rows += read_data_tsv("stances/topic_frames.tsv")
    return frozenset(row["topic"].lstrip("~") for row in rows if row.get("topic"))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@cache
def _synonyms() -> dict[str, str]:
    return {row["word"]: row["class"] for row in read_data_tsv("stances/shared_synonyms.tsv")}


def content_words(text: str) -> frozenset[str]:
    """The lower-case content words of a statement (names and function words left out), singular,
    a word of a synonym class given as its class ("soldiers" and "units" as "force")."""
    words = {_singular(part) for w in _WORD.findall(text) for part in w.split("-") if len(part) >= 3}
    synonyms = _synonyms()
    return frozenset(synonyms.get(w, w) for w in words if len(w) >= 4 or w in synonyms) - _shared_stop()
