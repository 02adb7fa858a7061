"""API classes of the Datadog API v1.

Names are imported on first use (PEP 562), so importing this package costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "AuthenticationApi": "authentication_api",
    "DashboardListsApi": "dashboard_lists_api",
    "EventsApi": "events_api",
    "HostsApi": "hosts_api",
    "IPRangesApi": "ip_ranges_api",
    "LogsApi": "logs_api",
    "LogsIndexesApi": "logs_indexes_api",
    "OrganizationsApi": "organizations_api",
    "ServiceChecksApi": "service_checks_api",
    "SlackIntegrationApi": "slack_integration_api",
    "TagsApi": "tags_api",
    "UsersApi": "users_api",
    "WebhooksIntegrationApi": "webhooks_integration_api",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


if TYPE_CHECKING:
    from .authentication_api import AuthenticationApi
    from .dashboard_lists_api import DashboardListsApi
    from .events_api import EventsApi
    from .hosts_api import HostsApi
    from .ip_ranges_api import IPRangesApi
    from .logs_api import LogsApi
    from .logs_indexes_api import LogsIndexesApi
    from .organizations_api import OrganizationsApi
    from .service_checks_api import ServiceChecksApi
    from .slack_integration_api import SlackIntegrationApi
    from .tags_api import TagsApi
    from .users_api import UsersApi
    from .webhooks_integration_api import WebhooksIntegrationApi
