"""Recipients named in the trigger's own phrase ("shelled Juba", "a curfew in Abidjan", "withdrew from
the town of X"), and the countries that the event's place gives its participants."""

from __future__ import annotations

from facta.events.finder import ActorFinder, domain_adjective
from facta.events.syntax import Token
from facta.events.triggers import Candidate
from facta.state import DocState

# Dependents that lead out of the trigger's phrase: other clauses, function words; at the trigger
# itself also its subject and passive agent (the actor).
PHRASE_SKIP = frozenset(
    {"expl", "punct", "cc", "mark", "aux", "auxpass", "neg", "relcl", "parataxis", "meta", "det"}
)
ROOT_SKIP = PHRASE_SKIP | {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent"}
# Prepositions whose object is no participant of the event ("according to X", "like X").
PHRASE_SKIP_PREPS = frozenset({"according", "like", "unlike", "despite", "including", "besides"})
# Circumstances (another event, a time): searched only after the rest of the phrase.
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "during", "amid", "until"})


def _own_clause(tok: Token) -> bool:
    """A clause of its own ("if it is attacked", "and Z fled"): another event, not the phrase."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" or c.tag_ == "WRB" for c in tok.children)
    if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    return False


def phrase_tokens(cand: Candidate) -> tuple[list[Token], list[Token]]:
    """The tokens of the trigger's phrase and of its content, without its subject and other clauses;
    circumstances ("after talks with X") come last."""
    roots = [cand.anchor, cand.tok]
    stack = list(cand.content) + list(cand.merged)
    while stack:
        x = stack.pop()
        roots += [x.anchor, x.tok]
        stack.extend(x.content)
        stack.extend(x.merged)
    root_ids = {r.i for r in roots}
    theme = cand.tok if "theme" in cand.entry.flags else None
    seen: set[int] = set()
    core: list[Token] = []
    later: list[Token] = []
    queue: list[tuple[Token, bool]] = [(r, False) for r in roots]
    while queue:
        tok, circumstance = queue.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        is_theme = theme is not None and tok.head.i == theme.i and tok.dep_ == "dobj"
        if not is_theme:  # "offered its troops to X": what is given is not who receives it
            (later if circumstance else core).append(tok)
        skip = ROOT_SKIP if tok.i in root_ids else PHRASE_SKIP
        for c in tok.children:
            if c.i in seen or _own_clause(c):
                continue
            # a nominal event's relative clause tells what it did ("a strike that shut down Khatmandu")
            if c.dep_ in skip and not (c.dep_ == "relcl" and tok.i in root_ids and tok.pos_ == "NOUN"):
                continue
            if is_theme and c.dep_ != "prep":
                continue
            if c.dep_ == "prep" and (c.lower_ in PHRASE_SKIP_PREPS or _comparison_domain(c)):
                continue
            queue.append((c, circumstance or (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS)))
    return sorted(core, key=lambda t: t.i), sorted(later, key=lambda t: t.i)


def _proximity(tok: Token) -> bool:
    head = tok
    while head.dep_ in {"compound", "flat", "amod", "poss"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PROXIMITY_PREPS


PROXIMITY_PREPS = frozenset({"near", "outside", "around", "off", "beyond", "towards", "toward"})


def _comparison_domain(prep: Token) -> bool:
    """ "the largest demonstration in Nigeria since 2012": the phrase of a superlative bounds the
    comparison -- no participant, nor the place of the event."""
    head = prep.head
    return (
        head.pos_ in {"NOUN", "PROPN"}
        and prep.lower_ in {"in", "across", "of", "since", "for"}
        and any(
            c.tag_ in {"JJS", "RBS"} and c.dep_ in {"amod", "advmod"} for c in head.subtree if c.i < head.i
        )
    )


NAME_PARTS = frozenset({"compound", "amod", "flat", "poss", "nmod"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "around"})


def _locative(tok: Token) -> bool:
    """Named as where something happens ("in Hong Kong"), not as a participant."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


DEPARTURE_PREPS = frozenset({"from", "of"})  # "withdrew from the town of X", "pulled out of X"


def departure_places(state: DocState, cand: Candidate) -> set[int]:
    """Tokens of a place left behind below the country level ("troops withdrew from the town of X"): where
    the move starts, not to whom it yields. A country left ("withdrew from Lebanon") stays its recipient,
    as PLOVER codes it."""
    out: set[int] = set()
    for prep in cand.anchor.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in DEPARTURE_PREPS:
            continue
        if prep.lower_ == "of" and not (prep.head.dep_ == "prt" or prep.head.lower_ == "out"):
            continue
        if prep.head.i != cand.anchor.i and prep.head.head.i != cand.anchor.i:
            continue
        toks = [t for o in prep.children if o.dep_ == "pobj" for t in o.subtree]
        places = [p for t in toks if (p := state.places.at_token(t.i)) is not None]
        if places and all(p.feature != "country" for p in places):
            out |= {t.i for t in toks}
    return out


NEARBY_PREPS = frozenset({"near", "outside", "around", "from", "at", "towards", "toward"})
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "area", "outskirts"})


def _nearby(tok: Token) -> bool:
    """A place named only as a location ("a bomb near Gondar", "withdrew from the town of Kadugli"):
    no party to the act, unlike "a curfew in Abidjan" or "shelled Juba"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        tok = tok.head.head
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in NEARBY_PREPS


def phrase_recipients(
    state: DocState,
    cand: Candidate,
    source: list[str],
    finder: ActorFinder,
    *,
    places: bool = True,
    exclude: frozenset[int] = frozenset(),
    settlements: bool = True,
) -> tuple[list[str], list[Token]]:
    """Last resort: the first actor named in the trigger's phrase, with those coordinated with it
    ("offered its troops to Lebanon's president", "rejected calls by Kofi Annan", "denounced Serbia's
    suppression of ..."); else, when ``places``, the place where the act applies ("a curfew in
    Abidjan", "postpone the demonstration in Baku"), standing for its country's people or government.
    Without ``settlements`` only a country stands for its people or government: a march through a
    city takes place there and is not aimed at it. Tokens in ``exclude`` are skipped.
    Returns the actor ids and the tokens they were found at.
    """
    own = set(source)
    core, later = phrase_tokens(cand)
    core = [t for t in core if t.i not in exclude]
    later = [t for t in later if t.i not in exclude]
    served = {a for s in source if s in state.actors and (a := state.actors.get(s).affiliation)}

    def usable(actor_id: str) -> bool:
        if actor_id in own or actor_id in served:  # "India's minister pledged ...": not India
            return False
        actor = state.actors.get(actor_id)
        return actor.affiliation not in own or actor.affiliation is None

    def first_actor(tokens: list[Token], locative: bool) -> tuple[list[str], list[Token]]:
        for tok in tokens:
            actor = state.actors.at_token(tok.i)
            if actor is None or not usable(actor.id):
                continue
            if domain_adjective(tok, finder.lex) or finder.domain_only(tok, actor.id):
                continue  # "suspended military aid to X": "military" says what aid, not who gets it
            head = tok
            while head.dep_ in NAME_PARTS and head.head.i != head.i:
                owner = state.actors.id_at_token(head.head.i)
                if owner is None or not usable(owner):
                    break
                head = head.head  # "Zoran Djindjic's opposition coalition": the coalition
            if _locative(head) != locative:
                continue  # "blocked streets in Hong Kong in defiance of Chinese authorities"
            return [a for a in finder.actors([head]) if usable(a)] or [actor.id], [head]
        return [], []

    found = first_actor(core, False)
    found = found if found[0] else first_actor(core, True)
    if found[0] or not places:
        return found
    tokens = core
    for tok in tokens:
        named = state.actors.at_token(tok.i)
        if named is not None and named.id in own:
            continue  # "Syria's attack on the town": the actor's own name is no place acted on
        place = state.places.at_token(tok.i)
        if place is not None and (_proximity(tok) or _nearby(tok)):
            continue  # "a bomb near Gondar", "withdrew from the town of X": close to the place, not at it
        if place is not None and (settlements or place.feature == "country"):
            place_actor = finder.place_actor(tok)
            if place_actor is not None and place_actor not in own:
                return [place_actor], [tok]
    found = first_actor(later, False)
    return found if found[0] else first_actor(later, True)


def local_people(state: DocState, place_id: str | None, sentence: int, actor_ids: list[str]) -> None:
    """Participants of unknown nationality take the country of the place, named in the event's sentence,
    where the event happened ("killed 23 people in Tel Aviv", "gunmen attacked a village in Kano").
    (Not the actors of moves: forces withdrawing from a country are not its own.)"""
    if place_id is None or place_id not in state.places:
        return
    place = state.places.get(place_id)
    if not place.country or len(place.country) != 3:
        return
    sent = state.sentence(sentence)
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1])
    if not any(start <= m.start < end for m in place.mentions):
        return
    for actor_id in actor_ids:
        actor = state.actors.get(actor_id) if actor_id in state.actors else None
        if actor is not None and actor.kind == "group" and actor.country is None:
            state.actors.update(actor_id, country=place.country)


def place_countries(state: DocState) -> None:
    """Groups named after a place take its country ("Darfur rebels", "Gaza residents"); the actor stage
    runs before places are resolved, so it leaves them without one."""
    for i, actor_id in state.actors.token_index().items():
        actor = state.actors.get(actor_id) if actor_id in state.actors else None
        if actor is None or actor.country or actor.kind not in {"group", "organization"}:
            continue
        place = state.places.at_token(i)
        if place is not None and place.country and len(place.country) == 3:
            state.actors.update(actor_id, country=place.country)


def place_country(state: DocState, place_id: str | None, sentence: int) -> str | None:
    """The country of the event's place when its sentence names it."""
    if place_id is None or place_id not in state.places:
        return None
    place = state.places.get(place_id)
    if not place.country or len(place.country) != 3:
        return None
    sent = state.sentence(sentence)
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1])
    return place.country if any(start <= m.start < end for m in place.mentions) else None


def unidentified_attacker(
    state: DocState, cand: Candidate, place_id: str | None, sentence: int
) -> str | None:
    """An attack nobody is named for ("killed by an improvised explosive device outside Basra"): PLOVER
    codes its actor as unidentified armed forces (sector UAF) of the country where it happened. The
    weapon is the means, not the actor: the actor is named "unidentified attackers", its mention is the
    trigger."""
    core, later = phrase_tokens(cand)
    named = [
        p.country
        for t in core + later
        if state.actors.id_at_token(t.i) is None
        and (p := state.places.at_token(t.i)) is not None
        and p.country
        and len(p.country) == 3
    ]  # "outside of the Iraqi city of Basra" -- not "US" in "US servicemen"
    country = named[0] if named else place_country(state, place_id, sentence)
    if country is None:
        return None
    start, end = cand.tok.i, cand.tok.i + 1
    actor_id = state.actors.add(
        name="unidentified attackers",
        kind="group",
        country=country,
        sector="UAF",
        source="events:unidentified",
    )
    state.actors.add_mention(actor_id, state.span(start, end))
    return actor_id
