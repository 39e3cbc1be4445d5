"""Positions across stored articles: per actor (and organisation) and topic, dated, with reversals."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable

from facta.model import Record, Span, Statement
from facta.positions.flags import BACKTRACK, REVERSE
from facta.positions.identity import (
    Identity,
    KeyJoiner,
    closed_topics,
    content_words,
    covers_half,
    identities,
    named,
    named_organisation,
    normalize_name,
    office_holder_role,
    org_named,
    person_key,
    shared_chars,
    state_office,
    titles,
)
from facta.positions.mentions import (
    appositive_name,
    bare_name,
    full_name,
    leading_name,
    member_of,
)
from facta.positions.model import Position

ORGANISATIONS = frozenset({"organization", "group", "country"})


def positions_from_records(records: Iterable[Record]) -> list[Position]:
    """Every statement with a speaker, a stance and a topic, as a dated position."""
    rows: list[tuple[Record, int, Identity, str, str]] = []
    described: dict[str, set[str]] = defaultdict(set)  # a person key -> words of their mentions
    relayed_by: dict[tuple[str, str], Identity] = {}  # a relayed position's speaker
    joiner = KeyJoiner()
    members: list[tuple[str, str, str]] = []  # (person key, organisation key, name) from every record
    heads: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a role -> (group key, name) of its holders
    everyone: list[Identity] = []  # every person the articles name, position holders or not
    for record in records:
        ids = identities(record)
        for name, short in defined_acronyms(record):
            # "the Tunisian Federation of Phosphate Workers (FTTP)": the article defines the acronym
            joiner.union(normalize_name(name), normalize_name(short))
        everyone += [i for i in ids.values() if i.kind == "person"]
        for i in ids.values():
            if i.kind == "person" and i.role and i.group_key:
                heads[normalize_name(i.role)].add((i.group_key, i.group_name or i.group_key))
        members += [
            (i.key, i.group_key, i.group_name or i.group_key)
            for i in ids.values()
            if i.kind == "person" and i.group_key
        ]
        for order, st in enumerate(record.statements):
            if st.stance is None:
                continue  # a stance with no topic takes one from the holder's other positions below
            # a relayed position is the organisation's; a speaker a later stage found is used too
            holder = _holder(record, st)
            titled = _titled_person(record, st)
            who = holder or titled or st.speaker or _actor_at(record, st.speaker_span)
            if holder is None and st.holder_span is not None:
                ident = named_organisation(st.holder_span.text)  # an organisation no stage listed
            elif who is not None and who in ids:
                spoke = who in {st.speaker, titled}
                ident = _described(ids[who], st.speaker_span if spoke else None)
            elif who is None and st.speaker_span is not None and bare_name(st.speaker_span.text):
                name = bare_name(st.speaker_span.text) or ""
                ident = Identity(person_key(name), name, "person")  # a speaker no stage listed
            else:
                continue
            ident = _office_of(_owned_by(record, st, _state_of_role(record, st, ident)), heads)
            if ident.group_key:
                joiner.add(ident.group_key)
            rows.append((record, order, ident, st.id, st.topic or ""))
            if ident.kind == "person" and st.speaker_span is not None:
                described[ident.key].update(normalize_name(st.speaker_span.text).split())
            relayed = holder is not None or st.holder_span is not None
            if relayed and st.speaker in ids and ids[st.speaker].key != ident.key:
                relayed_by[(record.article.id, st.id)] = ids[st.speaker]
    joiner.join_acronyms()
    joiner.join_shortened()
    known = [ident for _r, _o, ident, _s, _t in rows] + list(relayed_by.values())
    people = _surname_index(known)
    # a surname no holder's full name explains may still be a person the articles name in full
    # ("Commander Gómez Santiz" of "a communiqué signed by its commander, Eliseo Gómez Santiz")
    for short, full in _surname_index(known + everyone).items():
        people.setdefault(short, full)
    people.update(_title_index(known, described))
    out = []
    for record, order, ident, statement_id, topic in rows:
        found = record.statement(statement_id)
        assert found is not None
        st = found
        key = people.get(ident.key, ident.key) if ident.kind == "person" else ident.key
        group_key = joiner.find(ident.group_key) if ident.group_key else None
        if group_key is not None and ident.kind == "person" and group_key in people:
            group_key = people[group_key]  # the person a staff member serves, named in full elsewhere
        if ident.kind != "person" and _bare_name(ident) and ident.key in people:
            # a surname the actor stage took for a group ("Owusu-Boateng told parliament")
            key, group_key = people[ident.key], None
        speaker = relayed_by.get((record.article.id, statement_id))
        out.append(
            Position(
                date=st.when.date if st.when and st.when.date else record.article.published,
                article_id=record.article.id,
                statement_id=statement_id,
                order=order,
                actor_key=key,
                actor_name=ident.name,
                topic=topic,
                stance=st.stance or "",
                role=ident.role,
                group_key=group_key,
                group_name=ident.group_name,
                cue=st.cue.text if st.cue else None,
                content=st.content_text,
                sentence=st.evidence.text,
                title=record.article.title,
                url=record.article.url,
                published=record.article.published,
                speaker=speaker.name if speaker else None,
                speaker_key=people.get(speaker.key, speaker.key) if speaker else None,
            )
        )
    out.sort(key=lambda p: p.sort_key)
    known_members = [(people.get(k, k), joiner.find(g), n) for k, g, n in members]
    return _topics_gone_back_on(_with_memberships(out, known_members))


_POSSESSOR = re.compile(
    r"^(?:[Tt]he )?((?:[A-Z][\w'-]*|and|of|for|the)(?: (?:[A-Z][\w'-]*|and|of|for|the))*)['’]s [a-z]"
)


def _owned_by(record: Record, st: Statement, ident: Identity) -> Identity:
    """A speaker named as "its"/"their" officer ("its secretary-general, Grace Modi") or as "the
    <noun>'s" officer ("the brigade's spokesman") with no organisation known (or only their state's)
    belongs to the organisation the sentence names last before the mention (holding that noun)."""
    span = st.speaker_span
    state_group = ident.group_key is not None and ident.group_key.endswith(
        (" government", " military", " police")
    )
    # a body named by a common noun only ("the party", "press" of "the party's press office") is
    # the organisation the mention names as its owner, as a person is
    body = ident.kind != "person" and not named(ident.name)
    if body and ident.group_key in {None, ident.key}:
        owned = _owned_by(record, st, dataclasses.replace(ident, kind="person", group_key=None))
        if owned.group_key is None or owned.group_name is None:
            return ident
        return dataclasses.replace(
            ident,
            key=owned.group_key,
            name=owned.group_name,
            group_key=owned.group_key,
            group_name=owned.group_name,
        )
    if ident.kind != "person" or (ident.group_key and not state_group) or span is None:
        return ident
    words = span.text.split()
    owner = None  # "the brigade's spokesman": the owner noun the organisation's name must hold
    if words[:1] not in (["its"], ["Its"], ["their"], ["Their"]):
        named_owner = _POSSESSOR.match(span.text)
        if named_owner is not None and org_named(named_owner.group(1)):
            # "the Sudan Justice and Unity Movement's envoy to the talks, Ibrahim Haroun"
            name = named_owner.group(1)
            return dataclasses.replace(ident, group_key=normalize_name(name), group_name=name)
        if len(words) < 2 or words[0].lower() != "the" or not words[1].endswith(("'s", "’s")):
            return ident
        owner = words[1][:-2].lower()
        if not owner.isalpha() or not owner.islower():
            return ident
    best: tuple[int, str] | None = None
    for actor in record.actors:
        if (actor.kind not in {"organization", "group"} and not _heads(actor.name, owner or "")) or not named(
            actor.name
        ):
            continue  # an acronym the actor stage took for a person ("LMLC") may still be the owner
        if (
            owner is not None
            and owner not in normalize_name(actor.name).split()
            and not _heads(actor.name, owner)
        ):
            continue
        for m in actor.mentions:
            # "its" points into its own sentence; "the coalition's" back to any coalition named before
            here = m.sentence == span.sentence or (
                owner is not None and (m.sentence or 0) < (span.sentence or 0)
            )
            if here and m.end <= span.start and (best is None or m.end > best[0]):
                best = (m.end, actor.name)
    if best is None:
        return ident
    return dataclasses.replace(ident, group_key=normalize_name(best[1]), group_name=best[1])


def defined_acronyms(record: Record) -> list[tuple[str, str]]:
    """(name, acronym) for each organisation the article names with an acronym in brackets after it."""
    out = []
    for actor in record.actors:
        if actor.kind == "person" or " " not in actor.name:
            continue
        found = re.search(rf"{re.escape(actor.name)}\s*\(([A-Z][A-Za-z]{{1,7}})\)", record.article.text)
        if found is not None and found.group(1).isupper():
            out.append((actor.name, found.group(1)))
    return out


def _heads(name: str, noun: str) -> bool:
    """Whether an acronym may stand for a name whose head is the noun: "LMLC" for "the council",
    "RPM" for "the movement" (the head noun is the last word an acronym abbreviates)."""
    return 2 <= len(name) <= 6 and name.isupper() and name.isalpha() and name[-1] == noun[:1].upper()


def _state_of_role(record: Record, st: Statement, ident: Identity) -> Identity:
    """A role-only official ("the interior minister") grouped under the government of a country no
    state of the article is (a place named near the mention gave it) speaks for the one state the
    article names as an actor: "Honduras is ready to talk …, the interior minister said after a
    meeting in Panama City" is Honduras's minister."""
    if ident.kind != "person" or named(ident.name) or not ident.group_key:
        return ident
    if not ident.group_key.endswith(" government"):
        return ident
    countries = [a for a in record.actors if a.kind == "country" and a.country]
    states = {a.country for a in countries if a.country}
    if len(states) > 1:
        # more than one: the state the statement itself names ("Cameroon will send a delegation to
        # Geneva", not Switzerland, which offered to host; the first one it names)
        inside = sorted(
            (m.start, a.country)
            for a in countries
            for m in a.mentions
            for c in st.content
            if a.country and c.start <= m.start and m.end <= c.end
        )
        states = {inside[0][1]} if inside else set()
    if len(states) != 1 or ident.country in states:
        return ident
    (state,) = states
    group_name = f"{state} government"
    return dataclasses.replace(
        ident, country=state, group_key=normalize_name(group_name), group_name=group_name
    )


def _office_of(ident: Identity, heads: dict[str, set[tuple[str, str]]]) -> Identity:
    """An office of a state named with no country ("the foreign ministry") speaks for the organisation
    of the one person the articles name as its head ("Foreign Minister X", of the Y government)."""
    if ident.kind == "person" or ident.group_key not in {None, ident.key} or not state_office(ident.name):
        return ident
    role = office_holder_role(ident.name)
    found = heads.get(role or "", set())
    if len(found) != 1:
        return ident
    ((group_key, group_name),) = found
    return dataclasses.replace(ident, group_key=group_key, group_name=group_name)


def _topics_gone_back_on(positions: list[Position]) -> list[Position]:
    """A position that names no topic of the lists takes the topic of the holder's (else its
    organisation's) other position with which its content shares a content word ("the opening of the
    road applies only to twenty lorries" after "convoys will be free to use the road"); a
    retraction, qualification or U-turn sharing none goes back on the holder's latest earlier
    position ("backtracked on Thursday"); any other is dropped, and so is an open topic's."""
    closed = closed_topics()
    out: list[Position] = []
    for p in positions:
        if not p.topic or p.topic not in closed:
            own = [q for q in positions if q is not p and q.topic in closed and q.actor_key == p.actor_key]
            mates = own or [
                q
                for q in positions
                if q is not p
                and q.topic in closed
                and (
                    (q.group_key in {p.group_key, p.actor_key} and q.group_key is not None)
                    or (p.group_key is not None and q.actor_key == p.group_key)
                )
            ]
            words = content_words(p.content)
            shared = [(len(words & content_words(q.content)), q.sort_key <= p.sort_key, q) for q in mates]
            best = max((s for s in shared if s[0]), key=lambda s: (s[0], s[1]), default=None)
            if best is not None:
                p = dataclasses.replace(p, topic=best[2].topic)
            elif p.topic:
                pass  # an open topic of its own ("reopen the market")
            elif p.stance in BACKTRACK | {REVERSE}:
                earlier = [q for q in out if q.actor_key == p.actor_key] or [
                    q for q in out if q.group_key in {p.group_key, p.actor_key} and q.group_key is not None
                ]
                if not earlier:
                    continue
                p = dataclasses.replace(p, topic=earlier[-1].topic)
            else:
                continue
        out.append(p)
    return out


def _described(ident: Identity, mention: Span | None) -> Identity:
    """A person's identity completed from the mention naming them as the speaker: the full name the
    mention gives and the organisation it names them a member of ("Kambale Mbusa Tsongo, who heads
    the Rwenzori Self-Defence Union")."""
    if mention is None:
        return ident
    if ident.kind != "person" and _title_word(ident):
        # "North Maluku Governor Rusdi Marsaoly" kept only as its title: the name after it speaks
        words = full_name(ident.name, mention.text).split()[len(ident.name.split()) :]
        if words and all(w[:1].isupper() for w in words):
            name = " ".join(words)
            return Identity(person_key(name), name, "person", ident.role, None, None, ident.country)
        return ident
    if ident.kind != "person" and _bare_name(ident) and _named_last(ident.name, mention.text):
        # "the secretary-general of the X Party, Meral Kasapoglu": a person the actor stage typed an
        # organisation, named after the role and the organisation she holds it in
        group = member_of(mention.text)
        if group is None:
            return ident
        return Identity(person_key(ident.name), ident.name, "person", None, normalize_name(group), group)
    if ident.kind != "person":
        return ident
    name = full_name(ident.name, mention.text)
    if not any(w[:1].isupper() for w in name.split()) or name.split()[-1].islower():
        # the actor stage kept only the title ("commander", "European Union envoy"): the name the
        # mention opens with, or the one it gives after the comma
        role_only = not any(w[:1].isupper() for w in name.split())
        found = leading_name(mention.text) or appositive_name(mention.text, titles(), any_head=not role_only)
        name = found or name
    if name != ident.name:
        ident = dataclasses.replace(ident, key=person_key(name), name=name)
    if ident.group_key is None or ident.group_key.endswith((" government", " military", " police")):
        group = member_of(mention.text)
        if group is not None:
            ident = dataclasses.replace(ident, group_key=normalize_name(group), group_name=group)
    return ident


def _named_last(name: str, mention: str) -> bool:
    """Whether a mention ends with the name, set off by a comma after the role ("…, Meral Kasapoglu")."""
    head, comma, rest = mention.rstrip(" ,").rpartition(",")
    return bool(comma) and bool(head) and rest.strip() == name


def _with_memberships(
    positions: list[Position], members: Iterable[tuple[str, str, str]] = ()
) -> list[Position]:
    """A person's positions taken with no organisation belong to the one organisation they are known
    to speak for from their other positions (they relayed its position, or were named its member)
    or from any article that names them its member."""
    groups: dict[str, dict[str, str]] = defaultdict(dict)  # from positions: the stronger evidence
    named: dict[str, dict[str, str]] = defaultdict(dict)  # from the articles' affiliations
    for key, group_key, name in members:
        named[key][group_key] = name
    for p in positions:
        if p.group_key is None:
            continue
        if p.speaker_key:
            groups[p.speaker_key][p.group_key] = p.group_name or p.group_key
        if p.actor_key != p.group_key:
            groups[p.actor_key][p.group_key] = p.group_name or p.group_key
    out = []
    for p in positions:
        known = groups.get(p.actor_key) or named.get(p.actor_key, {})
        if p.group_key is None and len(known) == 1:
            ((key, name),) = known.items()
            p = dataclasses.replace(p, group_key=key, group_name=name)
        out.append(p)
    return out


def _holder(record: Record, st: Statement) -> str | None:
    """The organisation a relayed statement speaks for: its holder, or the organisation a later stage
    found at the holder's mention."""
    if st.holder is not None:
        return st.holder
    return _actor_at(record, st.holder_span, ORGANISATIONS, most=True)


def _titled_person(record: Record, st: Statement) -> str | None:
    """The person a speaker's mention ends with when a stage took the organisation before it for the
    speaker ("Kenya Union of Teachers secretary-general Jane Doe announced"): the person speaks."""
    span = st.speaker_span
    by_id = {a.id: a for a in record.actors}
    speaker = by_id.get(st.speaker or "")
    if span is None or speaker is None or speaker.kind not in ORGANISATIONS:
        return None
    if "whose" in span.text.lower().split():
        return None  # "called off by the union, whose president, X, said": the union acts
    for actor in record.actors:
        if actor.kind == "person" and any(m.end == span.end and span.start < m.start for m in actor.mentions):
            return actor.id
    return None


def _actor_at(
    record: Record, span: Span | None, kinds: frozenset[str] | None = None, *, most: bool = False
) -> str | None:
    """The actor (of one of ``kinds``) with a mention overlapping ``span`` (with ``most``: covering at
    least half of it, so "Togo" is not "the Alliance for a New Togo")."""
    if span is None:
        return None
    for actor in record.actors:
        if (kinds is None or actor.kind in kinds) and any(
            covers_half(m, span.start, span.end) if most else shared_chars(m, span.start, span.end) > 0
            for m in actor.mentions
        ):
            return actor.id
    return None


def _title_word(ident: Identity) -> bool:
    """Whether an actor's name is only its role, capitalised ("Governor"): a title, not a surname."""
    return bool(ident.role) and normalize_name(ident.name) == normalize_name(ident.role or "")


def _bare_name(ident: Identity) -> bool:
    """A capitalised name of one or two words, with no organisation noun, that is not a country's
    ("Owusu-Boateng", "Vera Paredes"): a surname the actor stage may have taken for a group."""
    words = ident.name.split()
    return (
        ident.kind != "country"
        and not _title_word(ident)
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not org_named(ident.name)
    )


def _surname_index(idents: Iterable[Identity]) -> dict[str, str]:
    """A short person key → the one longer key ending with the same words ("moyo" → "tendai moyo",
    "karrar al hashimi" → "abu karrar al hashimi"), when exactly one such longer key exists; a bare
    surname the actor stage did not take for a person is looked up too."""
    idents = list(idents)
    keys = {ident.key for ident in idents if ident.kind == "person" and ident.key}
    bare = {ident.key for ident in idents if ident.kind != "person" and _bare_name(ident) and ident.key}
    out = {}
    for key in keys | bare:
        tail = f" {key}"
        longer = [k for k in keys if k != key and k.endswith(tail)]
        if not longer and " " not in key:
            # a paternal surname before a maternal one ("Quintero" of "Jairo Quintero Bautista")
            longer = [k for k in keys if k != key and key in k.split()[1:]]
        if len(longer) == 1:
            out[key] = longer[0]
    return out


def _title_index(idents: Iterable[Identity], described: dict[str, set[str]] | None = None) -> dict[str, str]:
    """A person named only by the title ("the energy minister", "Ecuador's energy minister", "the Čair
    mayor") → the one named person with that role (of the same country, when both are known); a title
    with modifiers ("Čair mayor") fits a person whose role is its head noun ("mayor") when their
    mentions hold the modifiers ("the mayor of Skopje's Čair municipality, Arben Qazimi")."""
    described = described or {}
    named: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    titled: list[Identity] = []
    for ident in idents:
        if ident.kind != "person" or not ident.role:
            continue
        role = normalize_name(ident.role)
        if _title_only(ident, role):
            titled.append(ident)
        else:
            named[role].add((ident.key, ident.country))
    out = {}
    for ident in titled:
        role = normalize_name(ident.role or "")
        fits = {k for k, c in named[role] if not (c and ident.country and c != ident.country)}
        words = role.split()
        if not fits and len(words) > 1:
            head, modifiers = words[-1], set(words[:-1])
            fits = {
                k
                for r, people in named.items()
                if r.split()[-1:] == [head]
                for k, c in people
                if not (c and ident.country and c != ident.country)
                and modifiers <= described.get(k, set()) | set(r.split())
            }
        if not fits:
            # the title is how another mention described a named person ("the junta leader" of
            # "Guinea's junta leader, Colonel Mamadi Doumbouya Keita")
            title = set(normalize_name(ident.name).split())
            fits = {
                k
                for people in named.values()
                for k, c in people
                if title <= described.get(k, set()) and not (c and ident.country and c != ident.country)
            }
        if len(fits) == 1:
            out[ident.key] = fits.pop()
    return out


def _title_only(ident: Identity, role: str) -> bool:
    """Whether a person's name is only their title, with at most an owner ("Ecuador's")."""
    key = normalize_name(ident.name)
    if role and not any(w[:1].isupper() for w in ident.name.split()):
        return True  # no name at all, only a description ("junta leader", "the Čair mayor" has one)
    last = ident.name.split()[-1] if ident.name.split() else ""
    if role and last.islower() and last == role.split()[-1]:
        return True  # a name never ends in a common noun: "the Mai-Mai commander", "the Gao mayor"
    if not role or not key.endswith(role):
        return False
    owner = ident.name.split()[0] if key != role else ""
    return key == role or (owner.endswith(("'s", "’s")) and len(key.split()) - len(role.split()) <= 2)
