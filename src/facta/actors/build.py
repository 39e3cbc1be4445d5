"""From noun phrases to draft actors: named people and organisations, countries, demonyms, generic
role nouns ("the government", "Ethiopian troops", "unknown gunmen"), capitals used as metonyms, and
pronouns (resolved later). Modifiers inside a phrase become evidence: country clues (demonyms, country
names), owners (organisations and people named in it), modifier sectors ("rebel commanders") and
effects ("former" -> ELI, "unknown" -> UAF).
"""

from __future__ import annotations

from typing import Any

from facta.actors.base import COUNTRY_LABELS, BuilderBase, Scan
from facta.actors.drafts import Clue, Draft
from facta.actors.lexicon import RoleEntry
from facta.actors.nps import DETERMINERS, NP, is_plural, role_at
from facta.actors.spans import AgentSpan, NameSpan, dict_country

__all__ = ["COUNTRY_LABELS", "Builder", "Scan"]
AGENTIVE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "iobj", "dative", "appos"})
AGENTIVE_PREPS = frozenset({"with", "against", "by", "between", "on", "toward", "towards", "urged"})
_NER_KIND = {"GPE": "country", "PERSON": "person", "ORG": "organization", "NORP": "group"}


class Builder(BuilderBase):
    def country_draft(self, s: NameSpan) -> Draft | None:
        """The one draft per country (or per dictionary code) that country mentions share."""
        if s.label == "dict":
            if not s.codes:
                return None
            d = self._dict_actor(NP(self.tv.root(s.start, s.end), s.start, s.end, None, s), s)
            d.index = [(a, b, 1) for a, b, _ in d.index]
            return d
        else:
            if s.entry is None or not s.entry.country:
                return None
            key = s.entry.country
            name = self.lex.country_names.get(key, s.entry.canonical)
            clue = Clue(key, None, "country")
            source = "lexicon:country"
        existing = self.countries.get(key)
        if existing is not None and existing.alive:
            d = existing
        else:
            d = self.new("country", name, s.start, source)
            d.clues.append(clue)
            d.flags.add("named")
            self.countries[key] = d
        d.mention(s.start, s.end, priority=1)
        return d

    # -- phrases -------------------------------------------------------------------------------
    def run(self) -> None:
        self._pronouns()
        for np in self.nps:
            if np.head not in self.skip:
                self._np(np)

    def _pronouns(self) -> None:
        tv = self.tv
        for i, low in enumerate(tv.lower):
            kind = self.lex.anaphora.get(low)
            if kind not in {"he", "she", "they", "it"}:
                continue
            if tv.pos[i] not in {"PRON", ""} and tv.tag[i] not in {"PRP", "PRP$"}:
                continue
            d = self.new("person", tv.text[i], i, "coref:pronoun")
            d.flags |= {"pronoun", kind}
            d.mention(i, i + 1, priority=2)
            self.by_head[i] = d

    def _np(self, np: NP) -> None:
        span = np.span if np.span is not None and np.span.start <= np.head < np.span.end else None
        d: Draft | None = None
        if span is not None:
            scan = self.scan(np, range(span.start, span.end))
            d = self._named(np, span, scan)
            if d is None:
                if span.label not in {"capital", "region", "city", "GPE", "LOC", "block"}:
                    self._proxy(np, scan)
                return
        else:
            role = role_at(self.tv, self.lex, np.head, np.start, len(self.doc))
            exclude = range(role[1], role[2]) if role else range(np.head, np.head + 1)
            scan = self.scan(np, exclude)
            agent = self.agent_at.get(np.head)
            if role is not None and self._bare_title(np, role[0]):
                return  # "King's Cross": a capitalised title with no name, article or modifier
            if role is not None and not role[0].has("modonly"):
                d = self._generic(np, role, scan)
                if agent is not None:
                    d.agents.append(agent)
            elif agent is not None:
                d = self._agent_only(np, agent, scan)
                d.agents.append(agent)
            elif (named := self._untagged_name(np, scan)) is not None:
                d = named
            elif (
                self.doc[np.head].pos_ == "PROPN"
                and not scan.content
                and np.possessor is None
                and not self._place_name(np)
            ):
                d = self.new("person", self.name_text(np), np.head, "coref:name")
                d.flags |= {"maybe_name", "named"}
                d.aliases.add(d.name.lower())
                d.mention(np.start, np.end)
                self._known_leader(d, d.name)
            else:
                self._proxy(np, scan)
                return
        self.by_head[np.head] = d
        self.scans[np.head] = scan
        self.apply_scan(d, scan, np)

    def _named(self, np: NP, span: NameSpan, scan: Scan) -> Draft | None:
        label = span.label
        entry = span.entry
        if label in {"ORG", "PERSON", "NORP"} and self._in_place_name(np.head):
            return None
        if scan.agents and (label == "country" or (label == "dict" and self._dict_kind(span) == "country")):
            return self._qualified_country(np, span)  # "MSF Arnor": not the country itself
        dict_person = label == "dict" and (
            span.ner == "PERSON" or (span.dict_entry and span.dict_entry.kind == "person")
        )
        if (
            label == "PERSON"
            or dict_person
            or (label == "org" and entry is not None and entry.kind == "person")
        ):
            return self._person(np, span, scan)
        if label == "country":
            d = self.country_draft(span)
            if d is not None:
                d.index.append((np.start, np.end, 0))
                self._coordinated_countries(d, scan)
            return d
        if label == "dict":
            d = self._dict_actor(np, span)
            if d.kind == "country":
                self._coordinated_countries(d, scan)
            return d
        if label in {"org", "ORG"}:
            return self._org(np, span)
        if label in {"people", "adj"} and entry is not None:
            d = self.new("group", self.name_text(np), np.head, "demonym")
            d.sector = "CVL"  # "Nigerians", "ethnic Albanians": the people, not their state
            if self.no_country(span.start, span.end):  # "ethnic Albanians": residence from context
                d.flags.add("ethnic")
                d.context_ok = True
            else:
                d.clues.append(Clue(entry.country, None, "demonym"))
            d.mention(np.start, np.end)
            d.flags.add("named")
            return d
        if label in {"capital", "region"} and entry is not None and self._agentive(self.doc[np.head]):
            key = "capital:" + self.text(span.start, span.end)
            d = self.countries.get(key)
            if d is None:
                d = self.new("organization", self.text(span.start, span.end), np.head, "metonym")
                d.clues.append(Clue(entry.country, None, label))
                d.sector = "GOV"
                d.flags.add("named")
                self.countries[key] = d
            d.mention(np.start, np.end)
            return d
        if label == "NORP" and (is_plural(self.doc[np.head]) or self.doc[np.head].pos_ in {"NOUN", "PROPN"}):
            d = self.new("group", self.name_text(np), np.head, "ner")
            d.mention(np.start, np.end)
            return d
        return None

    def _bare_title(self, np: NP, entry: RoleEntry) -> bool:
        tv = self.tv
        return (
            entry.has("title")
            and entry.kind == "person"
            and np.start == np.head
            and np.possessor is None
            and tv.text[np.head][:1].isupper()
            and tv.tag[np.head] not in {"NNS", "NNPS"}
            and np.head > 0
            and tv.text[np.head - 1] not in {".", "!", "?", '"', "“", "\n"}
        )

    def _untagged_name(self, np: NP, scan: Scan) -> Draft | None:
        """ "British militant Haroon Rashid Aswad": a proper-noun run after a person role is a name."""
        tv = self.tv
        if tv.pos[np.head] != "PROPN":
            return None
        start = np.head
        while start > np.start and tv.pos[start - 1] == "PROPN" and start - 1 not in self.span_at:
            start -= 1
        title = next((r for r in scan.roles if r[2] == start and r[0].kind == "person"), None)
        if title is None or (start == np.head and not tv.text[start][:1].isupper()):
            return None
        span = NameSpan(start, np.head + 1, "PERSON", ner="PERSON")
        return self._person(np, span, scan)

    def _place_name(self, np: NP) -> bool:
        """The phrase ends in a name the text uses for a place ("the al-Hawl camp ... in al-Hawl")."""
        words = self.tv.lower[np.start : np.end]
        return any(" ".join(words[k:]) in self.place_names for k in range(len(words)))

    def _in_place_name(self, i: int) -> bool:
        """ "the town of Dilling": a name that a place noun introduces is a place, not an actor."""
        tv = self.tv
        head = tv.head[i]
        if tv.dep[i] == "pobj" and tv.lower[head] == "of":
            mod = self.lex.modifier(tv.lemma[tv.head[head]])
            return mod is not None and mod.effect == "place"
        if tv.dep[i] == "appos":
            mod = self.lex.modifier(tv.lemma[head])
            return mod is not None and mod.effect == "place"
        return False

    def _dict_kind(self, span: NameSpan) -> str:
        """Kind of a dictionary actor: the user's, else a person if spaCy says so, else a country for a
        bare three-letter (country-level) code, else spaCy's label, else an organisation."""
        if span.dict_entry is not None and span.dict_entry.kind:
            return span.dict_entry.kind
        if span.ner == "PERSON":
            return "person"
        code = span.codes[0] if span.codes else ""
        if len(code) <= 3:
            return "country"
        return _NER_KIND.get(span.ner or "", "organization")

    def _agentive(self, tok: Any) -> bool:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "dobj":
            mod = self.lex.modifier(tok.head.lemma_.lower())
            return mod is None or mod.effect != "physical"  # "urged Moscow", not "shelled Kabul"
        if tok.dep_ in AGENTIVE_DEPS:
            return True
        if tok.dep_ == "pobj":
            return tok.head.text.lower() in AGENTIVE_PREPS or tok.head.dep_ == "agent"
        return False

    def _person(self, np: NP, span: NameSpan, scan: Scan) -> Draft:
        start = span.start
        while start < span.end - 1 and (
            self.lex.anaphora.get(self.doc[start].text.lower(), "").startswith("honorific")
            or role_at(self.tv, self.lex, start, start, span.end) is not None
        ):
            start += 1
        d = self.new(
            "person", self.text(start, span.end), np.head, "ner" if span.label != "dict" else "dictionary"
        )
        if span.label == "dict" and span.codes:
            d.clues.append(Clue(span.country, span.codes[0], "dictionary"))
            d.add_source(f"dictionary:{span.dict_entry.source}" if span.dict_entry else "dictionary")
        elif span.label == "org" and span.entry is not None:  # a title that names its holder's office
            d.clues.append(Clue(span.entry.country, None, "lexicon"))
            d.sector = span.entry.sector
            d.role_text = self.text(span.start, span.end).lower()
            d.flags.add("titled")
            d.mention(np.start, np.end)
            return d
        d.flags.add("named")
        d.aliases.add(self.text(start, span.end).lower())
        d.mention(np.start, np.end)
        self._known_leader(d, self.text(start, span.end))
        titles = [r for r in scan.roles if r[2] <= span.start]
        for j in range(span.start, start):  # titles inside the entity ("President Joe Biden")
            r = role_at(self.tv, self.lex, j, span.start, start)
            if r is not None:
                titles.append(r)
        if titles:
            entry, s, e = max(titles, key=lambda r: r[2])
            d.role, d.role_text = entry, self._role_text(s, e, np.start)
            d.sector = d.sector or entry.sector
            d.flags.add("titled")
            d.context_ok = True
            d.add_source("title")
            scan.roles = [r for r in scan.roles if r[0] is not entry]
        return d

    def _known_leader(self, d: Draft, name: str) -> None:
        """A head of state or government named in ``leaders.tsv`` is that country's, wherever the
        article is set; within the term they also hold the office (role and sector)."""
        term = self.lex.leader(name, self.day)
        if term is None:
            return
        d.clues.insert(0, Clue(term.country, None, "lexicon:leader"))
        d.add_source("lexicon:leader")
        if term.covers(self.day):
            d.sector = d.sector or term.sector
            d.role_text = d.role_text or term.role

    def _dict_actor(self, np: NP, span: NameSpan) -> Draft:
        """One draft per code ("THE_SHIRE [FRO/BIL/SAM]" is three actors); countries are shared."""
        kind = self._dict_kind(span)
        source = f"dictionary:{span.dict_entry.source}" if span.dict_entry else "dictionary"
        text = self.text(span.start, span.end)
        members: list[Draft] = []
        for code in span.codes:
            key = f"dict:{code}"
            d = self.countries.get(key) if kind == "country" else None
            if d is None or not d.alive:
                d = self.new(kind, text, np.head, source)
                d.clues.append(Clue(dict_country([code]), code, "dictionary"))
                d.flags.add("named")
                d.aliases.add(text.lower())
                if kind == "country":
                    self.countries[key] = d
            if len(span.codes) > 1:
                d.flags.add("compound")
            members.append(d)
        first = members[0]
        first.mention(np.start, np.end)
        for d in members[1:]:
            d.mention(span.start, span.end, index=False)
            if d not in first.siblings:
                first.siblings.append(d)
        return first

    def _qualified_country(self, np: NP, span: NameSpan) -> Draft:
        d = self.new(
            "organization",
            self.name_text(np),
            np.head,
            "dictionary" if span.label == "dict" else "lexicon:country",
        )
        clue = self.clue_of_span(span)
        if clue is not None:
            d.clues.append(clue)
        d.mention(np.start, np.end)
        return d

    def _coordinated_countries(self, d: Draft, scan: Scan) -> None:
        """ "Fornost and the evil awful Gondor" parsed as one phrase: each country is an actor."""
        for clue, s, e in scan.clues:
            span = self.span_at.get(s)
            if (
                span is not None
                and clue.country
                and clue.country != (d.clues[0].country if d.clues else None)
            ):
                self.country_draft(span) if span.label != "dict" else self._dict_actor(
                    NP(s, s, e, None, span), span
                )

    def _org(self, np: NP, span: NameSpan) -> Draft:
        entry = span.entry
        name = self.text(span.start, span.end)
        if entry is not None:
            d = self.new("organization", entry.canonical, np.head, "lexicon:organization")
            d.clues.append(Clue(entry.country, None, "lexicon"))
            d.sector = entry.sector
        else:
            d = self.new("organization", name, np.head, "ner")
            self._org_name_evidence(d, span)
        d.flags.add("named")
        d.aliases |= {name.lower(), d.name.lower()}
        initials = "".join(t.text[0] for t in self.doc[span.start : span.end] if t.text[:1].isupper())
        if len(initials) >= 3:
            d.aliases.add(initials.lower())
        d.mention(np.start, np.end)
        e = span.end
        if e + 2 < len(self.doc) and self.doc[e].text == "(" and self.doc[e + 2].text == ")":
            acronym = self.doc[e + 1]
            if acronym.text.isupper() and acronym.text.isalpha():
                d.aliases.add(acronym.text.lower())
                d.mention(e + 1, e + 2, priority=1)
        if self.transnational(span.start, span.end):
            d.flags.add("transnational")
        d.context_ok = d.sector not in {"BUS", "JRN"} and "transnational" not in d.flags
        return d

    def _org_name_evidence(self, d: Draft, span: NameSpan) -> None:
        """Sector and country of an organisation from the words of its name."""
        doc = self.doc
        stop = next(
            (j for j in range(span.start, span.end) if doc[j].text.lower() in {"of", "for"}), span.end
        )
        for lo, hi in ((span.start, stop), (stop, span.end)):
            found = None
            for j in range(hi - 1, lo - 1, -1):
                r = role_at(self.tv, self.lex, j, lo, hi)
                if r is not None:
                    found = r[0]
                    break
            if found is not None:
                d.sector = found.sector
                break
        for inner in span.inner:
            clue = self.clue_of_span(inner)
            if clue is not None:
                d.clues.append(clue)
            elif inner.label == "org" and inner.entry is not None:
                owner = self.new("organization", inner.entry.canonical, inner.start, "lexicon:organization")
                owner.clues.append(Clue(inner.entry.country, None, "lexicon"))
                owner.sector = inner.entry.sector
                owner.flags.add("named")
                owner.mention(inner.start, inner.end, priority=1)
                d.owners.append(owner)

    def _generic(self, np: NP, role: tuple[RoleEntry, int, int], scan: Scan) -> Draft:
        entry, start, end = role
        low = self.doc[np.head].text.lower()
        plural = is_plural(self.doc[np.head]) or (
            low != entry.head and low.rstrip("s") == entry.head.rstrip("s")
        )
        plural = plural or (entry.head.endswith("man") and low == entry.head[:-3] + "men")
        kind = {"person": "person", "group": "group", "org": "organization"}[entry.kind]
        if plural and kind in {"person", "organization"}:
            kind = "group"
        d = self.new(kind, self.name_text(np), np.head, "generic")
        d.sector = entry.sector
        d.role = entry
        d.role_text = self._role_text(start, end, np.start)
        if self.transnational(np.start, np.end):  # not "western diplomats"
            d.flags.add("transnational")
        d.context_ok = "transnational" not in d.flags
        d.mention(np.start, np.end)
        first = self.doc[np.start].text.lower()
        definite = first in DETERMINERS or np.possessor is not None
        if entry.has("def"):
            if definite and not scan.content:
                d.flags.add("def_anaphor")
        elif definite and not scan.content and np.possessor is None:
            d.flags.add("maybe_anaphor")
        if entry.has("bound"):
            d.flags.add("bound")
            if kind == "organization" and self._noun_compound(np):
                d.flags.add("modified")  # "the disaster agency", "the city council": an institution
        if entry.has("def") and not scan.content and "def_anaphor" not in d.flags:
            d.flags.add("bound")
        return d

    def _noun_compound(self, np: NP) -> bool:
        """A common-noun modifier right before the head ("disaster agency", "city council")."""
        j = np.head - 1
        tv = self.tv
        return j >= np.start and tv.dep[j] == "compound" and tv.pos[j] == "NOUN" and tv.head[j] == np.head

    def _agent_only(self, np: NP, agent: AgentSpan, scan: Scan) -> Draft:
        plural = is_plural(self.doc[np.head])
        d = self.new(
            "group" if plural else "person", self.name_text(np), np.head, f"dictionary:{agent.entry.source}"
        )
        code = agent.codes[0] if agent.codes else ""
        d.sector = code[:3] if code[:3] in self.lex.sectors else None
        d.context_ok = True
        d.mention(np.start, np.end)
        return d

    def _proxy(self, np: NP, scan: Scan) -> None:
        """A phrase that is not an actor but names one in a modifier ("Israeli air strikes")."""
        found: list[Draft] = []
        used: set[int] = set()
        for entry, s, e in scan.roles:  # "Kampuchean guerrilla camps": the guerrillas are the actor
            if entry.sector is None:
                continue
            d = self.new("group", self.text(s, e), s, "generic")
            d.sector, d.role, d.role_text = entry.sector, entry, self._role_text(s, e, np.start)
            d.flags.add("maybe_anaphor")
            d.context_ok = True
            d.mention(s, e, priority=1)
            if (agent := self.agent_at.get(e - 1)) is not None:
                d.agents.append(agent)
            for k, (clue, cs, ce) in enumerate(scan.clues):
                if ce <= s and k not in used:
                    used.add(k)
                    d.clues.append(clue)
                    d.mention(cs, ce, priority=1)
                    d.flags.discard("maybe_anaphor")
            found.append(d)
        for k, (_, s, _) in enumerate(scan.clues):
            span = self.span_at.get(s)
            country = self.country_draft(span) if span is not None and k not in used else None
            if country is not None:
                found.append(country)
        found.extend(scan.owners)
        if np.possessor is not None and (owner := self.by_head.get(np.possessor)) is not None:
            found.append(owner)
        distinct = list({id(d.root()): d for d in found}.values())
        if len(distinct) == 1:
            distinct[0].index.append((np.start, np.end, 0))
            self.proxy_of[np.head] = distinct[0]
        elif len(distinct) > 1:
            self.groups[np.head] = distinct

    # -- modifiers ------------------------------------------------------------------------------
