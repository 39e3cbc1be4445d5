"""Final actor values from drafts: country, sector, affiliation, CAMEO-style code; then the records
are written to the ActorTable with their mentions, and every token they cover is indexed.

Country: the actor's own clues first (its lexicon entry, a demonym or country in the phrase, a
possessor, a prepositional complement), then what it belongs to (affiliation chains: "an aide to
President X"), then the article context for generic actors. Sector: a relational role ("spokesman")
takes the sector of a modifier ("military spokesman") or of what it belongs to; "former" -> ELI,
"unknown gunmen" -> UAF. Code: country + sector ("USAGOV", "---REB", "IGO"); with user dictionaries,
the dictionary actor code + agent codes only ("GONCOP", "NGOARNGOV").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facta.actors.build import Builder
from facta.actors.drafts import Draft
from facta.model import Actor
from facta.state import DocState

GROUPS_KEY = "facta.actor_groups"
FORCE_SECTORS = frozenset({"MIL", "COP", "PRM", "REB", "UAF"})  # armed actors


@dataclass(frozen=True, slots=True)
class Resolved:
    country: str | None
    code: str | None  # user-dictionary actor code
    how: str | None  # clue source, "affiliation" or "context"


class Finalizer:
    def __init__(self, b: Builder, dict_mode: bool, context: Callable[[int], str | None]) -> None:
        self.b = b
        self.dict_mode = dict_mode
        self.context = context
        self._country: dict[int, Resolved] = {}
        self._sector: dict[int, str | None] = {}
        self.force: str | None = None  # the sector of the article's armed forces, when only one
        self.named: frozenset[str] = frozenset()  # countries the text names (context.Context.named)

    def keep(self, d: Draft) -> bool:
        if not d.alive or not d.mentions:
            return False
        if d.flags & {"pronoun", "def_anaphor", "maybe_name"}:
            return False
        if "bound" in d.flags:
            kept_by = {"named", "ethnic", "modified", "home"}
            return bool(d.owners or d.clues or d.mod_sector or d.agents or d.flags & kept_by)
        return True

    def owners(self, d: Draft) -> list[Draft]:
        out = []
        for o in d.owners:
            r = o.root()
            if r is not d and self.keep(r) and r not in out:
                out.append(r)
        return out

    def country(self, d: Draft, seen: frozenset[int] = frozenset()) -> Resolved:
        """Country and dictionary code: own clues, else affiliation chain, else context (country only)."""
        if d.id in self._country:
            return self._country[d.id]
        country = next((c for c in d.clues if c.country), None)
        code = next((c.code for c in d.clues if c.code), None)
        how = country.source if country is not None else None
        result = Resolved(country.country if country else None, code, how)
        if result.country is None or (self.dict_mode and result.code is None):
            for owner in self.owners(d):
                if owner.id in seen:
                    continue
                found = self.country(owner, seen | {d.id})
                if result.country is None and found.country:
                    result = Resolved(found.country, result.code, "affiliation")
                if result.code is None and found.code:
                    result = Resolved(result.country, found.code, result.how or "affiliation")
                if result.country and (result.code or not self.dict_mode):
                    break
        if how == "located" and d.kind != "person":  # "the U.N. tribunal in The Hague": the U.N.'s
            owned = {self.country(o, seen | {d.id}).country for o in self.owners(d) if o.id not in seen}
            if "IGO" in owned:
                result = Resolved("IGO", result.code, "affiliation")
        if how == "lexicon" and result.country and self._shared_elsewhere(d, result.country):
            ctx = self.context(d.head)  # "SEOUL - ... the Democratic Party"
            if ctx and ctx != result.country:
                result = Resolved(ctx, result.code, "context")
        transnational_owner = any("transnational" in o.flags for o in self.owners(d))
        if (
            result.country is None
            and d.role is not None
            and d.role.has("ngo")
            and d.kind != "person"
            and not self._local(d)
        ):
            result = Resolved("NGO", result.code, "role")  # "a human rights group": PLOVER's NGO
        if result.country is None and d.role is not None and d.role.country:
            result = Resolved(d.role.country, result.code, "office")  # "the home secretary": GBR
        if result.country is None and d.context_ok and not transnational_owner:
            ctx = self.context(d.head)
            if ctx:
                result = Resolved(ctx, result.code, "context")
        if not seen:
            self._country[d.id] = result
        return result

    def _shared_elsewhere(self, d: Draft, country: str) -> bool:
        """A name parties in many countries share (``shared_names.tsv``) whose listed country the text
        never names: the story's own country, when the context gives one, stands in."""
        shared = self.b.lex.shared_names
        if not {d.name.lower(), *d.aliases} & shared:
            return False
        if country in self.named:
            return False
        return all(  # nor does any other actor's own clue ("President Joe Biden")
            c.country != country
            for o in self.b.drafts
            if o is not d and not {o.name.lower(), *o.aliases} & shared
            for c in o.clues
        )

    def _local(self, d: Draft) -> bool:
        """Whether a mention of ``d`` says it is local ("a local rights group", "domestic charities")."""
        lex, low = self.b.lex, self.b.tv.lower
        return any(
            (mod := lex.modifier(low[i])) is not None and mod.effect == "local"
            for s, e in d.mentions
            for i in range(s, e)
        )

    def sector(self, d: Draft, seen: frozenset[int] = frozenset()) -> str | None:
        if d.id in self._sector:
            return self._sector[d.id]
        role = d.role
        sector = d.sector
        if role is not None and role.has("rel") and (sector == role.sector or sector is None):
            owners = [o for o in self.owners(d) if o.id not in seen]
            if d.mod_sector:
                sector = d.mod_sector
            elif owners:
                owner_sector = self.sector(owners[0], seen | {d.id})
                stateish = owners[0].kind == "country" or self.country(owners[0]).country == "IGO"
                sector = owner_sector or (role.sector if stateish else None)
        elif sector is None:
            sector = d.mod_sector
        if sector is None and d.agents:
            code = next((a.codes[0] for a in d.agents if a.codes and not a.entry.prefix), "")
            sector = code[:3] if code[:3] in self.b.lex.sectors else None
        if sector is None and role is not None and role.has("force") and not d.owners and not d.effects:
            sector = self.force  # "the officers" in a story whose only armed force is the police
        for mod in d.effects:
            target = mod.effect.split(":", 1)[1]
            if sector in mod.applies or "*" in mod.applies:
                sector = target
        if not seen:
            self._sector[d.id] = sector
        return sector

    def code(self, d: Draft, country: Resolved, sector: str | None) -> str | None:
        if not self.dict_mode:
            if country.country is None and sector is None:
                return None
            return (country.country or "---") + (sector or "")
        agents = sorted({(a.start, a.end): a for a in d.agents}.values(), key=lambda a: a.start)
        prefixes = [a.codes[0] for a in agents if a.codes and a.entry.prefix]
        suffixes = [a.codes[0] for a in agents if a.codes and not a.entry.prefix]
        if country.code is None and not prefixes and not suffixes:
            return None
        base = country.code or "---"
        code = "".join(prefixes) + base
        for suffix in suffixes:
            if not any(code[k : k + len(suffix)] == suffix for k in range(3, len(code), 3)):
                code += suffix
        return code

    def write(self, state: DocState) -> None:
        kept = [d for d in self.b.drafts if self.keep(d)]
        kept.sort(key=lambda d: (d.start, d.id))
        forces = {self.sector(d) for d in kept} & FORCE_SECTORS
        self.force = next(iter(forces)) if len(forces) == 1 else None
        self._sector.clear()
        ids: dict[int, str] = {}
        for d in kept:
            country = self.country(d)
            sector = self.sector(d)
            sources = list(d.sources)
            if country.how in {"context", "affiliation"}:
                sources.append(country.how)
            sources.extend(f"dictionary:{a.entry.source}" for a in d.agents)
            actor = Actor(
                id="",
                name=d.name,
                kind=d.kind,  # type: ignore[arg-type]
                country=country.country,
                sector=sector,
                role=_role(d),
                other_sectors=tuple(
                    s for s in [d.sector, d.mod_sector] if s and s != sector and s in self.b.lex.sectors
                ),
                source="+".join(dict.fromkeys(sources)),
                code=self.code(d, country, sector),
                mentions=tuple(state.span(s, e) for s, e in sorted(set(d.mentions))),
            )
            ids[d.id] = state.actors.add(actor)
        for d in kept:
            owners = self.owners(d)
            owner = next((o for o in owners if o.id in ids), None) or self._force_owner(d, kept)
            if owner is not None and owner.id in ids:
                state.actors.update(ids[d.id], affiliation=ids[owner.id])
        entries = [(p, s, e, ids[d.id]) for d in kept for s, e, p in d.index]
        for _, s, e, actor_id in sorted(entries, key=lambda x: (x[0], x[1])):
            state.actors.index_tokens(actor_id, s, e)
        self._groups(state, kept, ids)

    def _force_owner(self, d: Draft, kept: list[Draft]) -> Draft | None:
        """ "a military spokesman", "police spokesman X": a person whose title names an armed force
        speaks for it when the article names that force once ("the army", "Police")."""
        if d.kind != "person" or d.mod_sector not in FORCE_SECTORS or d.owners:
            return None
        words = {w.lower() for s, e in d.mentions for w in self.b.tv.text[s:e]}
        country = self.country(d).country
        found = [
            o
            for o in kept
            if o is not d
            and self.sector(o) == d.mod_sector
            and (o.kind == "organization" or (o.kind == "group" and o.name.lower() in words))
            and self.country(o).country in {country, None}
        ]
        return found[0] if len(found) == 1 else None

    def _groups(self, state: DocState, kept: list[Draft], ids: dict[int, str]) -> None:
        groups: dict[int, tuple[str, ...]] = {}
        for d in kept:
            members = [d, *[s.root() for s in d.siblings]]
            member_ids = tuple(dict.fromkeys(ids[m.id] for m in members if m.id in ids))
            if len(member_ids) > 1:
                for s, e, p in d.index:
                    if p == 0:
                        for i in range(s, e):
                            groups[i] = member_ids
        for head, drafts in self.b.groups.items():
            member_ids = tuple(dict.fromkeys(ids[m.root().id] for m in drafts if m.root().id in ids))
            if len(member_ids) > 1:
                groups[head] = member_ids
        doc: Any = state.doc
        doc.user_data[GROUPS_KEY] = groups


def _role(d: Draft) -> str | None:
    if d.kind == "person":
        return d.role_text
    if (
        d.kind == "group"
        and d.role is not None
        and d.role.kind == "person"
        and d.role.flags & {"title", "rel"}
    ):
        return d.role.term
    return None
