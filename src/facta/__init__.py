"""facta: sourced, queryable records of political conflict events from news text.

>>> import facta
>>> record = facta.extract("Rebels shelled Goma on Tuesday.", published="2024-03-15")  # doctest: +SKIP
>>> record.to_json()  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from facta.errors import FactaError
from facta.model import (
    Acled,
    Actor,
    Article,
    Casualty,
    Event,
    Evidence,
    Modality,
    Place,
    Record,
    Span,
    Statement,
    Toll,
    When,
)
from facta.pipeline import ArticleInput, ItemError, Pipeline, load_pipeline
from facta.settings import Settings, load_settings

__version__ = "0.1.0"

_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline used by :func:`extract`, built on first use."""
    global _default
    if _default is None:
        _default = load_pipeline()
    return _default


def extract(
    text: str | bytes,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    pipeline: Pipeline | None = None,
) -> Record:
    """Read one article and return its :class:`Record` (raises :class:`FactaError` on bad input)."""
    pipe = pipeline or default_pipeline()
    return pipe.extract(text, published=published, title=title, url=url, outlet=outlet)


def open_store(url: str | None = None, **kwargs: Any) -> Any:
    """Open the store at ``url`` (SQLite path by default); see :mod:`facta.store`."""
    from facta.store import open_store as _open

    return _open(url, **kwargs)


__all__ = [
    "Acled",
    "Actor",
    "Article",
    "ArticleInput",
    "Casualty",
    "Event",
    "Evidence",
    "FactaError",
    "ItemError",
    "Modality",
    "Pipeline",
    "Place",
    "Record",
    "Settings",
    "Span",
    "Statement",
    "Toll",
    "When",
    "__version__",
    "extract",
    "load_pipeline",
    "load_settings",
    "open_store",
]
