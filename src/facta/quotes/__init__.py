"""Attributed statements: who said what, with cue, speaker mention and content spans.

``find_attributions(doc, text, lexicon)`` is the pure core (a parsed Doc in, character intervals out);
:mod:`facta.quotes.build` turns the result into :class:`~facta.model.Statement` records on a
pipeline state, resolving speakers to actors.
"""

from __future__ import annotations

from typing import Any

from facta.quotes.context import Attribution, Context
from facta.quotes.finder import Finder
from facta.quotes.lexicon import CueLexicon, load_labels, load_lexicon
from facta.quotes.marks import Paragraph, Quote, paragraphs, quotes


def find_attributions(
    doc: Any, text: str, lexicon: CueLexicon, labels: frozenset[str] = frozenset()
) -> list[Attribution]:
    """Every attribution found in ``doc`` (parsed from ``text``), in text order."""
    paras = paragraphs(text)
    return Finder(Context(doc, text, lexicon, quotes(text, paras), paras, labels)).find()


__all__ = [
    "Attribution",
    "CueLexicon",
    "Paragraph",
    "Quote",
    "find_attributions",
    "load_labels",
    "load_lexicon",
    "paragraphs",
    "quotes",
]
