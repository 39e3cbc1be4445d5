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


class ActorStage:
    name = "actors.rules.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("actors",)

    def __init__(
        self,
        lexicon: ActorLexicon,
        dictionaries: DictionarySet | None = None,
        cities: Callable[[], CityLookup] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.dictionaries = dictionaries
        self._cities_loader = cities
        self._cities: CityLookup | None = None

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
        self._places_taken_for_people(spans, tv)
        self._cities_as_clues(spans, tv)
        b = Builder(doc, tv, self.lexicon, self.dictionaries, spans, agents)
        b.day = day
        dateline = dateline_range(doc)
        if dateline is not None:
            b.skip = range(*dateline)
        b.run()
        attach(b)
        Coref(b).run()
        ctx: Context = build_context(b, state.sentence_index, self.cities)

        home = {d.head for d in b.drafts if "home" in d.flags}  # "the country's ...": the article's

        def context(i: int) -> str | None:
            if i in home:
                return ctx.country_for(state.sentence_index(i))
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

    def _places_taken_for_people(self, spans: list[NameSpan], tv: Tokens) -> None:
        """A 'person' after a locative preposition ("in Sivas", "between Tal Afar and Sinjar"), or an
        'organisation', whose name is that of a large city is a place."""
        for span in spans:
            if span.label not in {"PERSON", "ORG"} or span.inner:
                continue
            root = tv.root(span.start, span.end)
            while tv.dep[root] == "conj" and tv.head[root] != root:
                root = tv.head[root]
            prep = tv.head[root]
            locative = tv.dep[root] == "pobj" and tv.lower[prep] in LOCATIVE_PREPS
            single = span.end - span.start == 1
            if locative or span.label == "ORG" or single:
                hit = self.cities(" ".join(tv.text[span.start : span.end]))
                big = MIN_POPULATION if locative or span.label == "ORG" else 5 * MIN_POPULATION
                if hit is not None and hit[1] >= big:  # a one-word 'person' only for a large city
                    span.label = "GPE"


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
    return ActorStage(lexicon, dictionaries, load_cities)
