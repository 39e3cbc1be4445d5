"""The stage pipeline: spaCy parse, then named stages with declared inputs and outputs.

A :class:`Stage` declares what it ``requires`` and ``assigns`` (keys of :class:`~facta.state.DocState`:
``actors``, ``places``, ``times``, ``statements``, ``stances``, ``events``, ``toll``). The order is
checked when the pipeline is built (F302). :meth:`Pipeline.pipe` processes many articles in spaCy
batches; one bad article yields an :class:`ItemError` and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from time import perf_counter
from typing import Any, Protocol, runtime_checkable

from facta.errors import FactaError
from facta.ingest.normalize import make_article
from facta.model import Article, Record
from facta.nlp.parse import parse, parse_many
from facta.registry import get_factory, resolve_name
from facta.resources import Resources
from facta.settings import Settings, load_settings
from facta.state import DocState


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, state: DocState) -> None: ...


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """Raw input for one article: text (str or bytes) and the metadata we know."""

    text: str | bytes
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    label: str | None = None  # where it came from (file name, row number), for error messages
    author: str | None = None


@dataclass(frozen=True, slots=True)
class ItemError:
    """One article that could not be processed; the batch goes on without it."""

    index: int
    code: str
    message: str
    hint: str
    label: str | None = None
    article_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": {"code": self.code, "message": self.message, "hint": self.hint},
            "index": self.index,
            "label": self.label,
            "article_id": self.article_id,
        }


Outcome = Record | ItemError


def check_order(stages: Sequence[Stage]) -> None:
    """Raise F302 if a stage requires something no earlier stage assigns."""
    available = {"article", "doc"}
    for stage in stages:
        for need in stage.requires:
            if need not in available:
                raise FactaError("F302", stage=stage.name, missing=need)
        available.update(stage.assigns)


def build_stages(settings: Settings, resources: Resources) -> list[Stage]:
    stages = []
    for name in settings.stage_names:
        stage = get_factory(name)(settings, resources)
        stages.append(stage)
    check_order(stages)
    return stages


class Pipeline:
    """spaCy + facta stages. Build with :func:`load_pipeline`; reuse it for many articles."""

    def __init__(self, nlp: Any, stages: Sequence[Stage], settings: Settings | None = None) -> None:
        self.nlp = nlp
        self.stages = list(stages)
        self.settings = settings or Settings()
        check_order(self.stages)
        self.timings: dict[str, float] = {}  # seconds spent per stage (and "spacy") since construction
        if nlp is not None and getattr(nlp, "max_length", 0) <= self.settings.max_chars:
            nlp.max_length = self.settings.max_chars + 1

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    # -- one article -----------------------------------------------------------------------------
    def article(self, item: ArticleInput | Article | str) -> Article:
        if isinstance(item, Article):
            return item
        if isinstance(item, str):
            item = ArticleInput(item)
        return make_article(
            item.text,
            published=item.published,
            title=item.title,
            url=item.url,
            outlet=item.outlet,
            author=item.author,
            max_chars=self.settings.max_chars,
            language_check=self.settings.language_check,
        )

    def run_stages(self, article: Article, doc: Any) -> Record:
        state = DocState(article=article, doc=doc)
        for stage in self.stages:
            started = perf_counter()
            try:
                stage(state)
            except FactaError:
                raise
            except Exception as exc:  # one stage's bug must not take the batch down
                raise FactaError("F304", stage=stage.name, reason=f"{type(exc).__name__}: {exc}") from exc
            finally:
                self.timings[stage.name] = self.timings.get(stage.name, 0.0) + perf_counter() - started
            state.assigned.update(stage.assigns)
        return state.freeze(self.stage_names)

    def extract(
        self,
        text: str | bytes,
        *,
        published: str | None = None,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
    ) -> Record:
        """Process one article; raises :class:`FactaError` on bad input."""
        article = self.article(ArticleInput(text, published, title, url, outlet))
        return self.run_stages(article, parse(self.nlp, article.text))

    def parse_docs(self, texts: Iterable[str]) -> Iterator[Any]:
        """spaCy Docs for ``texts`` (datelines parsed apart; see :mod:`facta.nlp.parse`)."""
        return parse_many(self.nlp, texts, self.settings.batch_size)

    # -- many articles ---------------------------------------------------------------------------
    def pipe(
        self, items: Iterable[ArticleInput | Article | str], batch_size: int | None = None
    ) -> Iterator[Outcome]:
        """Process articles in batches, yielding a Record or an ItemError for each, in input order."""
        size = batch_size or self.settings.batch_size
        iterator = iter(enumerate(items))
        while batch := list(islice(iterator, size)):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[tuple[int, ArticleInput | Article | str]]) -> Iterator[Outcome]:
        prepared: list[tuple[int, str | None, Article | ItemError]] = []
        for index, item in batch:
            label = item.label if isinstance(item, ArticleInput) else None
            try:
                prepared.append((index, label, self.article(item)))
            except FactaError as err:
                prepared.append((index, label, _item_error(index, err, label)))
        docs = self._parse([a for _, _, a in prepared if isinstance(a, Article)])
        for index, label, article in prepared:
            if isinstance(article, ItemError):
                yield article
                continue
            doc = docs[article.id]
            try:
                if isinstance(doc, Exception):
                    raise FactaError("F304", stage="spacy", reason=f"{type(doc).__name__}: {doc}")
                yield self.run_stages(article, doc)
            except FactaError as err:
                yield _item_error(index, err, label, article.id)

    def _parse(self, articles: list[Article]) -> dict[str, Any]:
        """spaCy Docs by article id, batched; on failure, one at a time so one text cannot sink a batch."""
        started = perf_counter()
        try:
            return dict(zip((a.id for a in articles), self.parse_docs(a.text for a in articles), strict=True))
        except Exception:
            docs: dict[str, Any] = {}
            for a in articles:
                try:
                    docs[a.id] = parse(self.nlp, a.text)
                except Exception as exc:
                    docs[a.id] = exc
            return docs
        finally:
            self.timings["spacy"] = self.timings.get("spacy", 0.0) + perf_counter() - started


def _item_error(index: int, err: FactaError, label: str | None, article_id: str | None = None) -> ItemError:
    return ItemError(index, err.code, err.message, err.hint, label, article_id)


def load_pipeline(settings: Settings | None = None, *, nlp: Any = None, **overrides: Any) -> Pipeline:
    """Build the pipeline named by ``settings`` (defaults + FACTA_* environment + ``overrides``)."""
    from facta.nlp.loader import load_nlp

    if settings is None:
        settings = load_settings(**overrides)
    elif overrides:
        settings = settings.with_(**overrides)
    resources = Resources(settings)
    stages = build_stages(settings, resources)
    return Pipeline(nlp if nlp is not None else load_nlp(settings.model), stages, settings)


def stage_names(settings: Settings) -> list[str]:
    return [resolve_name(n) for n in settings.stage_names]
