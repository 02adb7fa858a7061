"""Client settings: site, keys, host override, unstable-operation switches, timeout and retries.

Like the official ``datadog-api-client``, values not given are read from the environment when the
``Configuration`` is created: ``DD_SITE`` (default ``datadoghq.com``), ``DD_API_KEY``, ``DD_APP_KEY`` and
``DD_API_HOST`` (a full base URL that replaces the site's server, for proxies and tests). The keys never
appear in a repr: this object is the one most likely to be printed or logged while debugging.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULT_SITE = "datadoghq.com"
API_KEY = "apiKeyAuth"  # key of ``Configuration.api_key`` sent as DD-API-KEY
APP_KEY = "appKeyAuth"  # key of ``Configuration.api_key`` sent as DD-APPLICATION-KEY
_MASK = "***"


class ApiKeys(dict):
    """``configuration.api_key``: a plain dict whose repr masks the values."""

    def __repr__(self) -> str:
        return repr({name: (_MASK if value else value) for name, value in self.items()})

    __str__ = __repr__


class UnstableOperations(dict):
    """``configuration.unstable_operations``: operation name -> enabled; names never set read as False."""

    def __missing__(self, name: str) -> bool:
        return False


class Configuration:
    """Settings shared by every request of an ``ApiClient``.

    ``host``: base URL used instead of the site's server (``DD_API_HOST``), e.g. ``http://127.0.0.1:8126``.
    ``api_key``: ``{"apiKeyAuth": ..., "appKeyAuth": ...}`` (``DD_API_KEY``, ``DD_APP_KEY``).
    ``site``: the Datadog site whose server is called (``DD_SITE``, default ``datadoghq.com``).
    ``unstable_operations``: ``configuration.unstable_operations["name"] = True`` enables an operation in preview.
    ``timeout``: seconds for each HTTP request. ``max_retries``: retries of an idempotent request answered
    429 or 5xx, waiting ``retry_backoff_base * 2**attempt`` seconds (or the 429's ``X-RateLimit-Reset``),
    at most ``retry_backoff_max``. ``proxy`` and ``verify_ssl`` are passed to httpx.
    """

    def __init__(
        self,
        host: str | None = None,
        api_key: Mapping[str, str | None] | None = None,
        site: str | None = None,
        unstable_operations: Mapping[str, bool] | None = None,
        timeout: float = 60.0,
        max_retries: int = 3,
        retry_backoff_base: float = 0.5,
        retry_backoff_max: float = 60.0,
        proxy: str | None = None,
        verify_ssl: bool = True,
    ) -> None:
        self.host = host if host is not None else (os.environ.get("DD_API_HOST") or None)
        self.site = site if site is not None else (os.environ.get("DD_SITE") or DEFAULT_SITE)
        keys = ApiKeys(api_key or {})
        for name, variable in ((API_KEY, "DD_API_KEY"), (APP_KEY, "DD_APP_KEY")):
            if keys.get(name) is None and os.environ.get(variable):
                keys[name] = os.environ[variable]
        self.api_key = keys
        self.unstable_operations = UnstableOperations(unstable_operations or {})
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_backoff_base = retry_backoff_base
        self.retry_backoff_max = retry_backoff_max
        self.proxy = proxy
        self.verify_ssl = verify_ssl

    def __setattr__(self, name: str, value: Any) -> None:
        # Keep the masking and the False default when a plain dict is assigned later.
        if name == "api_key" and not isinstance(value, ApiKeys):
            value = ApiKeys(value or {})
        elif name == "unstable_operations" and not isinstance(value, UnstableOperations):
            value = UnstableOperations(value or {})
        object.__setattr__(self, name, value)

    def secrets(self) -> list[str]:
        """The key values set, to be redacted from error bodies and headers. Values shorter than 8
        characters are placeholders (real keys have 32 or 40), and replacing them would garble text."""
        return [value for value in self.api_key.values() if isinstance(value, str) and len(value) >= 8]

    def __repr__(self) -> str:
        fields = ("host", "site", "api_key", "unstable_operations", "timeout", "max_retries")
        return "Configuration(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
