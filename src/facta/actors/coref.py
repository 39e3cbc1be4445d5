"""Later mentions resolved to the full actor: surnames ("Dere"), repeated and abbreviated names
("KLF"), titles and definite descriptions ("the minister", "the government", "the rebels", "the
group", "the front") and personal pronouns (he/she/they/his/her/their; "it"/"its" only for an
organisation or country named just before, and never for expletive "it").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from facta.actors.build import Builder
from facta.actors.drafts import Draft
from facta.actors.nps import Tokens

WINDOW = {"he": 2, "she": 2, "they": 2, "it": 1}  # sentences back
POSSESSIVE = frozenset({"his", "her", "hers", "its", "their", "theirs"})
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take", "rain", "matter"})


class Coref:
    def __init__(self, b: Builder) -> None:
        self.b = b

        self.doc = b.doc
        self.starts = [s.start for s in b.doc.sents] if len(b.doc) else [0]
        self._names: dict[tuple[int, str], list[str]] = {}
        self.order: dict[int, tuple[int, Draft]] = {}  # id(root) -> (last mention token, root)

    def _speaks(self, d: Draft) -> bool:
        """A capitalised single proper noun as the subject of a speech verb is a person's name."""
        tok = self.b.doc[d.head]
        return bool(
            tok.dep_ == "nsubj"
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.head.lemma_ in self.b.lex.shape_words("speech")
        )

    def sent(self, i: int) -> int:
        return max(0, bisect_right(self.starts, i) - 1)

    def run(self) -> None:
        for d in sorted(self.b.drafts, key=lambda d: (d.head, d.id)):
            if not d.alive:
                continue
            if "pronoun" in d.flags:
                ante = self.pronoun(d)
                if ante is not None:
                    kind = next(f for f in ("he", "she") if f in d.flags) if d.flags & {"he", "she"} else None
                    ante.absorb(d, "coref:pronoun")
                    self.seen(d.head, ante)
                    if kind and ante.gender is None:
                        ante.gender = "m" if kind == "he" else "f"
                continue
            ante = None
            if "def_anaphor" in d.flags:
                ante = self.generic_org(d) or self.definite_group(d)
            elif "maybe_anaphor" in d.flags:
                ante = self.generic_org(d) or self.definite_role(d)
            elif "maybe_name" in d.flags:
                ante = self.same_person(d) or self.same_org(d)
                if ante is None:
                    if self._speaks(d):  # "Danjuma said ...": a name the tagger missed, a person
                        d.flags.discard("maybe_name")
                    continue
            elif "compound" in d.flags:
                ante = None
            elif d.kind == "person" and "named" in d.flags:
                ante = self.same_person(d)
            elif d.kind == "organization" and "named" in d.flags:
                ante = self.same_org(d)
                if ante is None and "ner" in d.sources and len(d.name.split()) == 1:
                    ante = self.same_person(d)  # a surname the tagger took for an organisation
            elif d.kind == "group" and "demonym" in d.sources:
                ante = next(
                    (c for c in self.recent() if c.kind == "group" and c.name.lower() == d.name.lower()), None
                )
            if ante is not None and ante is not d:
                ante.absorb(d, "coref:" + ("name" if "named" in d.flags else "definite"))
                d.flags.discard("def_anaphor")
                self.seen(d.head, ante)
                continue
            self.seen(d.head, d)

    def seen(self, pos: int, d: Draft) -> None:
        """Record that ``d`` was mentioned at token ``pos`` (drafts arrive in text order)."""
        key = id(d.root())
        self.order.pop(key, None)
        self.order[key] = (pos, d.root())

    def recent(self, since: int = 0) -> Iterator[Draft]:
        """Actors mentioned so far (last mentioned at or after token ``since``), most recent first."""
        for pos, d in reversed(self.order.values()):
            if pos < since:
                return
            if d.alive and "pronoun" not in d.flags:
                yield d

    # -- names ---------------------------------------------------------------------------------
    def name_words(self, d: Draft) -> list[str]:
        key = (id(d), d.name)
        words = self._names.get(key)
        if words is None:
            words = self._names[key] = name_words(d.name)
        return words

    def same_person(self, d: Draft) -> Draft | None:
        words = self.name_words(d)
        if not words:
            return None
        for c in self.recent():
            if c.kind != "person" or "named" not in c.flags:
                continue
            other = self.name_words(c)
            if not other:
                continue
            if words == other or (len(words) < len(other) and other[-len(words) :] == words):
                return c
            if len(other) < len(words) and words[-len(other) :] == other:
                c.name = d.name  # the fuller name wins
                return c
        return self._family_name_first(words)

    def _family_name_first(self, words: list[str]) -> Draft | None:
        """A lone word that opens a recent person's name of two or three words, when it closes none: a
        family name written first ("Yoon" for "Yoon Suk Yeol", "Xi" for "Xi Jinping")."""
        if len(words) != 1:
            return None
        for c in self.recent():
            if c.kind != "person" or "named" not in c.flags:
                continue
            other = self.name_words(c)
            if 2 <= len(other) <= 3 and other[0] == words[0]:
                return c
        return None

    def same_org(self, d: Draft) -> Draft | None:
        names = {a for a in d.aliases if a} | {d.name.lower()}
        for c in self.recent():
            if c.kind != "organization" or "named" not in c.flags or "compound" in c.flags:
                continue
            if names & (c.aliases | {c.name.lower()}):
                return c
        return None

    # -- definite descriptions -------------------------------------------------------------------
    def definite_role(self, d: Draft) -> Draft | None:
        role = d.role
        if role is None:
            return None
        mine = {c.country for c in d.clues if c.country}
        for c in self.recent():
            if c is d or c.kind == "country":
                continue
            theirs = {k.country for k in c.clues if k.country}
            if mine and theirs and not mine & theirs:
                continue
            same_head = c.role is not None and c.role.head == role.head
            if same_head and (d.kind == "person") == (c.kind == "person"):
                return c
            rebels = role.sector == "REB" and d.kind != "person" and c.kind != "person"
            if rebels and (c.sector or c.mod_sector) == "REB":
                return c
        return None

    def generic_org(self, d: Draft) -> Draft | None:
        """ "the union" after "the Nigeria Labour Congress": a definite generic organisation noun stands
        for the most recent named organisation whose name or sector fits it (``org_nouns.tsv``), or for a
        more recent description with the same head ("the opposition alliance ... the alliance")."""
        if d.role is None or d.kind != "organization":
            return None
        fit = self.b.lex.org_nouns.get(d.role.head)
        if fit is None:
            return None
        words, sectors = fit
        for c in self.recent():
            if c is d or c.kind != "organization":
                continue
            if "named" not in c.flags:
                if c.role is not None and c.role.head == d.role.head:
                    return c  # "the opposition alliance ... the alliance"
                continue
            names = {w for n in (c.name.lower(), *c.aliases) for w in n.split()}  # "Atlantic Alliance"
            if words & names or (c.sector is not None and c.sector in sectors):
                return c
        return None

    def definite_group(self, d: Draft) -> Draft | None:
        role = d.role
        word = role.head if role is not None else d.name.lower().split()[-1]
        candidates = [c for c in self.recent() if c.kind in {"organization", "group"} and c is not d]
        for c in candidates:
            if word in c.name.lower().split():
                return c
        limit = self.sent(d.head) - 5
        for c in candidates:
            if self.sent(c.head) < limit:
                break
            if c.sector in INSTITUTION_SECTORS or ("named" not in c.flags and c.sector is None):
                continue
            return c
        return None

    # -- pronouns --------------------------------------------------------------------------------
    def pronoun(self, d: Draft) -> Draft | None:
        tv = self.b.tv
        kind = next(k for k in ("he", "she", "they", "it") if k in d.flags)
        if kind == "it" and _expletive(self.doc[d.head], self.b.lex.anaphora):
            return None
        here = self.sent(d.head)
        oldest = here - WINDOW[kind]
        best: tuple[tuple[int, int, int, int], Draft] | None = None
        for c in self.recent(since=self.starts[max(oldest, 0)]):
            if not _compatible(kind, c):
                continue
            last = max((s for s, _ in c.mentions if s < d.head), default=None)
            if last is None:
                continue
            distance = here - self.sent(last)
            if distance > WINDOW[kind]:
                continue
            possessive = tv.lower[d.head] in POSSESSIVE | REFLEXIVE
            if distance == 0 and not possessive and _coargument(tv, c, d.head):
                continue
            last_sent = self.sent(last)
            subject = any(
                tv.dep[tv.root(s, e)] in {"nsubj", "nsubjpass"}
                for s, e in c.mentions
                if self.sent(s) == last_sent
            )
            # "their" after "Isis fighters": for plural pronouns a group beats an organisation
            plural_fit = 0 if kind != "they" or c.kind == "group" else 1
            score = (distance, plural_fit, 0 if subject else 1, -last)
            if best is None or score < best[0]:
                best = (score, c)
        return best[1] if best is not None else None


def _compatible(kind: str, c: Draft) -> bool:
    if kind in {"he", "she"}:
        if c.kind != "person":
            return False
        return c.gender is None or c.gender == ("m" if kind == "he" else "f")
    if kind == "they":
        return c.kind in {"group", "organization"} and not c.flags & {"def_anaphor"}
    return c.kind in {"organization", "country"}


def _coargument(tv: Tokens, c: Draft, i: int) -> bool:
    """The candidate and the pronoun are arguments of the same verb ("the rebels accused them")."""
    for s, e in c.mentions:
        root = tv.root(s, e)
        if tv.head[root] == tv.head[i] and root != i:
            return True
    return False


def _expletive(tok: Any, words: dict[str, str]) -> bool:
    """Expletive "it" ("it is clear that ..."), not the subject of an adjective that makes its subject
    the agent of the complement ("it is prepared to impose martial law": ``agentive`` in anaphora.tsv)."""
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = tok.head
    if head.lemma_.lower() in EXPLETIVE_HEADS:
        if any(c.dep_ == "acomp" and words.get(c.lower_) == "agentive" for c in head.children):
            return False
        return any(c.dep_ in {"ccomp", "xcomp", "acomp", "attr"} for c in head.children)
    return False


NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-")


def name_words(name: str) -> list[str]:
    """Words of a person's name for matching: lower case, honorifics dropped, "al-Assad" -> "assad"."""
    words = [w.strip(".,").lower() for w in name.split()]
    words = [
        w[len(p) :] if (p := next((x for x in NAME_PARTICLES if w.startswith(x)), "")) else w for w in words
    ]
    return [w for w in words if w and w not in {"mr", "mrs", "ms", "dr", "sir", "miss"}]
