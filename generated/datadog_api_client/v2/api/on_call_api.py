"""Configure your [Datadog On-Call](https://docs.datadoghq.com/service_management/on-call/) directly through the Datadog API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_on_call_notification_rule_request import CreateOnCallNotificationRuleRequest
    from datadog_api_client.v2.model.create_user_notification_channel_request import (
        CreateUserNotificationChannelRequest,
    )
    from datadog_api_client.v2.model.escalation_policy_create_request import EscalationPolicyCreateRequest
    from datadog_api_client.v2.model.escalation_policy_update_request import EscalationPolicyUpdateRequest
    from datadog_api_client.v2.model.get_on_call_team_routing_rules_response import GetOnCallTeamRoutingRulesResponse
    from datadog_api_client.v2.model.get_team_on_call_users_response import GetTeamOnCallUsersResponse
    from datadog_api_client.v2.model.notification_channel_response import NotificationChannelResponse
    from datadog_api_client.v2.model.notification_channels_response import NotificationChannelsResponse
    from datadog_api_client.v2.model.notification_rule_response import NotificationRuleResponse
    from datadog_api_client.v2.model.notification_rules_response import NotificationRulesResponse
    from datadog_api_client.v2.model.policy_response import PolicyResponse
    from datadog_api_client.v2.model.schedule_create_request import ScheduleCreateRequest
    from datadog_api_client.v2.model.schedule_response import ScheduleResponse
    from datadog_api_client.v2.model.schedule_update_request import ScheduleUpdateRequest
    from datadog_api_client.v2.model.shift_response import ShiftResponse
    from datadog_api_client.v2.model.team_routing_rules_request import TeamRoutingRulesRequest
    from datadog_api_client.v2.model.update_on_call_notification_rule_request import UpdateOnCallNotificationRuleRequest

_CREATE_ON_CALL_ESCALATION_POLICY = Endpoint(
    name="create_on_call_escalation_policy",
    version="v2",
    method="POST",
    path="/api/v2/on-call/escalation-policies",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.escalation_policy_create_request:EscalationPolicyCreateRequest",
    responses={
        201: "v2.model.policy_response:PolicyResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_ON_CALL_SCHEDULE = Endpoint(
    name="create_on_call_schedule",
    version="v2",
    method="POST",
    path="/api/v2/on-call/schedules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.schedule_create_request:ScheduleCreateRequest",
    responses={
        201: "v2.model.schedule_response:ScheduleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_USER_NOTIFICATION_CHANNEL = Endpoint(
    name="create_user_notification_channel",
    version="v2",
    method="POST",
    path="/api/v2/on-call/users/{user_id}/notification-channels",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    body_param="body",
    body_type="v2.model.create_user_notification_channel_request:CreateUserNotificationChannelRequest",
    responses={
        201: "v2.model.notification_channel_response:NotificationChannelResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_USER_NOTIFICATION_RULE = Endpoint(
    name="create_user_notification_rule",
    version="v2",
    method="POST",
    path="/api/v2/on-call/users/{user_id}/notification-rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    body_param="body",
    body_type="v2.model.create_on_call_notification_rule_request:CreateOnCallNotificationRuleRequest",
    responses={
        201: "v2.model.notification_rule_response:NotificationRuleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_ON_CALL_ESCALATION_POLICY = Endpoint(
    name="delete_on_call_escalation_policy",
    version="v2",
    method="DELETE",
    path="/api/v2/on-call/escalation-policies/{policy_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"policy_id": "policy_id"},
    responses={
        204: None,
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_ON_CALL_SCHEDULE = Endpoint(
    name="delete_on_call_schedule",
    version="v2",
    method="DELETE",
    path="/api/v2/on-call/schedules/{schedule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"schedule_id": "schedule_id"},
    responses={
        204: None,
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_USER_NOTIFICATION_CHANNEL = Endpoint(
    name="delete_user_notification_channel",
    version="v2",
    method="DELETE",
    path="/api/v2/on-call/users/{user_id}/notification-channels/{channel_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id", "channel_id": "channel_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_USER_NOTIFICATION_RULE = Endpoint(
    name="delete_user_notification_rule",
    version="v2",
    method="DELETE",
    path="/api/v2/on-call/users/{user_id}/notification-rules/{rule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id", "rule_id": "rule_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_ON_CALL_ESCALATION_POLICY = Endpoint(
    name="get_on_call_escalation_policy",
    version="v2",
    method="GET",
    path="/api/v2/on-call/escalation-policies/{policy_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"policy_id": "policy_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.policy_response:PolicyResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_ON_CALL_SCHEDULE = Endpoint(
    name="get_on_call_schedule",
    version="v2",
    method="GET",
    path="/api/v2/on-call/schedules/{schedule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"schedule_id": "schedule_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.schedule_response:ScheduleResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_ON_CALL_TEAM_ROUTING_RULES = Endpoint(
    name="get_on_call_team_routing_rules",
    version="v2",
    method="GET",
    path="/api/v2/on-call/teams/{team_id}/routing-rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"team_id": "team_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.get_on_call_team_routing_rules_response:GetOnCallTeamRoutingRulesResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_SCHEDULE_ON_CALL_USER = Endpoint(
    name="get_schedule_on_call_user",
    version="v2",
    method="GET",
    path="/api/v2/on-call/schedules/{schedule_id}/on-call",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"schedule_id": "schedule_id"},
    query_params={"include": "include", "filter_at_ts": "filter[at_ts]"},
    responses={
        200: "v2.model.shift_response:ShiftResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_TEAM_ON_CALL_USERS = Endpoint(
    name="get_team_on_call_users",
    version="v2",
    method="GET",
    path="/api/v2/on-call/teams/{team_id}/on-call",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"team_id": "team_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.get_team_on_call_users_response:GetTeamOnCallUsersResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_USER_NOTIFICATION_CHANNEL = Endpoint(
    name="get_user_notification_channel",
    version="v2",
    method="GET",
    path="/api/v2/on-call/users/{user_id}/notification-channels/{channel_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id", "channel_id": "channel_id"},
    responses={
        200: "v2.model.notification_channel_response:NotificationChannelResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_USER_NOTIFICATION_RULE = Endpoint(
    name="get_user_notification_rule",
    version="v2",
    method="GET",
    path="/api/v2/on-call/users/{user_id}/notification-rules/{rule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id", "rule_id": "rule_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.notification_rule_response:NotificationRuleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_USER_NOTIFICATION_CHANNELS = Endpoint(
    name="list_user_notification_channels",
    version="v2",
    method="GET",
    path="/api/v2/on-call/users/{user_id}/notification-channels",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    responses={
        200: "v2.model.notification_channels_response:NotificationChannelsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_USER_NOTIFICATION_RULES = Endpoint(
    name="list_user_notification_rules",
    version="v2",
    method="GET",
    path="/api/v2/on-call/users/{user_id}/notification-rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.notification_rules_response:NotificationRulesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SET_ON_CALL_TEAM_ROUTING_RULES = Endpoint(
    name="set_on_call_team_routing_rules",
    version="v2",
    method="PUT",
    path="/api/v2/on-call/teams/{team_id}/routing-rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"team_id": "team_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.team_routing_rules_request:TeamRoutingRulesRequest",
    responses={
        200: "v2.model.get_on_call_team_routing_rules_response:GetOnCallTeamRoutingRulesResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_ON_CALL_ESCALATION_POLICY = Endpoint(
    name="update_on_call_escalation_policy",
    version="v2",
    method="PUT",
    path="/api/v2/on-call/escalation-policies/{policy_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"policy_id": "policy_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.escalation_policy_update_request:EscalationPolicyUpdateRequest",
    responses={
        200: "v2.model.policy_response:PolicyResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_ON_CALL_SCHEDULE = Endpoint(
    name="update_on_call_schedule",
    version="v2",
    method="PUT",
    path="/api/v2/on-call/schedules/{schedule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"schedule_id": "schedule_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.schedule_update_request:ScheduleUpdateRequest",
    responses={
        200: "v2.model.schedule_response:ScheduleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_USER_NOTIFICATION_RULE = Endpoint(
    name="update_user_notification_rule",
    version="v2",
    method="PUT",
    path="/api/v2/on-call/users/{user_id}/notification-rules/{rule_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id", "rule_id": "rule_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.update_on_call_notification_rule_request:UpdateOnCallNotificationRuleRequest",
    responses={
        200: "v2.model.notification_rule_response:NotificationRuleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class OnCallApi:
    """Configure your [Datadog On-Call](https://docs.datadoghq.com/service_management/on-call/) directly through the Datadog API."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_on_call_escalation_policy(
        self,
        body: EscalationPolicyCreateRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> PolicyResponse:
        """Create On-Call escalation policy

        Create a new On-Call escalation policy This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _CREATE_ON_CALL_ESCALATION_POLICY,
            {
                "body": body,
                "include": include,
            },
        )

    def create_on_call_schedule(
        self,
        body: ScheduleCreateRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> ScheduleResponse:
        """Create On-Call schedule

        Create a new On-Call schedule This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _CREATE_ON_CALL_SCHEDULE,
            {
                "body": body,
                "include": include,
            },
        )

    def create_user_notification_channel(
        self,
        user_id: str,
        body: CreateUserNotificationChannelRequest | dict[str, Any],
    ) -> NotificationChannelResponse:
        """Create an On-Call notification channel for a user

        Create a new notification channel for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_respond` permission.
        """
        return self.api_client.call(
            _CREATE_USER_NOTIFICATION_CHANNEL,
            {
                "user_id": user_id,
                "body": body,
            },
        )

    def create_user_notification_rule(
        self,
        user_id: str,
        body: CreateOnCallNotificationRuleRequest | dict[str, Any],
    ) -> NotificationRuleResponse:
        """Create an On-Call notification rule for a user

        Create a new notification rule for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_respond` permission.
        """
        return self.api_client.call(
            _CREATE_USER_NOTIFICATION_RULE,
            {
                "user_id": user_id,
                "body": body,
            },
        )

    def delete_on_call_escalation_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete On-Call escalation policy

        Delete an On-Call escalation policy This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _DELETE_ON_CALL_ESCALATION_POLICY,
            {
                "policy_id": policy_id,
            },
        )

    def delete_on_call_schedule(
        self,
        schedule_id: str,
    ) -> None:
        """Delete On-Call schedule

        Delete an On-Call schedule This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _DELETE_ON_CALL_SCHEDULE,
            {
                "schedule_id": schedule_id,
            },
        )

    def delete_user_notification_channel(
        self,
        user_id: str,
        channel_id: str,
    ) -> None:
        """Delete an On-Call notification channel for a user

        Delete a notification channel for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_respond` permission.
        """
        return self.api_client.call(
            _DELETE_USER_NOTIFICATION_CHANNEL,
            {
                "user_id": user_id,
                "channel_id": channel_id,
            },
        )

    def delete_user_notification_rule(
        self,
        user_id: str,
        rule_id: str,
    ) -> None:
        """Delete an On-Call notification rule for a user

        Delete a notification rule for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_respond` permission.
        """
        return self.api_client.call(
            _DELETE_USER_NOTIFICATION_RULE,
            {
                "user_id": user_id,
                "rule_id": rule_id,
            },
        )

    def get_on_call_escalation_policy(
        self,
        policy_id: str,
        *,
        include: str | None = None,
    ) -> PolicyResponse:
        """Get On-Call escalation policy

        Get an On-Call escalation policy This endpoint requires the `on_call_read` permission."""
        return self.api_client.call(
            _GET_ON_CALL_ESCALATION_POLICY,
            {
                "policy_id": policy_id,
                "include": include,
            },
        )

    def get_on_call_schedule(
        self,
        schedule_id: str,
        *,
        include: str | None = None,
    ) -> ScheduleResponse:
        """Get On-Call schedule

        Get an On-Call schedule This endpoint requires the `on_call_read` permission."""
        return self.api_client.call(
            _GET_ON_CALL_SCHEDULE,
            {
                "schedule_id": schedule_id,
                "include": include,
            },
        )

    def get_on_call_team_routing_rules(
        self,
        team_id: str,
        *,
        include: str | None = None,
    ) -> GetOnCallTeamRoutingRulesResponse:
        """Get On-Call team routing rules

        Get a team's On-Call routing rules This endpoint requires the `on_call_read` permission."""
        return self.api_client.call(
            _GET_ON_CALL_TEAM_ROUTING_RULES,
            {
                "team_id": team_id,
                "include": include,
            },
        )

    def get_schedule_on_call_user(
        self,
        schedule_id: str,
        *,
        include: str | None = None,
        filter_at_ts: str | None = None,
    ) -> ShiftResponse:
        """Get scheduled on-call user

        Retrieves the user who is on-call for the specified schedule at a given time. This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _GET_SCHEDULE_ON_CALL_USER,
            {
                "schedule_id": schedule_id,
                "include": include,
                "filter_at_ts": filter_at_ts,
            },
        )

    def get_team_on_call_users(
        self,
        team_id: str,
        *,
        include: str | None = None,
    ) -> GetTeamOnCallUsersResponse:
        """Get team on-call users

        Get a team's on-call users at a given time This endpoint requires the `on_call_read` permission."""
        return self.api_client.call(
            _GET_TEAM_ON_CALL_USERS,
            {
                "team_id": team_id,
                "include": include,
            },
        )

    def get_user_notification_channel(
        self,
        user_id: str,
        channel_id: str,
    ) -> NotificationChannelResponse:
        """Get an On-Call notification channel for a user

        Get a notification channel for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _GET_USER_NOTIFICATION_CHANNEL,
            {
                "user_id": user_id,
                "channel_id": channel_id,
            },
        )

    def get_user_notification_rule(
        self,
        user_id: str,
        rule_id: str,
        *,
        include: str | None = None,
    ) -> NotificationRuleResponse:
        """Get an On-Call notification rule for a user

        Get a notification rule for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _GET_USER_NOTIFICATION_RULE,
            {
                "user_id": user_id,
                "rule_id": rule_id,
                "include": include,
            },
        )

    def list_user_notification_channels(
        self,
        user_id: str,
    ) -> NotificationChannelsResponse:
        """List On-Call notification channels for a user

        List the notification channels for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _LIST_USER_NOTIFICATION_CHANNELS,
            {
                "user_id": user_id,
            },
        )

    def list_user_notification_rules(
        self,
        user_id: str,
        *,
        include: str | None = None,
    ) -> NotificationRulesResponse:
        """List On-Call notification rules for a user

        List the notification rules for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _LIST_USER_NOTIFICATION_RULES,
            {
                "user_id": user_id,
                "include": include,
            },
        )

    def set_on_call_team_routing_rules(
        self,
        team_id: str,
        body: TeamRoutingRulesRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> GetOnCallTeamRoutingRulesResponse:
        """Set On-Call team routing rules

        Set a team's On-Call routing rules This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _SET_ON_CALL_TEAM_ROUTING_RULES,
            {
                "team_id": team_id,
                "body": body,
                "include": include,
            },
        )

    def update_on_call_escalation_policy(
        self,
        policy_id: str,
        body: EscalationPolicyUpdateRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> PolicyResponse:
        """Update On-Call escalation policy

        Update an On-Call escalation policy This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _UPDATE_ON_CALL_ESCALATION_POLICY,
            {
                "policy_id": policy_id,
                "body": body,
                "include": include,
            },
        )

    def update_on_call_schedule(
        self,
        schedule_id: str,
        body: ScheduleUpdateRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> ScheduleResponse:
        """Update On-Call schedule

        Update a new On-Call schedule This endpoint requires the `on_call_write` permission."""
        return self.api_client.call(
            _UPDATE_ON_CALL_SCHEDULE,
            {
                "schedule_id": schedule_id,
                "body": body,
                "include": include,
            },
        )

    def update_user_notification_rule(
        self,
        user_id: str,
        rule_id: str,
        body: UpdateOnCallNotificationRuleRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> NotificationRuleResponse:
        """Update an On-Call notification rule for a user

        Update a notification rule for a user. The authenticated user must be the target user or have the `on_call_admin` permission This endpoint requires the `on_call_read` permission.
        """
        return self.api_client.call(
            _UPDATE_USER_NOTIFICATION_RULE,
            {
                "user_id": user_id,
                "rule_id": rule_id,
                "body": body,
                "include": include,
            },
        )
