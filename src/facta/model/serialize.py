"""Records to and from plain JSON-able dicts (tuples become lists; field order is kept)."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from facta.model import records
from facta.model.records import Record

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def record_to_dict(record: Record, *, include_text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = to_plain(record)
    if not include_text:
        out["article"].pop("text", None)
    return out


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a record dataclass from :func:`to_plain` output (unknown keys are ignored)."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _convert(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        (item, *_rest) = get_args(tp)
        return tuple(_convert(item, v) for v in data)
    if origin is typing.Literal:
        return data
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: _convert(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data and f.init
        }
        return tp(**kwargs)
    if tp is float and isinstance(data, int):
        return float(data)
    return data


def record_from_dict(data: dict[str, Any]) -> Record:
    return from_plain(Record, data)
