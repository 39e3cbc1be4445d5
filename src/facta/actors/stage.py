"""The actors stage (``actors.rules.v1``): named and generic actors, resolved and indexed by token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facta.actors.attach import attach
from facta.actors.build import Builder
from facta.actors.context import CityLookup, Context, build_context, dateline_range, load_cities
from facta.actors.coref import Coref
from facta.actors.dictionaries import DictionarySet, load_dictionaries
from facta.actors.finalize import Finalizer
from facta.actors.lexicon import ActorLexicon, load_lexicon
from facta.actors.spans import find_spans
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


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
        spans, agents = find_spans(doc, self.lexicon, self.dictionaries, day)
        b = Builder(doc, self.lexicon, self.dictionaries, spans, agents)
        dateline = dateline_range(doc)
        if dateline is not None:
            b.skip = range(*dateline)
        b.run()
        attach(b)
        Coref(b).run()
        ctx: Context = build_context(b, state.sentence_index, self.cities)

        def context(i: int) -> str | None:
            return ctx.country_for(state.sentence_index(i))

        dict_mode = self.dictionaries is not None and self.dictionaries.active
        Finalizer(b, dict_mode, context).write(state)


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
