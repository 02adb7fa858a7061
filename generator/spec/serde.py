"""Dataclasses of the spec to plain JSON values and back, driven by their type hints.

Schemas are written with a ``kind`` key first so that loading knows which class to build; every other
field is written in declaration order, so the JSON is stable and diffable.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from generator.spec.schema import SCHEMA_KINDS, Schema


def dump(obj: Any) -> Any:
    if isinstance(obj, Schema):
        return {"kind": obj.kind, **_dump_fields(obj)}
    if dataclasses.is_dataclass(obj):
        return _dump_fields(obj)
    if isinstance(obj, list):
        return [dump(item) for item in obj]
    if isinstance(obj, dict):
        return {key: dump(value) for key, value in obj.items()}
    return obj


def _dump_fields(obj: Any) -> dict[str, Any]:
    """Fields in declaration order; a field holding its default is left out (loading restores it)."""
    out = {}
    for name, default in _defaults(type(obj)):
        value = getattr(obj, name)
        if default is _REQUIRED or value != default:
            out[name] = dump(value)
    return out


_REQUIRED = object()


@functools.cache
def _defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    defaults = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            defaults.append((f.name, f.default))
        elif f.default_factory is not dataclasses.MISSING:
            defaults.append((f.name, f.default_factory()))
        else:
            defaults.append((f.name, _REQUIRED))
    return tuple(defaults)


def load(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` (a dataclass, list[...], X | None, a Schema or a plain type)."""
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return load(inner[0], data) if len(inner) == 1 else data  # str | int: plain JSON values
    if origin is list:
        (inner,) = typing.get_args(hint)
        return [load(inner, item) for item in data]
    if origin is dict:
        _, inner = typing.get_args(hint)
        return {key: load(inner, value) for key, value in data.items()}
    if hint is Any:
        return data
    if isinstance(hint, type) and issubclass(hint, Schema):
        return _load_fields(SCHEMA_KINDS[data["kind"]], data)
    if dataclasses.is_dataclass(hint):
        return _load_fields(hint, data)
    return data


def _load_fields(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    values = {f.name: load(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**values)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
