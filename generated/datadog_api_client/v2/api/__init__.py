"""API classes of the Datadog API v2.

Names are imported on first use (PEP 562), so importing this package costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "APIManagementApi": "api_management_api",
    "AuditApi": "audit_api",
    "CIVisibilityPipelinesApi": "ci_visibility_pipelines_api",
    "DashboardListsApi": "dashboard_lists_api",
    "DeploymentGatesApi": "deployment_gates_api",
    "DORAMetricsApi": "dora_metrics_api",
    "EventsApi": "events_api",
    "FastlyIntegrationApi": "fastly_integration_api",
    "LogsApi": "logs_api",
    "LogsArchivesApi": "logs_archives_api",
    "OnCallApi": "on_call_api",
    "OpsgenieIntegrationApi": "opsgenie_integration_api",
    "OrganizationsApi": "organizations_api",
    "PowerpackApi": "powerpack_api",
    "ProcessesApi": "processes_api",
    "RestrictionPoliciesApi": "restriction_policies_api",
    "RolesApi": "roles_api",
    "RUMApi": "rum_api",
    "ServiceAccountsApi": "service_accounts_api",
    "SpaApi": "spa_api",
    "StatusPagesApi": "status_pages_api",
    "UsersApi": "users_api",
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
    from .api_management_api import APIManagementApi
    from .audit_api import AuditApi
    from .ci_visibility_pipelines_api import CIVisibilityPipelinesApi
    from .dashboard_lists_api import DashboardListsApi
    from .deployment_gates_api import DeploymentGatesApi
    from .dora_metrics_api import DORAMetricsApi
    from .events_api import EventsApi
    from .fastly_integration_api import FastlyIntegrationApi
    from .logs_api import LogsApi
    from .logs_archives_api import LogsArchivesApi
    from .on_call_api import OnCallApi
    from .opsgenie_integration_api import OpsgenieIntegrationApi
    from .organizations_api import OrganizationsApi
    from .powerpack_api import PowerpackApi
    from .processes_api import ProcessesApi
    from .restriction_policies_api import RestrictionPoliciesApi
    from .roles_api import RolesApi
    from .rum_api import RUMApi
    from .service_accounts_api import ServiceAccountsApi
    from .spa_api import SpaApi
    from .status_pages_api import StatusPagesApi
    from .users_api import UsersApi
