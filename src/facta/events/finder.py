"""Which actor an argument head refers to: the actor stage's token index, a place named as a
participant, or a minimal participant actor for people the actor stage did not name ("300 people",
"the protesters")."""

from __future__ import annotations

from facta.actors import compound_members, participant_country
from facta.events.lexicon import Lexicon
from facta.events.syntax import Token, conjuncts, np_tokens
from facta.state import DocState

PEOPLE_CLASSES = frozenset(
    {
        "armed",
        "military",
        "police",
        "state",
        "civilian",
        "protester",
        "worker",
        "mob",
        "journalist",
        "prisoner",
        "person",
        "official",
        "refugee",
        "criminal",
        "org",
    }
)

# Where to look for an actor inside an argument phrase, nearest first.
NEAR_DEPS = ("compound", "amod", "poss", "nmod", "appos", "flat")
# Heads that say little about who someone is: "security force members", "members of the army".
GENERIC_HEADS = frozenset(
    {
        "member",
        "personnel",
        "staff",
        "element",
        "rank",
        "contingent",
        "cadre",
        "team",
        "group",
        "band",
        "unit",
    }
)
QUANTITY_HEADS = frozenset(
    {"hundred", "thousand", "dozen", "score", "million", "ten", "tens", "number", "hundreds", "thousands"}
)


def unquantify(tok: Token) -> Token:
    """ "hundreds of thousands of people" -> people."""
    for _ in range(3):
        if tok.lemma_.lower() not in QUANTITY_HEADS and tok.pos_ != "NUM":
            break
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if not of:
            break
        tok = of[0]
    return tok


def domain_adjective(tok: Token, lex: Lexicon) -> bool:
    """A common adjective before an event noun names its domain, not a party: "military aid",
    "humanitarian assistance", "joint military exercises". A proper adjective still names one
    ("Iranian aid"), and so does one before a thing owned or a violent act ("a rebel position", "a
    rebel attack")."""
    if tok.dep_ != "amod" or tok.pos_ != "ADJ" or not tok.text.islower() or tok.ent_type_:
        return False
    entries = lex.entries(tok.head.lemma_.lower(), "N")
    return bool(entries) and all(e.type != "ASSAULT" for e in entries)


# -- actors -------------------------------------------------------------------------------------------
class ActorFinder:
    """Maps argument heads to actor ids, adding minimal participant actors when none is known."""

    def __init__(
        self, state: DocState, lex: Lexicon, *, add_participants: bool = True, places: bool = True
    ) -> None:
        self.state = state
        self.lex = lex
        self.add_participants = add_participants
        self.places = places  # places named as participants become actors ("arrived in Amman")
        self._place_actors: dict[str, str] = {}
        self._classes: dict[tuple[int, int], str | None] = {}

    def actor_id(self, head: Token) -> str | None:
        actor = self.state.actors.at_token(head.i)
        if actor is not None and not self.domain_only(head, actor.id):
            return actor.id
        if actor is not None:
            return None
        queue = [(c, 1) for c in head.children if c.dep_ in NEAR_DEPS and not domain_adjective(c, self.lex)]
        queue += [(o, 2) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        seen = {head.i}
        while queue:
            tok, d = queue.pop(0)
            if tok.i in seen:
                continue
            seen.add(tok.i)
            actor = self.state.actors.at_token(tok.i)
            if actor is not None:
                return actor.id
            if d < 3:
                queue += [
                    (c, d + 1)
                    for c in tok.children
                    if c.dep_ in NEAR_DEPS and not domain_adjective(c, self.lex)
                ]
        return None

    def domain_only(self, head: Token, actor_id: str) -> bool:
        """The actor indexed on ``head`` is only its domain adjective's ("military aid" indexed as "the
        military"): no mention of it covers the head itself."""
        if head.pos_ != "NOUN":
            return False
        mentions = [(m.start, m.end) for m in self.state.actors.get(actor_id).mentions]
        return any(
            domain_adjective(c, self.lex) and (c.idx, c.idx + len(c.text)) in mentions for c in head.children
        ) and not any(s <= head.idx < e for s, e in mentions)

    def participant_class(self, tok: Token | None) -> str | None:
        """armed, military, police, state, civilian, protester, worker, ... or None."""
        if tok is None:
            return None
        key = (tok.i, len(self.state.actors))  # actors added since may change the answer
        if key not in self._classes:
            self._classes[key] = self._participant_class(tok)
        return self._classes[key]

    def _participant_class(self, tok: Token) -> str | None:
        tok = unquantify(tok)
        if tok.lemma_.lower() in GENERIC_HEADS:
            of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod"}]
            for other in (*of, *reversed(mods)):
                cls = self.participant_class(other)
                if cls is not None:
                    return cls
        words = [t.lemma_.lower() for t in np_tokens(tok) if t.i <= tok.i]
        for k in range(len(words)):
            cls = self.lex.classes.get(" ".join(words[k:]))
            if cls:
                return cls
        cls = self.lex.classes.get(tok.lower_)
        if cls:
            return cls
        if tok.pos_ == "PROPN":  # a name with a title: "Foreign Minister Hans van den Broek"
            for c in tok.lefts:
                if c.dep_ == "compound" and self.lex.classes.get(c.lemma_.lower()) == "official":
                    return "official"
        actor = self.state.actors.at_token(tok.i)
        if actor is not None and actor.source == "events:place":
            return "settlement"  # a place hit or visited: its people, not its state
        if actor is not None:
            if actor.sector and actor.sector in self.lex.sector_classes:
                return self.lex.sector_classes[actor.sector]
            return {"country": "state", "organization": "org", "person": "person"}.get(actor.kind, "group")
        return {"GPE": "state", "NORP": "group", "PERSON": "person", "ORG": "org"}.get(tok.ent_type_)

    def is_actorish(self, tok: Token) -> bool:
        if self.actor_id(tok) is not None:
            return True
        return self.participant_class(tok) in PEOPLE_CLASSES

    def actors(self, heads: list[Token]) -> list[str]:
        out: list[str] = []
        for head in heads:
            for tok in conjuncts(unquantify(head)):
                actor_id = self.actor_id(tok)
                if actor_id is None and self.add_participants:
                    actor_id = self._add_participant(tok)
                if actor_id is not None and actor_id not in out:
                    out.append(actor_id)
                if actor_id is not None:  # actors hook: "Pakistani and Afghan officials" is two actors
                    out.extend(m for m in compound_members(self.state, tok.i, actor_id) if m not in out)
        return out

    def place_actor(self, tok: Token) -> str | None:
        """The place named at ``tok`` as a participant: its population or (a country) its government.

        "arrived in Amman", "shelled Juba", "a curfew in Abidjan": PLOVER codes such a recipient with
        the place's country. One actor per place and article; its tokens are indexed, so later events
        find it too.
        """
        place = self.state.places.at_token(tok.i) if self.places else None
        if place is None or not place.country:
            return None
        known = self._place_actors.get(place.id)
        start, end = tok.i, tok.i + 1
        while start > 0 and self.state.places.id_at_token(start - 1) == place.id:
            start -= 1
        while end < len(self.state.doc) and self.state.places.id_at_token(end) == place.id:
            end += 1
        span = self.state.span(start, end)
        if known is None:
            kind = "country" if place.feature == "country" else "group"
            known = self.state.actors.add(
                name=span.text, kind=kind, country=place.country, source="events:place"
            )
            self._place_actors[place.id] = known
        if not any(self.state.actors.id_at_token(i) for i in range(start, end)):
            self.state.actors.add_mention(known, span, start, end)
            self._classes.clear()
        return known

    def _add_participant(self, tok: Token) -> str | None:
        indexed = self.state.actors.at_token(tok.i)
        if indexed is not None and self.domain_only(tok, indexed.id):
            return None  # "resume terrorist activities": a thing done, no one it is done to
        if self.places and self.state.places.at_token(tok.i) is not None:
            return self.place_actor(tok)
        if tok.pos_ not in {"NOUN", "PROPN"} or self.participant_class(tok) not in PEOPLE_CLASSES:
            return None
        if self.lex.entries(tok.lemma_.lower(), "N"):  # an event noun ("the demonstration") is no one
            return None
        toks = [
            t
            for t in np_tokens(tok)
            if t.i <= tok.i
            and t.pos_ not in {"NUM", "DET"}
            and t.dep_ != "poss"
            and not (t.head.pos_ == "NUM" and t.head.i > t.i)  # "(at) least two children"
        ]
        start = min((t.i for t in toks), default=tok.i)
        end = tok.i + 1
        span = self.state.span(start, end)
        country = participant_country(self.state, tok)  # the actors stage's answer
        actor_id = self.state.actors.add(
            name=span.text, kind="group", country=country, source="events:participant"
        )
        self.state.actors.add_mention(actor_id, span, start, end)
        return actor_id
