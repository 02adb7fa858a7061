"""The HTTP clients the generated API classes call: ``api_client.call(ENDPOINT, {argument: value})``.

Each generated operation is a constant ``Endpoint`` (how to build the request, what the answers are)
plus a thin method; everything else lives here once. ``ApiClient`` and ``AsyncApiClient`` share the
building of the request and the reading of the answer, and differ only in how they send and sleep.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.metadata
import inspect
import logging
import math
import platform
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .configuration import APP_KEY, API_KEY, Configuration
from .endpoint import Endpoint, Pagination
from .exceptions import ApiTypeError, UnknownSiteError, UnstableOperationDisabledError, exception_class
from .pagination import page_items, with_cursor
from .serialization import (
    NOT_JSON,
    decode,
    encode_body,
    encode_form,
    encode_query,
    expand_path,
    format_param,
    read_success,
    to_model,
)

logger = logging.getLogger(__name__)

#: Methods safe to send again after a 429 or 5xx: repeating them cannot apply a change twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_SECRET_HEADERS = frozenset({"dd-api-key", "dd-application-key"})
_MASK = "***"


@dataclass(frozen=True, slots=True)
class _Request:
    method: str
    url: str
    path: str  # without host and query: what messages show
    headers: dict[str, str]
    content: bytes | None


@functools.cache
def user_agent() -> str:
    package = __package__ or "sdk"
    try:
        version = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    python = ".".join(map(str, sys.version_info[:3]))
    return f"{package}/{version} (python {python}; os {platform.system().lower()}; arch {platform.machine()})"


class _BaseClient:
    """What both clients share: the request from the arguments, the retry decision, the result."""

    def __init__(self, configuration: Configuration | None = None, *, sleep: Callable | None = None) -> None:
        self.configuration = configuration if configuration is not None else Configuration()
        #: Headers sent with every request (a proxy's, a tracing id); the operation's own headers win.
        self.default_headers: dict[str, str] = {}
        self._sleep = sleep

    def _prepare(self, endpoint: Endpoint, arguments: Mapping[str, Any]) -> _Request:
        config = self.configuration
        if endpoint.unstable and not config.unstable_operations[endpoint.name]:
            raise UnstableOperationDisabledError(endpoint.name)
        base = config.host or endpoint.servers.get(config.site)
        if not base:
            raise UnknownSiteError(endpoint.name, config.site, sorted(endpoint.servers))
        arguments = {name: value for name, value in arguments.items() if value is not None}
        known = {
            *endpoint.path_params,
            *endpoint.query_params,
            *endpoint.header_params,
            *endpoint.form_params,
            endpoint.body_param,
        }
        unexpected = sorted(set(arguments) - known)
        if unexpected:
            raise ApiTypeError(f"{endpoint.name}() got unexpected arguments: {', '.join(unexpected)}")

        path = expand_path(endpoint.path, endpoint.path_params, arguments)
        query = encode_query(endpoint.query_params, arguments)
        headers = {"Accept": "application/json", "User-Agent": user_agent(), **self.default_headers}
        for argument, name in endpoint.header_params.items():
            if argument in arguments:
                headers[name] = format_param(arguments[argument])
        for key, header in ((API_KEY, "DD-API-KEY"), (APP_KEY, "DD-APPLICATION-KEY")):
            if config.api_key.get(key):
                headers[header] = config.api_key[key]
        content = None
        if endpoint.body_param is not None and endpoint.body_param in arguments:
            content = encode_body(
                arguments[endpoint.body_param], endpoint.body_type, endpoint.media_type, endpoint.name
            )
            headers["Content-Type"] = endpoint.media_type
        if endpoint.form_params:
            content, headers["Content-Type"] = encode_form(endpoint.form_params, arguments)
        url = base.rstrip("/") + path + (f"?{query}" if query else "")
        return _Request(endpoint.method.upper(), url, path, headers, content)

    def _retry_delay(self, request: _Request, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before sending ``request`` again, or None to keep ``response``.

        Deterministic (no jitter) so that behaviour is reproducible: ``base * 2**attempt``, or on a 429
        the ``X-RateLimit-Reset`` seconds Datadog sends, both capped at ``retry_backoff_max``."""
        config, status = self.configuration, response.status_code
        if request.method not in IDEMPOTENT_METHODS or attempt >= config.max_retries:
            return None
        if status != 429 and not 500 <= status <= 599:
            return None
        delay = config.retry_backoff_base * 2**attempt
        if status == 429:
            try:
                reset = float(response.headers.get("X-RateLimit-Reset", ""))
            except ValueError:
                reset = math.nan
            if math.isfinite(reset) and reset >= 0:
                delay = reset
        return min(delay, config.retry_backoff_max)

    def _result(self, endpoint: Endpoint, request: _Request, response: httpx.Response) -> Any:
        status = response.status_code
        ref = endpoint.responses.get(status)
        logger.debug("%s %s -> %d (%d bytes)", request.method, request.url, status, len(response.content))
        if 200 <= status <= 299:
            result = read_success(ref, response.content, operation=endpoint.name, status=status)
            return response.text if result is NOT_JSON else result  # text/plain or CSV: returned as text
        body = self._redact(response.text)
        data = decode(body)
        try:
            data = to_model(ref, data, operation=endpoint.name, status=status, strict=True)
        except ValueError:
            pass  # an error body that differs from its docs must not hide the error itself
        headers = httpx.Headers(  # case-insensitive, like the answer's
            [
                (name, _MASK if name.lower() in _SECRET_HEADERS else self._redact(value))
                for name, value in response.headers.multi_items()
            ]
        )
        raise exception_class(status)(
            status,
            response.reason_phrase,
            method=request.method,
            path=request.path,
            headers=headers,
            body=body,
            data=data,
        )

    def _redact(self, text: str) -> str:
        for secret in self.configuration.secrets():
            text = text.replace(secret, _MASK)
        return text

    def _log_request(self, request: _Request, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            headers = {k: (_MASK if k.lower() in _SECRET_HEADERS else v) for k, v in request.headers.items()}
            logger.debug("%s %s (attempt %d) headers=%s", request.method, request.url, attempt + 1, headers)

    def _client_options(self) -> dict[str, Any]:
        config = self.configuration
        return {"timeout": config.timeout, "proxy": config.proxy, "verify": config.verify_ssl}


class ApiClient(_BaseClient):
    """Synchronous client: ``with ApiClient(configuration) as api_client: SomeApi(api_client).op(...)``.

    One ``httpx.Client`` (connection pool) is created on the first call and closed by ``close()`` or at
    the end of the ``with`` block. ``sleep`` replaces ``time.sleep`` between retries (tests pass a
    recorder)."""

    def __init__(
        self, configuration: Configuration | None = None, *, sleep: Callable[[float], Any] | None = None
    ) -> None:
        super().__init__(configuration, sleep=sleep)
        self._http: httpx.Client | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            http.close()

    def _client(self) -> httpx.Client:
        with self._lock:
            if self._http is None:
                self._http = httpx.Client(**self._client_options())
            return self._http

    def call(self, endpoint: Endpoint, arguments: Mapping[str, Any]) -> Any:
        request = self._prepare(endpoint, arguments)
        http, sleep = self._client(), self._sleep or time.sleep
        attempt = 0
        while True:
            self._log_request(request, attempt)
            response = http.request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.content,
                timeout=self.configuration.timeout,
            )
            delay = self._retry_delay(request, response, attempt)
            if delay is None:
                return self._result(endpoint, request, response)
            logger.debug("%s %s -> %d, retrying in %.3gs", request.method, request.url, response.status_code, delay)
            sleep(delay)
            attempt += 1

    def paginate(self, endpoint: Endpoint, arguments: Mapping[str, Any], pagination: Pagination) -> Iterator[Any]:
        """Every result of every page, calling ``endpoint`` again with the next cursor as long as there is one."""
        sent = None
        while True:
            items, cursor = page_items(self.call(endpoint, arguments), pagination)
            yield from items
            if not cursor or cursor == sent:  # a cursor handed back again would loop forever
                return
            arguments, sent = with_cursor(arguments, pagination, cursor), cursor


class AsyncApiClient(_BaseClient):
    """Asynchronous client: ``async with AsyncApiClient(configuration) as api_client: await ...``.

    Same behaviour as ``ApiClient`` over one ``httpx.AsyncClient``. ``sleep`` replaces ``asyncio.sleep``;
    it may be a plain function or a coroutine function."""

    def __init__(
        self, configuration: Configuration | None = None, *, sleep: Callable[[float], Any] | None = None
    ) -> None:
        super().__init__(configuration, sleep=sleep)
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    async def close(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(**self._client_options())
        return self._http

    async def call(self, endpoint: Endpoint, arguments: Mapping[str, Any]) -> Any:
        request = self._prepare(endpoint, arguments)
        http, sleep = self._client(), self._sleep or asyncio.sleep
        attempt = 0
        while True:
            self._log_request(request, attempt)
            response = await http.request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.content,
                timeout=self.configuration.timeout,
            )
            delay = self._retry_delay(request, response, attempt)
            if delay is None:
                return self._result(endpoint, request, response)
            logger.debug("%s %s -> %d, retrying in %.3gs", request.method, request.url, response.status_code, delay)
            pause = sleep(delay)
            if inspect.isawaitable(pause):
                await pause
            attempt += 1

    async def paginate(
        self, endpoint: Endpoint, arguments: Mapping[str, Any], pagination: Pagination
    ) -> AsyncIterator[Any]:
        """Every result of every page, as ``ApiClient.paginate`` does, for ``async for``."""
        sent = None
        while True:
            items, cursor = page_items(await self.call(endpoint, arguments), pagination)
            for item in items:
                yield item
            if not cursor or cursor == sent:  # a cursor handed back again would loop forever
                return
            arguments, sent = with_cursor(arguments, pagination, cursor), cursor
