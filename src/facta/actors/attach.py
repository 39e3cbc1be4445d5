"""Relations between phrases: possessives ("Sudan's interior minister"), prepositions ("spokesman for
the State Department", "an aide to President X", "the government of Sudan", "soldiers from Gondor"),
"loyal to", appositives ("Ned Price, a spokesman ...") and relative pronouns ("rebels who ...").
"""

from __future__ import annotations

from typing import Any

from facta.actors.build import Builder
from facta.actors.drafts import Clue, Draft
from facta.actors.nps import NP, conjuncts

OWNER_PREPS = frozenset({"of", "from", "in", "within", "inside", "among"})
REL_PREPS = frozenset({"for", "at", "with"})
PERSON_PREPS = frozenset({"of", "from", "at"})
AT_SECTORS = frozenset({"EDU", "MED", "LAB", "BUS", "JRN", "REL", "JUD"})
LOCATIVE = frozenset({"in", "within", "inside", "among"})
LOYAL = frozenset({"loyal", "allied", "affiliated", "linked", "belonging", "attached", "aligned", "close"})
SERVING = frozenset({"work", "serve", "spy", "fight"})  # "hackers working for Russia's military intelligence"


def attach(b: Builder) -> None:
    for np in b.nps:
        d = b.by_head.get(np.head)
        if d is None or d.kind == "country" or "pronoun" in d.flags:
            continue
        _possessor(b, d, np)
        _preps(b, d, np)
        _loyal(b, d, np)
        _distribute(b, d, np)
    _appositives(b)
    _predicates(b)
    _relatives(b)


def _distribute(b: Builder, d: Draft, np: NP) -> None:
    """ "Danish media and government": a bare conjunct shares the first conjunct's modifiers."""
    tok = b.doc[np.head]
    if tok.dep_ != "conj" or d.role is None or d.clues or d.owners:
        return
    mine = b.scans.get(np.head)
    first = b.scans.get(tok.head.i)
    if mine is None or first is None or mine.content or not first.clues:
        return
    d.clues.extend(c for c, _, _ in first.clues[:1])
    d.agents.extend(first.agents)
    d.effects.extend(first.effects)
    d.flags -= {"maybe_anaphor"}
    d.add_source("coordination")


def _is_countryish(d: Draft) -> bool:
    return d.kind == "country" or (d.kind == "group" and "demonym" in d.sources)


def _possessor(b: Builder, d: Draft, np: NP) -> None:
    if np.possessor is None:
        return
    owner = b.draft_at(np.possessor)
    if owner is None and b.home_possessor(np.possessor):
        d.flags.add("home")  # "the country's disaster agency": the article's country
        d.context_ok = "transnational" not in d.flags
        return
    if owner is None:
        span = b.span_at.get(np.possessor)
        clue = b.clue_of_span(span) if span is not None else None
        if clue is not None:
            d.clues.append(Clue(clue.country, clue.code, "possessive"))
            d.add_source("possessive")
        return
    if _is_countryish(owner) and owner.clues:
        c = owner.clues[0]
        d.clues.append(Clue(c.country, c.code, "possessive"))
        if d.kind == "person" and owner.kind == "country":
            d.owners.append(owner)  # "Sudan's interior minister" serves Sudan
    else:
        d.owners.append(owner)
    d.add_source("possessive")


def _allowed_preps(d: Draft) -> frozenset[str]:
    if d.kind == "group" and "demonym" in d.sources:  # "Albanians of southern Serbia"
        return OWNER_PREPS
    if d.role is not None and "named" not in d.flags:
        allowed = set(OWNER_PREPS)
        if d.role.has("rel"):
            allowed |= REL_PREPS
        if d.role.has("to"):
            allowed.add("to")
        if d.role.sector in AT_SECTORS:  # "students at Cumhuriyet University"
            allowed.add("at")
        return frozenset(allowed)
    if d.kind == "person":
        allowed = set(PERSON_PREPS)
        if d.role is not None and d.role.has("rel"):
            allowed |= REL_PREPS
        if d.role is not None and d.role.has("to"):
            allowed.add("to")
        return frozenset(allowed)
    return frozenset()


def _preps(b: Builder, d: Draft, np: NP) -> None:
    allowed = _allowed_preps(d)
    if not allowed:
        return
    head = b.doc[np.head]
    clues: list[tuple[Clue, int, int]] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.text.lower() not in allowed:
            continue
        if prep.text.lower() == "from" and _after_movement(b, np.head):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for x in conjuncts(pobj):
                target = _target(b, x)
                if isinstance(target, Clue):
                    how = "located" if prep.text.lower() in LOCATIVE else "preposition"
                    clues.append((Clue(target.country, target.code, how), x.left_edge.i, x.i + 1))
                elif (
                    target is not None
                    and not (prep.text.lower() in LOCATIVE and target.kind == "person")
                    and target.root() is not d.root()
                ):
                    d.owners.append(target)
                    d.add_source("affiliation")
    if not clues:
        return
    distinct: list[tuple[Clue, int, int]] = []
    for c in clues:
        if all(c[0].country != o[0].country or c[0].code != o[0].code for o in distinct):
            distinct.append(c)
    if len(distinct) > 1 and d.kind in {"group", "organization"} and not d.siblings:
        d.clues.append(distinct[0][0])
        for clue, s, e in distinct[1:]:
            sib = b.new(d.kind, f"{d.name} ({b.text(s, e)})", np.head, d.sources[0])
            sib.sector, sib.role, sib.role_text, sib.mod_sector = d.sector, d.role, d.role_text, d.mod_sector
            sib.clues.append(clue)
            sib.flags |= d.flags - {"maybe_anaphor", "def_anaphor"}
            sib.agents = list(d.agents)
            sib.mention(np.start, np.end, index=False)
            sib.mention(s, e, priority=1, index=False)
            d.siblings.append(sib)
        d.flags -= {"maybe_anaphor", "def_anaphor"}
    elif d.kind == "group" and "demonym" in d.sources:  # "Albanians of southern Serbia": residence
        d.clues[0:0] = [c for c, _, _ in distinct]
    else:
        d.clues.extend(c for c, _, _ in distinct)
        d.flags -= {"maybe_anaphor", "def_anaphor"}


def _after_movement(b: Builder, i: int) -> bool:
    """ "withdrawal of forces from Panama", "pulled troops from Panama": "from" marks a place left."""
    tv = b.tv
    j = i
    for _ in range(3):
        j = tv.head[j]
        mod = b.lex.modifier(tv.lemma[j])
        if mod is not None and mod.effect == "movement":
            return True
        if tv.head[j] == j:
            break
    return False


def _target(b: Builder, x: Any) -> Clue | Draft | None:
    """What a prepositional object names: a country (as a clue) or an actor (as an owner)."""
    target = b.draft_at(x.i)
    if target is None and (proxy := b.proxy_of.get(x.i)) is not None and _is_countryish(proxy.root()):
        target = proxy.root()  # "of the Syrian Golan Heights"
    if target is not None:
        if _is_countryish(target) and target.clues:
            return target.clues[0]
        return target
    span = b.span_at.get(x.i)
    return b.clue_of_span(span) if span is not None else None


def _loyal(b: Builder, d: Draft, np: NP) -> None:
    head = b.doc[np.head]
    for mod in head.children:
        serving = mod.dep_ == "acl" and mod.tag_ == "VBG" and mod.lemma_.lower() in SERVING
        if not serving and (mod.dep_ not in {"amod", "acl"} or mod.text.lower() not in LOYAL):
            continue
        for prep in mod.children:
            if prep.dep_ != "prep" or prep.text.lower() not in ({"for"} if serving else {"to", "with"}):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    target = _target(b, pobj)
                    if isinstance(target, Draft):
                        d.owners.append(target)
                        d.add_source("affiliation")
                    elif serving and isinstance(target, Clue) and not d.clues:  # "spies working for Iran"
                        d.clues.append(Clue(target.country, target.code, "preposition"))


def _appositives(b: Builder) -> None:
    for i, dep in enumerate(b.tv.dep):
        if dep != "appos" or b.tv.head[i] == i:
            continue
        tok = b.doc[i]
        x = b.draft_at(tok.head.i)
        y = b.draft_at(tok.i)
        if x is None:
            continue
        if tok.i > 0 and b.doc[tok.i - 1].text == "(":
            if y is None or (y.kind == x.kind and "named" in y.flags):
                x.aliases.add(tok.text.lower())
                if y is not None:
                    x.absorb(y, "alias")
                else:
                    x.mention(tok.i, tok.i + 1, priority=1)
            continue
        if y is None or x is y or "pronoun" in x.flags | y.flags:
            continue
        holder = _role_holder(b, tok, x, y)
        _merge_appositive(holder or x, y)


def _predicates(b: Builder) -> None:
    """ "Ann Marlow, who doubles as a minister at the Foreign Office", "Marlow is the party's leader":
    a role said of a named person describes that person (as an appositive would), it is no one else."""
    tv = b.tv
    for i, dep in enumerate(tv.dep):
        verb = tv.head[i]
        if dep == "pobj" and tv.lower[verb] == "as":
            verb = tv.head[verb]
        elif dep != "attr":
            continue
        if tv.pos[verb] not in {"VERB", "AUX"}:
            continue
        y = b.draft_at(i)
        if y is None or y.kind != "person" or "named" in y.flags or y.role is None:
            continue
        subj = next((c for c in tv.children(verb) if tv.dep[c] in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        if b.lex.anaphora.get(tv.lower[subj]) == "who" and tv.dep[verb] == "relcl":
            subj = tv.head[verb]  # "Marlow, who doubles as a minister"
        x = b.draft_at(subj)
        if x is not None and x is not y and x.kind == "person" and "named" in x.flags:
            _merge_appositive(x, y)


def _role_holder(b: Builder, tok: Any, x: Draft, y: Draft) -> Draft | None:
    """ "A commander of the Al-Nasr Brigades, Abu Saqr, said": the parser hangs the name on the
    organisation; it names the unnamed person of the role the organisation's phrase modifies."""
    if y.kind != "person" or "named" not in y.flags or x.kind not in {"organization", "group"}:
        return None
    org = tok.head
    if org.dep_ != "pobj" or org.head.lower_ not in {"of", "for", "from", "with", "at"}:
        return None
    z = b.draft_at(org.head.head.i)
    if z is None or z is y or z.kind != "person" or "named" in z.flags or z.role is None:
        return None
    return z


def _merge_appositive(x: Draft, y: Draft) -> None:
    x_named, y_named = "named" in x.flags, "named" in y.flags
    if x_named and y_named:
        return
    if not x_named and not y_named:
        return
    named, other = (x, y) if x_named else (y, x)
    if named.kind == "country" or (other.role is None and "titled" not in other.flags):
        return
    if named.kind == "organization" and other.kind == "person" and named.sources[:1] == ["ner"]:
        named.kind = "person"  # "the Turkish president, Recep Tayyip Erdogan" tagged as an organisation
    compatible = (named.kind == "person" and other.kind == "person") or (
        named.kind in {"organization", "group"} and other.kind in {"organization", "group"}
    )
    if not compatible:
        return
    if named.kind == "person":
        named.flags.add("titled")
        named.context_ok = True
    named.absorb(other, "appositive")


def _relatives(b: Builder) -> None:
    tv = b.tv
    for i, low in enumerate(tv.lower):
        if b.lex.anaphora.get(low) != "who" or tv.dep[i] not in {"nsubj", "nsubjpass", "dobj", "poss"}:
            continue
        if low == "that" and tv.tag[i] not in {"WDT", ""}:
            continue
        tok = b.doc[i]
        verb = tok.head
        while verb.dep_ != "relcl" and verb.head.i != verb.i and verb.pos_ in {"NOUN", "VERB", "AUX"}:
            if verb.dep_ not in {"dobj", "ccomp", "xcomp"}:
                break
            verb = verb.head
        if verb.dep_ != "relcl":
            continue
        antecedent = b.draft_at(verb.head.i)
        if antecedent is not None and "pronoun" not in antecedent.flags:
            antecedent.mention(tok.i, tok.i + 1, priority=2)
