"""Shared, lazily loaded assets (lexicons, gazetteer, country tables) for one pipeline.

Stages ask the pipeline's :class:`Resources` for an asset by key; the first request loads it, later
ones get the same object. Nothing is loaded at import time or in constructors of records.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources as importlib_resources
from typing import Any, TypeVar

from facta.errors import FactaError

T = TypeVar("T")


def data_path(name: str) -> Any:
    """A Traversable for a file in ``facta/data`` (raises F103 if missing)."""
    path = importlib_resources.files("facta") / "data" / name
    if not path.is_file():
        raise FactaError("F103", name=name)
    return path


def read_data_text(name: str) -> str:
    text: str = data_path(name).read_text(encoding="utf-8")
    return text


def read_data_json(name: str) -> Any:
    return json.loads(read_data_text(name))


def gold_rows(name: str, text: str | None = None) -> list[dict[str, Any]]:
    """The records of a JSON-lines gold file of ours (package data ``name``, or ``text`` when given):
    blank lines and the header object (the one line with no ``id``) are skipped."""
    raw = read_data_text(name) if text is None else text
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    return [row for row in rows if "id" in row]


def read_data_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with a header line; '#' lines and blank lines are skipped."""
    lines = [ln for ln in read_data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


class Resources:
    def __init__(self, settings: Any = None) -> None:
        self.settings = settings
        self._cache: dict[str, Any] = {}

    def get(self, key: str, loader: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = loader()
        value: T = self._cache[key]
        return value
