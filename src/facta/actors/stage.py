"""The actors stage (``actors.rules.v1``): named and generic actors, resolved and indexed by token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facta.actors.attach import attach
from facta.actors.build import Builder
from facta.actors.context import (
    MIN_POPULATION,
    CityLookup,
    Context,
    build_context,
    dateline_range,
    load_cities,
)
from facta.actors.coref import Coref
from facta.actors.dictionaries import DictionarySet, load_dictionaries
from facta.actors.drafts import Draft
from facta.actors.finalize import Finalizer
from facta.actors.lexicon import ActorLexicon, NameEntry, load_lexicon
from facta.actors.mentions import link_lone_names
from facta.actors.spans import NameSpan, find_spans
from facta.actors.tokens import Tokens
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "into", "from", "to", "across", "between"}
)
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "between"})  # not "to", "from"
PLACE_KINDS = frozenset({"city", "admin1", "admin2"})
OFFICE_SECTORS = frozenset({"GOV", "LEG", "OPP", "MIL", "JUD"})


class ActorStage:
    name = "actors.rules.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("actors",)

    def __init__(
        self,
        lexicon: ActorLexicon,
        dictionaries: DictionarySet | None = None,
        cities: Callable[[], CityLookup] | None = None,
        places: Callable[[], Callable[[str], bool]] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.dictionaries = dictionaries
        self._cities_loader = cities
        self._cities: CityLookup | None = None
        self._places_loader = places
        self._places: Callable[[str], bool] | None = None

    def known_place(self, name: str) -> bool:
        """Whether the gazetteer knows a town, city or district of this name (loaded on first use)."""
        if self._places is None:
            if self._places_loader is None:
                return False
            self._places = self._places_loader()
        return self._places(name)

    def cities(self, name: str) -> tuple[str, int] | None:
        if self._cities is None:
            if self._cities_loader is None:
                return None
            self._cities = self._cities_loader()
        return self._cities(name)

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        if not len(doc):
            return
        day = _day(state.article.published)
        tv = Tokens(doc)
        spans, agents = find_spans(doc, tv, self.lexicon, self.dictionaries, day)
        spans = [s for s in spans if not self._idiom(s, tv)]
        taken = self._places_taken_for_people(spans, tv)
        place_names = self._names_of_places(spans, tv, taken)
        self._cities_as_clues(spans, tv)
        b = Builder(doc, tv, self.lexicon, self.dictionaries, spans, agents)
        b.place_names = place_names
        b.day = day
        dateline = dateline_range(doc)
        if dateline is not None:
            b.skip = range(*dateline)
        b.run()
        attach(b)
        Coref(b).run()
        ctx: Context = build_context(b, state.sentence_index, self.cities)

        home = {d.head for d in b.drafts if "home" in d.flags}  # "the country's ...": the article's
        office = {d.head for d in b.drafts if d.alive and _office_holder(d)}

        def context(i: int) -> str | None:
            if i in home:
                return ctx.country_for(state.sentence_index(i))
            if i in office:
                return ctx.country_of_office(state.sentence_index(i), i, tv)
            return ctx.country_of_actor(state.sentence_index(i), i, tv)

        for k in range(state.n_sentences):  # for the people later stages name ("300 people were held")
            if (country := ctx.country_for(k)) is not None:
                state.context_country[k] = country
        dict_mode = self.dictionaries is not None and self.dictionaries.active
        finalizer = Finalizer(b, dict_mode, context)
        finalizer.named = ctx.named
        finalizer.write(state)
        link_lone_names(state, lambda name: self.cities(name) is not None)  # "called on Yoon to resign"

    def _cities_as_clues(self, spans: list[NameSpan], tv: Tokens) -> None:
        """A place entity that is a large city ("Karachi police", "protesters in Lyon") says which
        country an actor is in, as a region does; it is never an actor by itself."""
        for span in spans:
            if span.label != "GPE":
                continue
            hit = self.cities(" ".join(tv.text[span.start : span.end]))
            if hit is not None and hit[1] >= MIN_POPULATION:
                span.label = "city"
                span.entry = NameEntry("city", hit[0], hit[0])

    def _idiom(self, span: NameSpan, tv: Tokens) -> bool:
        """A name that only opens an idiom ("a Trojan horse", "Pandora's box") or is an adjective made
        from a name on a common noun ("an Orwellian nightmare") names no actor."""
        if span.label not in {"PERSON", "ORG", "NORP"} or span.inner or span.end >= len(tv):
            return False
        nxt = span.end + 1 if tv.lower[span.end] in {"'s", "’s"} and span.end + 1 < len(tv) else span.end
        phrase = " ".join([*tv.lower[span.start : span.end], tv.lemma[nxt]])
        if phrase in self.lexicon.shape_words("idiom"):
            return True
        word = tv.lower[span.start]
        head = tv.head[span.start]
        return (
            span.end - span.start == 1
            and word.endswith(("ian", "ean", "esque"))
            and tv.dep[span.start] in {"amod", "compound"}
            and head > span.start
            and tv.pos[head] == "NOUN"
            and tv.text[head].islower()
            and not self.lexicon.role_candidates(tv.lemma[head])
        )

    def _names_of_places(self, spans: list[NameSpan], tv: Tokens, taken: set[str]) -> frozenset[str]:
        """A 'person' or 'organisation' that names a place noun ("the al-Hawl camp", "the Sinjar
        mountains", "Evin prison") is a place, and so is every other mention of that name in the text
        ("conditions in al-Hawl"), as is every mention of a name ``taken`` for a place elsewhere.
        A known leader keeps his name ("the Trump camp")."""
        names: set[str] = set(taken)
        for span in spans:
            if span.label not in {"PERSON", "ORG", "NORP"} or span.inner:
                continue
            root = tv.root(span.start, span.end)
            end = span.end
            if root == end - 1 and end - span.start > 1:  # "the Sinjar mountains" tagged as one name
                noun, end = root, root
            else:
                noun = tv.head[root] if tv.dep[root] == "compound" else -1
            if not end <= noun <= end + 1:
                continue
            mod = self.lexicon.modifier(tv.lemma[noun])
            if mod is None or mod.effect != "place" or tv.pos[noun] != "NOUN" or not tv.text[noun].islower():
                continue
            name = " ".join(tv.text[span.start : end])
            if self.lexicon.leaders.get(name) is None:
                names.add(name.lower())
        for noun, low in enumerate(tv.lower):  # an untagged name: "the al-Roj camp"
            mod = (
                self.lexicon.modifier(tv.lemma[noun])
                if tv.pos[noun] == "NOUN" and low == tv.text[noun]
                else None
            )
            if mod is None or mod.effect != "place":
                continue
            start = noun
            while (
                start > 0
                and tv.head[start - 1] in range(start, noun + 1)
                and (
                    (tv.pos[start - 1] == "PROPN" and not self.lexicon.role_candidates(tv.lower[start - 1]))
                    or (tv.text[start - 1] == "-" and tv.pos[start - 2] == "PROPN")
                )
            ):
                start -= 1
            name = " ".join(tv.text[start:noun])
            if start < noun and tv.text[start][:1].isalpha() and self.lexicon.leaders.get(name) is None:
                names.add(name.lower())
        places: set[int] = set()
        for span in spans:
            if span.label in {"PERSON", "ORG", "NORP"} and " ".join(tv.lower[span.start : span.end]) in names:
                span.label = "GPE"
                root = tv.root(span.start, span.end)
                places.add(tv.head[root] if tv.dep[root] == "compound" else root)  # "the Kel camp": camp
        for span in spans:  # "from al-Hawl to al-Roj", "Ain Issa, al-Roj and al-Hawl": the same kind
            if span.label in {"PERSON", "ORG"} and not span.inner:
                root = tv.root(span.start, span.end)
                if _coordinated(tv, root, places):
                    span.label = "GPE"
        return frozenset(names)

    def _places_taken_for_people(self, spans: list[NameSpan], tv: Tokens) -> set[str]:
        """A 'person' after a locative preposition ("in Sivas", "between Tal Afar and Sinjar"), or an
        'organisation', whose name is that of a large city is a place; so is one the gazetteer knows
        in a place's position ("at Tal Afar", "from Sinjar in Iraq"). Returns the names (lower case)."""
        taken: set[str] = set()
        for span in spans:
            if span.label not in {"PERSON", "ORG"} or span.inner:
                continue
            root = tv.root(span.start, span.end)
            while tv.dep[root] == "conj" and tv.head[root] != root:
                root = tv.head[root]
            prep = tv.head[root]
            locative = tv.dep[root] == "pobj" and tv.lower[prep] in LOCATIVE_PREPS
            single = span.end - span.start == 1
            name = " ".join(tv.text[span.start : span.end])
            if locative or span.label == "ORG" or single:
                hit = self.cities(name)
                big = MIN_POPULATION if locative or span.label == "ORG" else 5 * MIN_POPULATION
                if hit is not None and hit[1] >= big:  # a one-word 'person' only for a large city
                    span.label = "GPE"
                    continue
            where = locative and (tv.lower[prep] in WHERE_PREPS or _set_in_country(tv, root))
            if where and self.lexicon.leaders.get(name) is None and self.known_place(name):
                span.label = "GPE"  # "between Tal Afar and Sinjar", "from Sinjar in Iraq": any town
                taken.add(name.lower())
        return taken


def _coordinated(tv: Tokens, i: int, places: set[int]) -> bool:
    """Whether token ``i`` is coordinated with one of ``places`` ("Ain Issa, al-Roj and al-Hawl"), or
    names where something goes to from one of them ("moved from al-Hawl to al-Roj")."""
    if (tv.dep[i] == "conj" and tv.head[i] in places) or any(
        tv.dep[c] == "conj" and c in places for c in tv.children(i)
    ):
        return True
    if tv.dep[i] != "pobj" or tv.lower[tv.head[i]] != "to":
        return False
    verb = tv.head[tv.head[i]]
    return any(
        tv.lower[p] == "from" and any(tv.dep[o] == "pobj" and o in places for o in tv.children(p))
        for p in tv.children(verb)
    )


def _office_holder(d: Draft) -> bool:
    """A named person holding a public office ("Ben Wallace, the security minister")."""
    role = d.role
    return d.kind == "person" and "named" in d.flags and role is not None and role.sector in OFFICE_SECTORS


def _set_in_country(tv: Tokens, i: int) -> bool:
    """ "Sinjar in Iraq": the name has an "in" phrase with a proper name (a country or region)."""
    for c in tv.children(i):
        if tv.lower[c] == "in":
            obj = next((g for g in tv.children(c) if tv.dep[g] == "pobj"), None)
            if obj is not None and tv.pos[obj] == "PROPN":
                return True
    return False


def gazetteer_places(cache_dir: str | None, resources: Resources) -> Callable[[], Callable[[str], bool]]:
    """A loader of the GeoNames index as a test: is this the name of a town, city or district?"""

    def load() -> Callable[[str], bool]:
        from facta.geo.gazetteer import pipeline_gazetteer

        gaz = pipeline_gazetteer(cache_dir, resources)
        return lambda name: any(e.kind in PLACE_KINDS and e.q <= 1 for e in gaz.lookup(name))

    return load


def _day(published: str | None) -> int | None:
    if not published:
        return None
    digits = published.replace("-", "")[:8]
    return int(digits) if digits.isdigit() and len(digits) == 8 else None


def make_stage(settings: Settings, resources: Resources) -> Any:
    lexicon = resources.get("actors.lexicon", load_lexicon)
    spec = settings.actor_dictionary.strip()
    dictionaries = (
        resources.get(f"actors.dictionaries:{spec}", lambda: load_dictionaries(spec)) if spec else None
    )
    return ActorStage(lexicon, dictionaries, load_cities, gazetteer_places(settings.cache_dir, resources))
