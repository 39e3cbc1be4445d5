"""Shared state of the phrase builder and the reading of modifiers inside a noun phrase.

Modifiers become evidence about the phrase's actor: country clues (demonyms, country names), owners
(organisations and people named in it), modifier sectors ("rebel commanders"), effects ("former" ->
ELI, "unknown" -> UAF) and dictionary agent codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.actors.dictionaries import DictionarySet
from facta.actors.drafts import Clue, Draft
from facta.actors.lexicon import ActorLexicon, Modifier, RoleEntry
from facta.actors.nps import DETERMINERS, INDEFINITES, NP, Tokens, extract_nps, role_at
from facta.actors.spans import AgentSpan, NameSpan

COUNTRY_LABELS = frozenset({"country", "adj", "people", "capital", "region", "city"})


@dataclass
class Scan:
    """What the modifiers of one noun phrase say."""

    clues: list[tuple[Clue, int, int]] = field(default_factory=list)
    owners: list[Draft] = field(default_factory=list)
    roles: list[tuple[RoleEntry, int, int]] = field(default_factory=list)
    effects: list[Modifier] = field(default_factory=list)
    agents: list[AgentSpan] = field(default_factory=list)
    gender: str | None = None
    content: bool = False  # any modifier beyond determiners


HOME_NOUNS = frozenset({"country", "nation"})


class BuilderBase:
    def __init__(
        self, doc: Any, tv: Tokens, lex: ActorLexicon, dicts: DictionarySet | None,
        spans: list[NameSpan], agents: list[AgentSpan],
    ) -> None:  # fmt: skip
        self.doc = doc
        self.lex = lex
        self.dicts = dicts
        self.tv = tv
        spans = [s for s in spans if not self._generic_entity(s)]
        self.span_at = {i: s for s in spans for i in range(s.start, s.end)}
        self.agent_at = {i: a for a in agents for i in range(a.start, a.end)}
        self.drafts: list[Draft] = []
        self.by_head: dict[int, Draft] = {}
        self.countries: dict[str, Draft] = {}
        self.groups: dict[int, list[Draft]] = {}
        self.scans: dict[int, Scan] = {}
        self.proxy_of: dict[int, Draft] = {}  # head of a non-actor phrase -> the actor it names
        self.nps = extract_nps(tv, self.span_at)
        self.skip: range = range(0)  # tokens of a dateline: no actors there
        self.place_names: frozenset[str] = frozenset()  # lower-case names the text uses for places
        self.day: int | None = None  # publication date as YYYYMMDD, for dated lexicon entries
        self.np_at = {np.head: np for np in self.nps}

    # -- helpers -------------------------------------------------------------------------------
    def new(self, kind: str, name: str, head: int, source: str) -> Draft:
        d = Draft(len(self.drafts), kind, name, head)
        d.add_source(source)
        self.drafts.append(d)
        return d

    def text(self, start: int, end: int) -> str:
        return self.tv.span_text(start, end)

    def draft_at(self, i: int) -> Draft | None:
        d = self.by_head.get(i)
        return d.root() if d is not None else None

    def home_possessor(self, i: int) -> bool:
        """ "the country's disaster agency", "the nation's army": the country the article is about."""
        tv = self.tv
        return tv.lemma[i] in HOME_NOUNS and i > 0 and tv.lower[i - 1] == "the"

    def name_text(self, np: NP) -> str:
        start = np.start
        while start < np.head and self.doc[start].text.lower() in DETERMINERS | INDEFINITES | {"'s"}:
            start += 1
        while start < np.head and (self.doc[start].pos_ == "NUM" or _counts_a_number(self.doc[start])):
            start += 1  # "(at) least two children", "more than 40 nations": the count is no part of the name
        if np.possessor is not None and self.home_possessor(np.possessor):
            after = np.possessor + 1
            start = after + 1 if after < np.head and self.tv.lower[after] in {"'s", "’s"} else start
        text = self.text(start, np.end)
        if np.possessor is not None:
            owner = self.draft_at(np.possessor)
            if owner is not None and "named" in owner.flags | (
                {"named"} if owner.kind == "country" else set()
            ):
                poss = self.doc[np.possessor]
                text = f"{self.text(poss.left_edge.i, poss.right_edge.i + 1)} {text}".replace(" 's ", "'s ")
        return text

    def no_country(self, start: int, end: int) -> bool:
        """A demonym used for an ethnicity or a sponsor ("ethnic Albanian", "Syrian-backed")."""
        tv = self.tv
        prev = start - 1
        if prev >= 0 and tv.text[prev] == "-":
            prev -= 1
        if prev >= 0:
            mod = self.lex.modifier(tv.lower[prev])
            if mod is not None and mod.effect == "nocountry":
                return True
        if end + 1 < len(tv) and tv.text[end] == "-":
            mod = self.lex.modifier(tv.lower[end + 1])
            if mod is not None and mod.effect == "nocountry-after":
                return True
        return False

    def transnational(self, start: int, end: int) -> bool:
        """Words ("international", "western", "African") that tie an actor to no single country."""
        for i in range(start, end):
            mod = self.lex.modifier(self.tv.lower[i])
            if mod is not None and mod.effect == "transnational":
                return True
        return False

    def clue_of_span(self, s: NameSpan) -> Clue | None:
        if s.label in COUNTRY_LABELS and s.entry is not None and s.entry.country:
            if self.no_country(s.start, s.end):
                return None
            source = "demonym" if s.label in {"adj", "people"} else "city" if s.label == "city" else "country"
            return Clue(s.entry.country, None, source)
        if s.label == "dict" and s.codes and s.ner != "PERSON":
            return Clue(s.country, s.codes[0], "dictionary")
        return None

    def _role_text(self, start: int, end: int, lo: int) -> str:
        span = self.span_at.get(start - 1)
        if (
            span is not None
            and span.label == "ORG"
            and span.end == start
            and span.start >= lo
            and not span.inner
        ):
            words = self.tv.text[span.start : span.end]
            if all(w[:1].isupper() and w.isalpha() for w in words):
                start = (
                    span.start
                )  # "External Affairs Minister": a capitalised title the tagger took for an ORG
        while (
            start > lo
            and self.doc[start - 1].dep_ == "compound"
            and self.doc[start - 1].i not in self.span_at
        ):
            prev = self.doc[start - 1]
            if prev.pos_ not in {"NOUN", "PROPN", "ADJ"} or role_at(self.tv, self.lex, prev.i, lo, start):
                break  # "Army spokesman": the army says whose spokesman, it is not part of the role
            start -= 1
        words = [self.tv.lower[i] for i in range(start, end) if self.tv.text[i] != "-"]
        if words and self.tv.tag[end - 1] in {"NNS", "NNPS"}:  # "Senators Bernie Sanders"
            words[-1] = self.tv.lemma[end - 1]
        return " ".join(words)

    def scan(self, np: NP, exclude: range) -> Scan:
        out = Scan()
        tv = self.tv
        j = np.end - 1
        while j >= np.start:
            if j in exclude:
                j -= 1
                continue
            span = self.span_at.get(j)
            if span is not None and span.start >= np.start and span.end <= np.end:
                self._scan_span(span, out)
                out.content = True
                j = span.start - 1
                continue
            agent = self.agent_at.get(j)
            if agent is not None and agent.start >= np.start:
                out.agents.insert(0, agent)
                out.content = True
            low = tv.lower[j]
            mod = self.lex.modifier(low)
            if j + 2 < np.end and tv.text[j + 1] == "-":
                mod = self.lex.modifier(f"{low}-{tv.lower[j + 2]}") or mod
            if j >= 2 and low != "-" and tv.text[j - 1] == "-":
                mod = self.lex.modifier(f"{tv.lower[j - 2]}-{low}") or mod
            if mod is not None and mod.effect.startswith("sector:"):
                out.effects.append(mod)
                out.content = True
            hon = self.lex.anaphora.get(low, "")
            if hon in {"honorific-m", "honorific-f", "gender-m", "gender-f"}:
                out.gender = hon[-1]
            role = role_at(tv, self.lex, j, np.start, np.end)
            if role is not None and role[0].has("adjective") and role[0].size == 1 and tv.pos[j] == "ADJ":
                role = None  # "a general strike", "an official visit": an adjective, not a person
            if role is not None and (role[2] - 1 not in exclude):
                out.roles.insert(0, role)
                out.content = True
                j = role[1] - 1
                continue
            if tv.pos[j] in {"ADJ", "NOUN", "PROPN", "NUM"} and low not in DETERMINERS | INDEFINITES:
                out.content = out.content or tv.pos[j] != "ADJ"
            j -= 1
        return out

    def _scan_span(self, span: NameSpan, out: Scan) -> None:
        clue = self.clue_of_span(span)
        if clue is not None:
            out.clues.insert(0, (clue, span.start, span.end))
            return
        if span.label == "ORG" and not span.inner and span.end < len(self.tv):
            title = role_at(self.tv, self.lex, span.end, span.end, len(self.tv))
            if title is not None and title[0].kind == "person":  # "External Affairs Minister"
                return
        if span.label in {"org", "ORG", "PERSON"} or (span.label == "dict" and span.ner == "PERSON"):
            np = NP(self.tv.root(span.start, span.end), span.start, span.end, None, span)
            d = self._person(np, span, Scan()) if span.label in {"PERSON", "dict"} else self._org(np, span)
            d.index = [(s, e, 1) for s, e, _ in d.index]
            out.owners.insert(0, d)

    def apply_scan(self, d: Draft, scan: Scan, np: NP) -> None:
        countries: list[tuple[Clue, int, int]] = []
        for clue, s, e in scan.clues:
            if all(c.country != clue.country or c.code != clue.code for c, _, _ in countries):
                countries.append((clue, s, e))
        if d.kind == "country":
            return
        if d.role is not None and d.role.has("ethnic") and countries:
            d.flags.add("ethnic")
            countries = []
        if countries:
            d.clues.append(countries[0][0])
            if d.kind in {"group", "organization"} and len(countries) > 1:
                self.split(d, countries, np)
            elif d.kind == "person":
                d.clues.extend(c for c, _, _ in countries[1:])
        d.owners.extend(scan.owners)
        d.effects.extend(scan.effects)
        d.agents.extend(scan.agents)
        d.gender = d.gender or scan.gender
        for entry, _, _ in scan.roles:
            if entry.sector and d.mod_sector is None:
                d.mod_sector = entry.sector
        if "def_anaphor" in d.flags and (countries or scan.owners):
            d.flags.discard("def_anaphor")
        if d.role is not None and d.role.kind == "person" and d.gender is None:
            d.gender = _gender_of(d.role_text or "", self.lex)

    def split(self, d: Draft, countries: list[tuple[Clue, int, int]], np: NP) -> None:
        """One actor per country for "Hungarian and Romanian officials"."""
        _, s0, e0 = countries[0]
        d.mentions = [(s0, e0), (np.head, np.head + 1)]
        d.index = [(np.start, np.end, 0), (s0, e0, 1)]
        for clue, s, e in countries[1:]:
            sib = self.new(d.kind, self.text(s, e) + " " + self.doc[np.head].text, np.head, d.sources[0])
            sib.sector, sib.role, sib.role_text = d.sector, d.role, d.role_text
            sib.clues.append(clue)
            sib.flags |= d.flags
            sib.context_ok = d.context_ok
            sib.mention(s, e, priority=1)
            sib.mention(np.head, np.head + 1, index=False)
            d.siblings.append(sib)
        d.name = self.text(s0, e0) + " " + self.doc[np.head].text

    def _generic_entity(self, s: NameSpan) -> bool:
        """An entity that is only a role noun ("Army", "Police") is a generic phrase, not a name."""
        if s.label != "ORG" or s.inner:
            return False
        role = role_at(self.tv, self.lex, self.tv.root(s.start, s.end), s.start, s.end)
        return role is not None and role[1] == s.start and role[2] == s.end

    # -- implemented by Builder -----------------------------------------------------------------
    def _person(self, np: NP, span: NameSpan, scan: Scan) -> Draft:
        raise NotImplementedError

    def _org(self, np: NP, span: NameSpan) -> Draft:
        raise NotImplementedError


def _gender_of(role_text: str, lex: ActorLexicon) -> str | None:
    words = role_text.split()
    last = words[-1] if words else ""
    if last.endswith("woman"):
        return "f"
    if last.endswith("man"):
        return "m"
    kind = lex.anaphora.get(last, "")
    return kind[-1] if kind in {"gender-m", "gender-f"} else None


def _counts_a_number(tok: Any) -> bool:
    """A word qualifying a number ("least" in "at least two", "than" in "more than 40", "some 300")."""
    return bool(
        tok.head.pos_ == "NUM" and tok.head.i > tok.i and tok.dep_ in {"advmod", "quantmod", "amod", "cc"}
    )
