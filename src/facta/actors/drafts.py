"""Working records for actors while the stage runs: mutable, mergeable (union-find), with evidence.

A :class:`Draft` collects what the rules found about one actor: its mentions (token spans), clues to
its country (each saying where it came from), its own sector, sectors of modifiers, owners (what it
belongs to, resolved into ``affiliation``) and dictionary codes. Coreference merges drafts; the final
values are computed once everything is known (see :mod:`facta.actors.finalize`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facta.actors.lexicon import Modifier, RoleEntry
from facta.actors.spans import AgentSpan


@dataclass(frozen=True, slots=True)
class Clue:
    """Evidence for an actor's country: the ISO-3 (or IGO/...) and the dictionary code it came with."""

    country: str | None
    code: str | None  # user-dictionary code (CAMEO-style), None for built-in evidence
    source: str


@dataclass(eq=False)
class Draft:
    id: int
    kind: str  # person | organization | country | group
    name: str
    head: int  # token index of the head of the defining mention
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans (end exclusive)
    index: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, priority) to index
    clues: list[Clue] = field(default_factory=list)
    sector: str | None = None  # its own sector (lexicon entry, role, title)
    mod_sector: str | None = None  # sector named by a modifier ("military spokesman")
    effects: list[Modifier] = field(default_factory=list)  # former -> ELI, unknown -> UAF, ...
    role: RoleEntry | None = None
    role_text: str | None = None
    owners: list[Draft] = field(default_factory=list)
    agents: list[AgentSpan] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)  # lower-case names it may be mentioned by
    siblings: list[Draft] = field(default_factory=list)  # other members of a split compound actor
    parent: Draft | None = None
    context_ok: bool = False  # may take its country from the article context

    # -- union-find ----------------------------------------------------------------------------
    def root(self) -> Draft:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    @property
    def alive(self) -> bool:
        return self.parent is None

    @property
    def start(self) -> int:
        return min((s for s, _ in self.mentions), default=self.head)

    def add_source(self, source: str) -> None:
        if source not in self.sources:
            self.sources.append(source)

    def mention(self, start: int, end: int, priority: int = 0, index: bool = True) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))
        if index:
            self.index.append((start, end, priority))

    def absorb(self, other: Draft, source: str | None = None) -> None:
        """Fold ``other`` into this draft (coreference or appositive): it keeps its own values first."""
        other = other.root()
        me = self.root()
        if other is me:
            return
        other.parent = me
        for span in other.mentions:
            if span not in me.mentions:
                me.mentions.append(span)
        me.index.extend(other.index)
        me.clues.extend(other.clues)
        me.effects.extend(other.effects)
        me.owners.extend(o for o in other.owners if o.root() is not me)
        mine = {id(a) for a in me.agents}
        me.agents.extend(a for a in other.agents if id(a) not in mine)
        me.aliases |= other.aliases
        me.siblings.extend(other.siblings)
        me.sector = me.sector or other.sector
        me.mod_sector = me.mod_sector or other.mod_sector
        if me.role is None and other.role is not None:
            me.role, me.role_text = other.role, other.role_text
        me.role_text = me.role_text or other.role_text
        me.gender = me.gender or other.gender
        me.context_ok = me.context_ok or other.context_ok
        for s in other.sources:
            me.add_source(s)
        if source:
            me.add_source(source)
        me.flags |= other.flags & {"named", "titled"}
