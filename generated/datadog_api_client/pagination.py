"""Following the cursor of a list or search operation through its pages (``<operation>_with_pagination``).

The docs show such operations by their shape: the request takes a cursor (a ``page[cursor]`` query
parameter or a ``page.cursor`` body field) and the answer lists its results under ``data`` with the next
cursor at ``meta.page.after``. Iteration stops at the first page without a next cursor or without results.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from .endpoint import Pagination


def with_cursor(arguments: Mapping[str, Any], pagination: Pagination, cursor: str) -> dict[str, Any]:
    """The arguments of the next page's call."""
    updated = dict(arguments)
    head, *rest = pagination.cursor
    if not rest:
        updated[head] = cursor
        return updated
    body = updated.get(head)
    # a copy all the way down: the caller's own dict (and the dicts in it) stay as they were given
    data = (
        body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(body, BaseModel)
        else copy.deepcopy(dict(body or {}))
    )
    node = data
    for part in rest[:-1]:
        node = node.setdefault(part, {})
    node[rest[-1]] = cursor
    updated[head] = data
    return updated


def read(value: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if value is None:
            return None
        value = value.get(part) if isinstance(value, Mapping) else getattr(value, part, None)
    return value


def page_items(result: Any, pagination: Pagination) -> tuple[Iterator[Any], Any]:
    """The results of one page and the cursor of the next (None at the end)."""
    items = read(result, pagination.results) or []
    return iter(items), (read(result, pagination.next_cursor) if items else None)
