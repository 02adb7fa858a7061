"""Models of the Datadog API v1.

Names are imported on first use (PEP 562), so importing this package costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "AccessRole": "access_role",
    "AddChannelsToSlackIntegrationRequest": "add_channels_to_slack_integration_request",
    "AddChannelsToSlackIntegrationRequestChannelsItem": "add_channels_to_slack_integration_request_channels_item",
    "CreateASlackIntegrationRequest": "create_a_slack_integration_request",
    "CreateASlackIntegrationRequestServiceHooksItem": "create_a_slack_integration_request_service_hooks_item",
    "CreateChildOrgResponse": "create_child_org_response",
    "CreateChildOrgResponseApiKey": "create_child_org_response_api_key",
    "CreateChildOrgResponseApplicationKey": "create_child_org_response_application_key",
    "CreateEventResponse": "create_event_response",
    "CreateUserResponse": "create_user_response",
    "CreateWebhooksIntegrationCustomVariableResponse": "create_webhooks_integration_custom_variable_response",
    "DashboardList": "dashboard_list",
    "DashboardListAuthor": "dashboard_list_author",
    "DeleteDashboardListResponse": "delete_dashboard_list_response",
    "DowngradeOrgResponse": "downgrade_org_response",
    "ErrorResponseObjectResponse": "error_response_object_response",
    "EventCreateRequest": "event_create_request",
    "EventCreateRequestAlertType": "event_create_request_alert_type",
    "EventCreateRequestPriority": "event_create_request_priority",
    "GetHostTotalsResponse": "get_host_totals_response",
    "GetIPRangesResponse": "get_ip_ranges_response",
    "GetIPRangesResponseAgents": "get_ip_ranges_response_agents",
    "GetIPRangesResponseSynthetics": "get_ip_ranges_response_synthetics",
    "GetInfoAboutASlackIntegrationResponse": "get_info_about_a_slack_integration_response",
    "GetOrgResponse": "get_org_response",
    "GetSlackIntegrationChannelsResponse": "get_slack_integration_channels_response",
    "HTTPLog": "http_log",
    "HTTPLogItem": "http_log_item",
    "HostMuteSettings": "host_mute_settings",
    "HostTags": "host_tags",
    "InvalidQueryPerformedResponse": "invalid_query_performed_response",
    "ListDashboardListsResponse": "list_dashboard_lists_response",
    "ListEventsResponse": "list_events_response",
    "ListEventsResponseEventsItem": "list_events_response_events_item",
    "ListHostTagsResponse": "list_host_tags_response",
    "ListHostsResponse": "list_hosts_response",
    "ListHostsResponseHostListItem": "list_hosts_response_host_list_item",
    "ListHostsResponseHostListItemMeta": "list_hosts_response_host_list_item_meta",
    "ListHostsResponseHostListItemMetaInstallMethod": "list_hosts_response_host_list_item_meta_install_method",
    "ListHostsResponseHostListItemMetrics": "list_hosts_response_host_list_item_metrics",
    "ListLogIndexesResponse": "list_log_indexes_response",
    "ListLogs400Response": "list_logs400_response",
    "ListLogs400ResponseError": "list_logs400_response_error",
    "ListLogsResponse": "list_logs_response",
    "ListLogsResponseLogsItem": "list_logs_response_logs_item",
    "ListLogsResponseLogsItemContent": "list_logs_response_logs_item_content",
    "ListOrgsResponse": "list_orgs_response",
    "ListUsersResponse": "list_users_response",
    "LogsDailyLimitReset": "logs_daily_limit_reset",
    "LogsExclusion": "logs_exclusion",
    "LogsExclusionFilter": "logs_exclusion_filter",
    "LogsFilter": "logs_filter",
    "LogsIndex": "logs_index",
    "LogsIndexUpdateRequest": "logs_index_update_request",
    "LogsIndexesOrder": "logs_indexes_order",
    "LogsListRequest": "logs_list_request",
    "LogsListRequestTime": "logs_list_request_time",
    "LogsSort": "logs_sort",
    "MuteHostResponse": "mute_host_response",
    "Organization": "organization",
    "OrganizationBilling": "organization_billing",
    "OrganizationCreateBody": "organization_create_body",
    "OrganizationSettings": "organization_settings",
    "OrganizationSettingsSaml": "organization_settings_saml",
    "OrganizationSettingsSamlAutocreateUsersDomains": "organization_settings_saml_autocreate_users_domains",
    "OrganizationSettingsSamlIdpInitiatedLogin": "organization_settings_saml_idp_initiated_login",
    "OrganizationSettingsSamlStrictMode": "organization_settings_saml_strict_mode",
    "OrganizationSubscription": "organization_subscription",
    "ServiceCheck": "service_check",
    "ServiceCheckStatus": "service_check_status",
    "ServiceChecks": "service_checks",
    "SlackIntegrationChannel": "slack_integration_channel",
    "SlackIntegrationChannelDisplay": "slack_integration_channel_display",
    "SubmitServiceCheckResponse": "submit_service_check_response",
    "UploadIdPForOrgRequest": "upload_id_p_for_org_request",
    "UploadIdPForOrgResponse": "upload_id_p_for_org_response",
    "User": "user",
    "ValidateResponse": "validate_response",
    "WebhooksIntegration": "webhooks_integration",
    "WebhooksIntegrationCustomVariable": "webhooks_integration_custom_variable",
    "WebhooksIntegrationCustomVariableUpdateRequest": "webhooks_integration_custom_variable_update_request",
    "WebhooksIntegrationEncodeAs": "webhooks_integration_encode_as",
    "WebhooksIntegrationUpdateRequest": "webhooks_integration_update_request",
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
    from .access_role import AccessRole
    from .add_channels_to_slack_integration_request import AddChannelsToSlackIntegrationRequest
    from .add_channels_to_slack_integration_request_channels_item import (
        AddChannelsToSlackIntegrationRequestChannelsItem,
    )
    from .create_a_slack_integration_request import CreateASlackIntegrationRequest
    from .create_a_slack_integration_request_service_hooks_item import CreateASlackIntegrationRequestServiceHooksItem
    from .create_child_org_response import CreateChildOrgResponse
    from .create_child_org_response_api_key import CreateChildOrgResponseApiKey
    from .create_child_org_response_application_key import CreateChildOrgResponseApplicationKey
    from .create_event_response import CreateEventResponse
    from .create_user_response import CreateUserResponse
    from .create_webhooks_integration_custom_variable_response import CreateWebhooksIntegrationCustomVariableResponse
    from .dashboard_list import DashboardList
    from .dashboard_list_author import DashboardListAuthor
    from .delete_dashboard_list_response import DeleteDashboardListResponse
    from .downgrade_org_response import DowngradeOrgResponse
    from .error_response_object_response import ErrorResponseObjectResponse
    from .event_create_request import EventCreateRequest
    from .event_create_request_alert_type import EventCreateRequestAlertType
    from .event_create_request_priority import EventCreateRequestPriority
    from .get_host_totals_response import GetHostTotalsResponse
    from .get_ip_ranges_response import GetIPRangesResponse
    from .get_ip_ranges_response_agents import GetIPRangesResponseAgents
    from .get_ip_ranges_response_synthetics import GetIPRangesResponseSynthetics
    from .get_info_about_a_slack_integration_response import GetInfoAboutASlackIntegrationResponse
    from .get_org_response import GetOrgResponse
    from .get_slack_integration_channels_response import GetSlackIntegrationChannelsResponse
    from .http_log import HTTPLog
    from .http_log_item import HTTPLogItem
    from .host_mute_settings import HostMuteSettings
    from .host_tags import HostTags
    from .invalid_query_performed_response import InvalidQueryPerformedResponse
    from .list_dashboard_lists_response import ListDashboardListsResponse
    from .list_events_response import ListEventsResponse
    from .list_events_response_events_item import ListEventsResponseEventsItem
    from .list_host_tags_response import ListHostTagsResponse
    from .list_hosts_response import ListHostsResponse
    from .list_hosts_response_host_list_item import ListHostsResponseHostListItem
    from .list_hosts_response_host_list_item_meta import ListHostsResponseHostListItemMeta
    from .list_hosts_response_host_list_item_meta_install_method import ListHostsResponseHostListItemMetaInstallMethod
    from .list_hosts_response_host_list_item_metrics import ListHostsResponseHostListItemMetrics
    from .list_log_indexes_response import ListLogIndexesResponse
    from .list_logs400_response import ListLogs400Response
    from .list_logs400_response_error import ListLogs400ResponseError
    from .list_logs_response import ListLogsResponse
    from .list_logs_response_logs_item import ListLogsResponseLogsItem
    from .list_logs_response_logs_item_content import ListLogsResponseLogsItemContent
    from .list_orgs_response import ListOrgsResponse
    from .list_users_response import ListUsersResponse
    from .logs_daily_limit_reset import LogsDailyLimitReset
    from .logs_exclusion import LogsExclusion
    from .logs_exclusion_filter import LogsExclusionFilter
    from .logs_filter import LogsFilter
    from .logs_index import LogsIndex
    from .logs_index_update_request import LogsIndexUpdateRequest
    from .logs_indexes_order import LogsIndexesOrder
    from .logs_list_request import LogsListRequest
    from .logs_list_request_time import LogsListRequestTime
    from .logs_sort import LogsSort
    from .mute_host_response import MuteHostResponse
    from .organization import Organization
    from .organization_billing import OrganizationBilling
    from .organization_create_body import OrganizationCreateBody
    from .organization_settings import OrganizationSettings
    from .organization_settings_saml import OrganizationSettingsSaml
    from .organization_settings_saml_autocreate_users_domains import OrganizationSettingsSamlAutocreateUsersDomains
    from .organization_settings_saml_idp_initiated_login import OrganizationSettingsSamlIdpInitiatedLogin
    from .organization_settings_saml_strict_mode import OrganizationSettingsSamlStrictMode
    from .organization_subscription import OrganizationSubscription
    from .service_check import ServiceCheck
    from .service_check_status import ServiceCheckStatus
    from .service_checks import ServiceChecks
    from .slack_integration_channel import SlackIntegrationChannel
    from .slack_integration_channel_display import SlackIntegrationChannelDisplay
    from .submit_service_check_response import SubmitServiceCheckResponse
    from .upload_id_p_for_org_request import UploadIdPForOrgRequest
    from .upload_id_p_for_org_response import UploadIdPForOrgResponse
    from .user import User
    from .validate_response import ValidateResponse
    from .webhooks_integration import WebhooksIntegration
    from .webhooks_integration_custom_variable import WebhooksIntegrationCustomVariable
    from .webhooks_integration_custom_variable_update_request import WebhooksIntegrationCustomVariableUpdateRequest
    from .webhooks_integration_encode_as import WebhooksIntegrationEncodeAs
    from .webhooks_integration_update_request import WebhooksIntegrationUpdateRequest
