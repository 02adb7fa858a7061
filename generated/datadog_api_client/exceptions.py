"""Exceptions of the SDK.

``OpenApiException`` is the root. Mistakes found before anything is sent are ``ApiValueError`` /
``ApiTypeError`` (also ``ValueError`` / ``TypeError``), including an unstable operation not enabled
(``UnstableOperationDisabledError``) and a site the endpoint is not served on (``UnknownSiteError``).
An HTTP answer outside 2xx is an ``ApiException``, typed by status so that callers can write
``except NotFoundException``. Errors of the transport itself (connection refused, timeout) are httpx's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OpenApiException(Exception):
    """Base of every exception raised by the SDK."""


class ApiTypeError(OpenApiException, TypeError):
    """An argument has a type the request cannot carry."""


class ApiValueError(OpenApiException, ValueError):
    """An argument or a body is invalid, or a response does not match its documented model."""


class UnstableOperationDisabledError(ApiValueError):
    """The operation is in preview and ``configuration.unstable_operations[name]`` is not True."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        super().__init__(
            f"Unstable operation {operation!r} is disabled. Enable it with "
            f'configuration.unstable_operations["{operation}"] = True'
        )


class UnknownSiteError(ApiValueError):
    """``configuration.site`` is not one of the sites the endpoint is served on (and no host override)."""

    def __init__(self, operation: str, site: str, supported: list[str]) -> None:
        self.operation, self.site, self.supported = operation, site, supported
        super().__init__(
            f"Operation {operation!r} is not available on site {site!r}; it is served on: "
            f"{', '.join(supported) or 'no site'}. Set configuration.site (DD_SITE) to one of them, "
            "or configuration.host (DD_API_HOST) to a base URL."
        )


class ApiException(OpenApiException):
    """An HTTP answer outside 2xx.

    ``status`` and ``reason`` of the answer, its ``headers`` (a case-insensitive mapping, API keys
    redacted), its ``body`` as text and
    ``data``: the body parsed into the documented error model, else the JSON value, else None.
    """

    def __init__(
        self,
        status: int,
        reason: str = "",
        *,
        method: str = "",
        path: str = "",
        headers: Mapping[str, str] | None = None,
        body: str = "",
        data: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.method = method
        self.path = path
        self.headers = headers if headers is not None else {}
        self.body = body
        self.data = data
        super().__init__(status, reason)

    def __str__(self) -> str:
        text = f"{self.method} {self.path}: HTTP {self.status} {self.reason}".rstrip()
        return f"{text}\n{self.body}" if self.body else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, method={self.method!r}, path={self.path!r})"


class BadRequestException(ApiException):
    """400"""


class UnauthorizedException(ApiException):
    """401"""


class ForbiddenException(ApiException):
    """403"""


class NotFoundException(ApiException):
    """404"""


class ConflictException(ApiException):
    """409"""


class TooManyRequestsException(ApiException):
    """429, after the retries (if any) were spent."""


class ServiceException(ApiException):
    """5xx, after the retries (if any) were spent."""


_BY_STATUS = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    429: TooManyRequestsException,
}


def exception_class(status: int) -> type[ApiException]:
    """The exception raised for an HTTP status outside 2xx."""
    if 500 <= status <= 599:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)
