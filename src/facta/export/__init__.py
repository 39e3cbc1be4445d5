"""Exporters: canonical events out of the store in the formats other tools read.

Each format is one module with a ``write(views, out) -> int`` function, registered by name in
:data:`FORMATS` and imported only when used (so pyarrow is needed only for Parquet). Third-party formats
can be added with :func:`register`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import IO, Any

from facta.errors import FactaError
from facta.store.base import EventView

Writer = Callable[[Sequence[EventView], IO[Any]], int]

# name -> ("module:function", binary output?)
FORMATS: dict[str, tuple[str, bool]] = {
    "plover-json": ("facta.export.plover:write", False),
    "acled-csv": ("facta.export.acled:write", False),
    "cameo-tsv": ("facta.export.cameo:write", False),
    "parquet": ("facta.export.parquet:write", True),
    "jsonl": ("facta.export.jsonl:write", False),
}


def register(name: str, target: str, binary: bool = False) -> None:
    """Add (or replace) an export format: ``target`` is ``"module:function"``."""
    FORMATS[name] = (target, binary)


def writer(name: str) -> tuple[Writer, bool]:
    """The write function of format ``name`` and whether it writes bytes."""
    if name not in FORMATS:
        raise FactaError("F406", name=name, known=", ".join(sorted(FORMATS)))
    target, binary = FORMATS[name]
    module, _, attr = target.partition(":")
    function: Writer = getattr(importlib.import_module(module), attr)
    return function, binary


__all__ = ["FORMATS", "Writer", "register", "writer"]
