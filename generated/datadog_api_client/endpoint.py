"""What a generated API module declares, and nothing it does not need to declare it.

An API module imports only this: httpx and pydantic load when the first call is made (``default_client``),
so that importing one API class stays cheap. NamedTuple rather than dataclasses, whose import alone costs
about 10 ms.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

_NONE: Mapping[Any, Any] = MappingProxyType({})


class Endpoint(NamedTuple):
    """One operation: how to build its request and what its answers are (see the generator's README)."""

    name: str
    version: str
    method: str
    path: str
    servers: Mapping[str, str]
    path_params: Mapping[str, str] = _NONE
    query_params: Mapping[str, str] = _NONE
    header_params: Mapping[str, str] = _NONE
    body_param: str | None = None
    form_params: Mapping[str, str] = _NONE  # multipart/form-data: argument -> field name
    body_type: str | None = None
    media_type: str = "application/json"
    responses: Mapping[int, str | None] = _NONE
    unstable: bool = False


class Pagination(NamedTuple):
    """Where a paginated operation takes its cursor and where its answers give the next one."""

    cursor: tuple[str, ...]  # ("page_cursor",): a query argument; ("body", "page", "cursor"): in the body
    next_cursor: tuple[str, ...] = ("meta", "page", "after")
    results: tuple[str, ...] = ("data",)


def default_client() -> Any:
    """A synchronous ApiClient with the default Configuration (environment variables), imported on use."""
    from .api_client import ApiClient

    return ApiClient()
