"""Root of the generated SDK: ``from <package> import ApiClient, Configuration``.

The names are exported lazily (PEP 562) so that importing the package, or one of its models, does not
import httpx: only the API clients need it, and a program that just builds models should not pay for it.
"""

from importlib import import_module
from typing import Any

_EXCEPTIONS = (
    "OpenApiException",
    "ApiTypeError",
    "ApiValueError",
    "UnstableOperationDisabledError",
    "UnknownSiteError",
    "ApiException",
    "BadRequestException",
    "UnauthorizedException",
    "ForbiddenException",
    "NotFoundException",
    "ConflictException",
    "TooManyRequestsException",
    "ServiceException",
)

# exported name -> module (relative to this package) that defines it
_EXPORTS = {
    "ApiClient": ".api_client",
    "AsyncApiClient": ".api_client",
    "Endpoint": ".endpoint",
    "Pagination": ".endpoint",
    "Configuration": ".configuration",
    **{name: ".exceptions" for name in _EXCEPTIONS},
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
