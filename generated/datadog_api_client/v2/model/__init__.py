"""Models of the Datadog API v2.

Names are imported on first use (PEP 562), so importing this package costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "APIErrorResponse": "api_error_response",
    "APIErrorResponse2": "api_error_response2",
    "APIErrorResponseErrorsItem": "api_error_response_errors_item",
    "APIErrorResponseErrorsItemSource": "api_error_response_errors_item_source",
    "AggregateCIAppPipelineEventsResponse": "aggregate_ci_app_pipeline_events_response",
    "AggregateCIAppPipelineEventsResponseData": "aggregate_ci_app_pipeline_events_response_data",
    "AggregateCIAppPipelineEventsResponseDataBucketsItem": "aggregate_ci_app_pipeline_events_response_data_buckets_item",
    "AggregateCIAppPipelineEventsResponseDataBucketsItemComputesValueOption3Item": "aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item",
    "AggregateCIAppPipelineEventsResponseMeta": "aggregate_ci_app_pipeline_events_response_meta",
    "AggregateLogsResponse": "aggregate_logs_response",
    "AggregateLogsResponseData": "aggregate_logs_response_data",
    "AggregateLogsResponseDataBucketsItem": "aggregate_logs_response_data_buckets_item",
    "AggregateLogsResponseDataBucketsItemComputesValueOption3Item": "aggregate_logs_response_data_buckets_item_computes_value_option3_item",
    "AggregateRUMEventsResponse": "aggregate_rum_events_response",
    "AggregateRUMEventsResponseData": "aggregate_rum_events_response_data",
    "AggregateRUMEventsResponseDataBucketsItem": "aggregate_rum_events_response_data_buckets_item",
    "ApplicationKey": "application_key",
    "ApplicationKeyAttributes": "application_key_attributes",
    "ApplicationKeyCreateAttributes": "application_key_create_attributes",
    "ApplicationKeyCreateData": "application_key_create_data",
    "ApplicationKeyCreateRequest": "application_key_create_request",
    "ApplicationKeyRelationships": "application_key_relationships",
    "ApplicationKeyResponse": "application_key_response",
    "ApplicationKeyUpdateAttributes": "application_key_update_attributes",
    "ApplicationKeyUpdateData": "application_key_update_data",
    "ApplicationKeyUpdateRequest": "application_key_update_request",
    "ApplicationKeysResponse": "application_keys_response",
    "ApplicationKeysResponseMeta": "application_keys_response_meta",
    "ApplicationKeysResponseMetaPage": "application_keys_response_meta_page",
    "ApplicationKeysType": "application_keys_type",
    "Audit": "audit",
    "AuditAttributes": "audit_attributes",
    "AuditLogsQueryFilter": "audit_logs_query_filter",
    "AuditLogsQueryOptions": "audit_logs_query_options",
    "AuditLogsQueryPageOptions": "audit_logs_query_page_options",
    "AuditLogsSearchEventsRequest": "audit_logs_search_events_request",
    "AuditLogsSort": "audit_logs_sort",
    "AuditType": "audit_type",
    "AuditsResponse": "audits_response",
    "AuditsResponseLinks": "audits_response_links",
    "AuditsResponseMeta": "audits_response_meta",
    "AuditsResponseMetaPage": "audits_response_meta_page",
    "AuditsResponseMetaStatus": "audits_response_meta_status",
    "AuditsResponseMetaWarningsItem": "audits_response_meta_warnings_item",
    "CIAppAggregationFunction": "ci_app_aggregation_function",
    "CIAppCompute": "ci_app_compute",
    "CIAppComputeType": "ci_app_compute_type",
    "CIAppCreatePipelineEventRequest": "ci_app_create_pipeline_event_request",
    "CIAppCreatePipelineEventRequestAttributes": "ci_app_create_pipeline_event_request_attributes",
    "CIAppCreatePipelineEventRequestAttributesResourceOption2": "ci_app_create_pipeline_event_request_attributes_resource_option2",
    "CIAppCreatePipelineEventRequestAttributesResourceOption2Level": "ci_app_create_pipeline_event_request_attributes_resource_option2_level",
    "CIAppCreatePipelineEventRequestAttributesResourceOption3": "ci_app_create_pipeline_event_request_attributes_resource_option3",
    "CIAppCreatePipelineEventRequestAttributesResourceOption3Level": "ci_app_create_pipeline_event_request_attributes_resource_option3_level",
    "CIAppCreatePipelineEventRequestAttributesResourceOption4": "ci_app_create_pipeline_event_request_attributes_resource_option4",
    "CIAppCreatePipelineEventRequestAttributesResourceOption4Level": "ci_app_create_pipeline_event_request_attributes_resource_option4_level",
    "CIAppCreatePipelineEventRequestData": "ci_app_create_pipeline_event_request_data",
    "CIAppCreatePipelineEventRequestDataType": "ci_app_create_pipeline_event_request_data_type",
    "CIAppGitInfo": "ci_app_git_info",
    "CIAppPipelineEventFinishedPipeline": "ci_app_pipeline_event_finished_pipeline",
    "CIAppPipelineEventFinishedPipelineError": "ci_app_pipeline_event_finished_pipeline_error",
    "CIAppPipelineEventFinishedPipelineErrorDomain": "ci_app_pipeline_event_finished_pipeline_error_domain",
    "CIAppPipelineEventFinishedPipelineNode": "ci_app_pipeline_event_finished_pipeline_node",
    "CIAppPipelineEventFinishedPipelineParentPipeline": "ci_app_pipeline_event_finished_pipeline_parent_pipeline",
    "CIAppPipelineEventInProgressPipeline": "ci_app_pipeline_event_in_progress_pipeline",
    "CIAppPipelineEventInProgressPipelineStatus": "ci_app_pipeline_event_in_progress_pipeline_status",
    "CIAppPipelineEventPipelineLevel": "ci_app_pipeline_event_pipeline_level",
    "CIAppPipelineEventPipelineStatus": "ci_app_pipeline_event_pipeline_status",
    "CIAppPipelineEventsRequest": "ci_app_pipeline_events_request",
    "CIAppPipelinesAggregateRequest": "ci_app_pipelines_aggregate_request",
    "CIAppPipelinesGroupBy": "ci_app_pipelines_group_by",
    "CIAppPipelinesGroupByHistogram": "ci_app_pipelines_group_by_histogram",
    "CIAppPipelinesGroupBySort": "ci_app_pipelines_group_by_sort",
    "CIAppPipelinesQueryFilter": "ci_app_pipelines_query_filter",
    "CIAppQueryOptions": "ci_app_query_options",
    "CIAppQueryPageOptions": "ci_app_query_page_options",
    "CIAppSort": "ci_app_sort",
    "ChangeEventCustomAttributes": "change_event_custom_attributes",
    "ChangeEventCustomAttributesAuthor": "change_event_custom_attributes_author",
    "ChangeEventCustomAttributesAuthorType": "change_event_custom_attributes_author_type",
    "ChangeEventCustomAttributesChangedResource": "change_event_custom_attributes_changed_resource",
    "ChangeEventCustomAttributesChangedResourceType": "change_event_custom_attributes_changed_resource_type",
    "ChangeEventCustomAttributesImpactedResourcesItems": "change_event_custom_attributes_impacted_resources_items",
    "ChangeEventCustomAttributesImpactedResourcesItemsType": "change_event_custom_attributes_impacted_resources_items_type",
    "Cipipeline": "cipipeline",
    "CipipelineAttributes": "cipipeline_attributes",
    "CipipelineAttributesCiLevel": "cipipeline_attributes_ci_level",
    "CipipelineType": "cipipeline_type",
    "CipipelinesResponse": "cipipelines_response",
    "Component": "component",
    "ComponentAttributes": "component_attributes",
    "ComponentRelationships": "component_relationships",
    "ComponentResponse": "component_response",
    "ComponentsResponse": "components_response",
    "CreateComponentRequest": "create_component_request",
    "CreateComponentRequestData": "create_component_request_data",
    "CreateComponentRequestDataAttributes": "create_component_request_data_attributes",
    "CreateComponentRequestDataAttributesComponentsItem": "create_component_request_data_attributes_components_item",
    "CreateComponentRequestDataRelationships": "create_component_request_data_relationships",
    "CreateComponentRequestDataRelationshipsGroup": "create_component_request_data_relationships_group",
    "CreateComponentRequestDataRelationshipsGroupData": "create_component_request_data_relationships_group_data",
    "CreateComponentRequestDataRelationshipsGroupDataType": "create_component_request_data_relationships_group_data_type",
    "CreateDORADeploymentResponse": "create_dora_deployment_response",
    "CreateDORADeploymentResponseData": "create_dora_deployment_response_data",
    "CreateDORADeploymentResponseDataType": "create_dora_deployment_response_data_type",
    "CreateDORAFailureResponse": "create_dora_failure_response",
    "CreateDORAFailureResponseData": "create_dora_failure_response_data",
    "CreateDORAFailureResponseDataType": "create_dora_failure_response_data_type",
    "CreateDashboardListItemsResponse": "create_dashboard_list_items_response",
    "CreateDegradationRequest": "create_degradation_request",
    "CreateDegradationRequestData": "create_degradation_request_data",
    "CreateDegradationRequestDataAttributes": "create_degradation_request_data_attributes",
    "CreateDegradationRequestDataAttributesComponentsAffectedItem": "create_degradation_request_data_attributes_components_affected_item",
    "CreateDegradationRequestDataAttributesStatus": "create_degradation_request_data_attributes_status",
    "CreateDegradationRequestDataType": "create_degradation_request_data_type",
    "CreateDeploymentGateParams": "create_deployment_gate_params",
    "CreateDeploymentGateParamsData": "create_deployment_gate_params_data",
    "CreateDeploymentGateParamsDataAttributes": "create_deployment_gate_params_data_attributes",
    "CreateDeploymentRuleParams": "create_deployment_rule_params",
    "CreateDeploymentRuleParamsData": "create_deployment_rule_params_data",
    "CreateDeploymentRuleParamsDataAttributes": "create_deployment_rule_params_data_attributes",
    "CreateDeploymentRuleParamsDataAttributesOptionsOption2": "create_deployment_rule_params_data_attributes_options_option2",
    "CreateEmailNotificationChannelConfig": "create_email_notification_channel_config",
    "CreateEventResponse": "create_event_response",
    "CreateEventResponseData": "create_event_response_data",
    "CreateEventResponseDataAttributes": "create_event_response_data_attributes",
    "CreateEventResponseDataAttributesAttributes": "create_event_response_data_attributes_attributes",
    "CreateEventResponseDataAttributesAttributesEvt": "create_event_response_data_attributes_attributes_evt",
    "CreateEventResponseLinks": "create_event_response_links",
    "CreateLogsArchiveResponse": "create_logs_archive_response",
    "CreateNotificationChannelAttributes": "create_notification_channel_attributes",
    "CreateNotificationChannelAttributesConfigOption1": "create_notification_channel_attributes_config_option1",
    "CreateNotificationChannelAttributesConfigOption1Type": "create_notification_channel_attributes_config_option1_type",
    "CreateNotificationChannelData": "create_notification_channel_data",
    "CreateOnCallNotificationRuleRequest": "create_on_call_notification_rule_request",
    "CreateOnCallNotificationRuleRequestData": "create_on_call_notification_rule_request_data",
    "CreatePowerpackResponse": "create_powerpack_response",
    "CreateRoleResponse": "create_role_response",
    "CreateRoleResponseData": "create_role_response_data",
    "CreateServiceAccountApplicationKeyResponse": "create_service_account_application_key_response",
    "CreateServiceAccountApplicationKeyResponseData": "create_service_account_application_key_response_data",
    "CreateServiceAccountApplicationKeyResponseDataAttributes": "create_service_account_application_key_response_data_attributes",
    "CreateStatusPageRequest": "create_status_page_request",
    "CreateStatusPageRequestData": "create_status_page_request_data",
    "CreateStatusPageRequestDataAttributes": "create_status_page_request_data_attributes",
    "CreateStatusPageRequestDataAttributesComponentsItem": "create_status_page_request_data_attributes_components_item",
    "CreateStatusPageRequestDataAttributesComponentsItemComponentsItem": "create_status_page_request_data_attributes_components_item_components_item",
    "CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus": "create_status_page_request_data_attributes_components_item_components_item_status",
    "CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType": "create_status_page_request_data_attributes_components_item_components_item_type",
    "CreateStatusPageRequestDataAttributesComponentsItemType": "create_status_page_request_data_attributes_components_item_type",
    "CreateStatusPageRequestDataAttributesType": "create_status_page_request_data_attributes_type",
    "CreateStatusPageRequestDataAttributesVisualizationType": "create_status_page_request_data_attributes_visualization_type",
    "CreateStatusPageRequestDataType": "create_status_page_request_data_type",
    "CreateUserNotificationChannelRequest": "create_user_notification_channel_request",
    "DORADeploymentPatchRemediation": "dora_deployment_patch_remediation",
    "DORADeploymentPatchRemediationType": "dora_deployment_patch_remediation_type",
    "DORADeploymentPatchRequest": "dora_deployment_patch_request",
    "DORADeploymentPatchRequestAttributes": "dora_deployment_patch_request_attributes",
    "DORADeploymentPatchRequestData": "dora_deployment_patch_request_data",
    "DORADeploymentPatchRequestDataType": "dora_deployment_patch_request_data_type",
    "DORADeploymentRequest": "dora_deployment_request",
    "DORADeploymentRequestAttributes": "dora_deployment_request_attributes",
    "DORADeploymentRequestData": "dora_deployment_request_data",
    "DORAFailureRequest": "dora_failure_request",
    "DORAFailureRequestAttributes": "dora_failure_request_attributes",
    "DORAFailureRequestData": "dora_failure_request_data",
    "DORAGitInfo": "dora_git_info",
    "DORAListDeploymentsRequest": "dora_list_deployments_request",
    "DORAListDeploymentsRequestAttributes": "dora_list_deployments_request_attributes",
    "DORAListDeploymentsRequestData": "dora_list_deployments_request_data",
    "DORAListDeploymentsRequestDataType": "dora_list_deployments_request_data_type",
    "DORAListFailuresRequest": "dora_list_failures_request",
    "DORAListFailuresRequestAttributes": "dora_list_failures_request_attributes",
    "DORAListFailuresRequestData": "dora_list_failures_request_data",
    "DORAListFailuresRequestDataType": "dora_list_failures_request_data_type",
    "DashboardListAddItemsRequest": "dashboard_list_add_items_request",
    "DashboardListDeleteItemsRequest": "dashboard_list_delete_items_request",
    "DashboardListItemRequest": "dashboard_list_item_request",
    "DashboardListUpdateItemsRequest": "dashboard_list_update_items_request",
    "DashboardType": "dashboard_type",
    "DataRelationshipsTeams": "data_relationships_teams",
    "DataRelationshipsTeamsDataItems": "data_relationships_teams_data_items",
    "DataRelationshipsTeamsDataItemsType": "data_relationships_teams_data_items_type",
    "Degradation": "degradation",
    "DegradationAttributes": "degradation_attributes",
    "DegradationAttributesUpdatesItem": "degradation_attributes_updates_item",
    "DegradationRelationships": "degradation_relationships",
    "DegradationRelationshipsStatusPage": "degradation_relationships_status_page",
    "DegradationRelationshipsStatusPageData": "degradation_relationships_status_page_data",
    "DegradationResponse": "degradation_response",
    "DegradationsResponse": "degradations_response",
    "DeleteDashboardListItemsResponse": "delete_dashboard_list_items_response",
    "DeploymentGate": "deployment_gate",
    "DeploymentGateAttributes": "deployment_gate_attributes",
    "DeploymentGateAttributesCreatedBy": "deployment_gate_attributes_created_by",
    "DeploymentGateDataType": "deployment_gate_data_type",
    "DeploymentGateResponse": "deployment_gate_response",
    "DeploymentRule": "deployment_rule",
    "DeploymentRuleDataType": "deployment_rule_data_type",
    "DeploymentRuleOptionsFaultyDeploymentDetection": "deployment_rule_options_faulty_deployment_detection",
    "DeploymentRuleResponse": "deployment_rule_response",
    "DoraDeployment": "dora_deployment",
    "DoraDeploymentAttributes": "dora_deployment_attributes",
    "DoraDeploymentResponse": "dora_deployment_response",
    "DoraDeploymentsResponse": "dora_deployments_response",
    "DoraFailure": "dora_failure",
    "DoraFailureAttributes": "dora_failure_attributes",
    "DoraFailureResponse": "dora_failure_response",
    "DoraFailuresResponse": "dora_failures_response",
    "ErrorsOccurredResponse": "errors_occurred_response",
    "ErrorsOccurredResponseErrorsItem": "errors_occurred_response_errors_item",
    "EscalationPolicyCreateRequest": "escalation_policy_create_request",
    "EscalationPolicyCreateRequestData": "escalation_policy_create_request_data",
    "EscalationPolicyCreateRequestDataAttributes": "escalation_policy_create_request_data_attributes",
    "EscalationPolicyCreateRequestDataAttributesStepsItems": "escalation_policy_create_request_data_attributes_steps_items",
    "EscalationPolicyCreateRequestDataRelationships": "escalation_policy_create_request_data_relationships",
    "EscalationPolicyCreateRequestDataType": "escalation_policy_create_request_data_type",
    "EscalationPolicyStepAttributesAssignment": "escalation_policy_step_attributes_assignment",
    "EscalationPolicyStepTarget": "escalation_policy_step_target",
    "EscalationPolicyStepTargetConfig": "escalation_policy_step_target_config",
    "EscalationPolicyStepTargetConfigSchedule": "escalation_policy_step_target_config_schedule",
    "EscalationPolicyStepTargetType": "escalation_policy_step_target_type",
    "EscalationPolicyUpdateRequest": "escalation_policy_update_request",
    "EscalationPolicyUpdateRequestData": "escalation_policy_update_request_data",
    "EscalationPolicyUpdateRequestDataAttributes": "escalation_policy_update_request_data_attributes",
    "EscalationPolicyUpdateRequestDataAttributesStepsItems": "escalation_policy_update_request_data_attributes_steps_items",
    "EscalationPolicyUpdateRequestDataRelationships": "escalation_policy_update_request_data_relationships",
    "EscalationPolicyUpdateRequestDataType": "escalation_policy_update_request_data_type",
    "Event": "event",
    "EventAttributes": "event_attributes",
    "EventAttributesAttributes": "event_attributes_attributes",
    "EventAttributesAttributesEvt": "event_attributes_attributes_evt",
    "EventAttributesAttributesMonitor": "event_attributes_attributes_monitor",
    "EventAttributesAttributesPriority": "event_attributes_attributes_priority",
    "EventAttributesAttributesStatus": "event_attributes_attributes_status",
    "EventCategory": "event_category",
    "EventCreateRequest": "event_create_request",
    "EventCreateRequestPayload": "event_create_request_payload",
    "EventCreateRequestType": "event_create_request_type",
    "EventPayload": "event_payload",
    "EventPayloadAttributesOption2": "event_payload_attributes_option2",
    "EventPayloadAttributesOption2LinksItem": "event_payload_attributes_option2_links_item",
    "EventPayloadAttributesOption2LinksItemCategory": "event_payload_attributes_option2_links_item_category",
    "EventPayloadAttributesOption2Priority": "event_payload_attributes_option2_priority",
    "EventPayloadAttributesOption2Status": "event_payload_attributes_option2_status",
    "EventPayloadIntegrationId": "event_payload_integration_id",
    "EventsListRequest": "events_list_request",
    "EventsQueryFilter": "events_query_filter",
    "EventsQueryOptions": "events_query_options",
    "EventsRequestPage": "events_request_page",
    "EventsResponse": "events_response",
    "EventsResponseMeta": "events_response_meta",
    "EventsSort": "events_sort",
    "FastlyAccount": "fastly_account",
    "FastlyAccountAttributes": "fastly_account_attributes",
    "FastlyAccountCreateRequest": "fastly_account_create_request",
    "FastlyAccountCreateRequestAttributes": "fastly_account_create_request_attributes",
    "FastlyAccountCreateRequestAttributesServicesItem": "fastly_account_create_request_attributes_services_item",
    "FastlyAccountCreateRequestData": "fastly_account_create_request_data",
    "FastlyAccountResponse": "fastly_account_response",
    "FastlyAccountType": "fastly_account_type",
    "FastlyAccountUpdateRequest": "fastly_account_update_request",
    "FastlyAccountUpdateRequestAttributes": "fastly_account_update_request_attributes",
    "FastlyAccountUpdateRequestData": "fastly_account_update_request_data",
    "FastlyAccountsResponse": "fastly_accounts_response",
    "FastlyServiceAttributes": "fastly_service_attributes",
    "FastlyServiceData": "fastly_service_data",
    "FastlyServiceRequest": "fastly_service_request",
    "FastlyServiceResponse": "fastly_service_response",
    "FastlyServiceType": "fastly_service_type",
    "FastlyServicesResponse": "fastly_services_response",
    "GetDashboardListItemsResponse": "get_dashboard_list_items_response",
    "GetDashboardListItemsResponseDashboardsItem": "get_dashboard_list_items_response_dashboards_item",
    "GetDashboardListItemsResponseDashboardsItemAuthor": "get_dashboard_list_items_response_dashboards_item_author",
    "GetEventResponse": "get_event_response",
    "GetEventResponseData": "get_event_response_data",
    "GetEventResponseDataAttributes": "get_event_response_data_attributes",
    "GetEventResponseDataAttributesAttributesOption1": "get_event_response_data_attributes_attributes_option1",
    "GetEventResponseDataAttributesAttributesOption1Author": "get_event_response_data_attributes_attributes_option1_author",
    "GetEventResponseDataAttributesAttributesOption1ChangedResource": "get_event_response_data_attributes_attributes_option1_changed_resource",
    "GetEventResponseDataAttributesAttributesOption1Evt": "get_event_response_data_attributes_attributes_option1_evt",
    "GetEventResponseDataAttributesAttributesOption1ImpactedResourcesItem": "get_event_response_data_attributes_attributes_option1_impacted_resources_item",
    "GetEventResponseDataAttributesAttributesOption2": "get_event_response_data_attributes_attributes_option2",
    "GetEventResponseDataAttributesAttributesOption2LinksItem": "get_event_response_data_attributes_attributes_option2_links_item",
    "GetEventResponseDataAttributesAttributesOption2LinksItemCategory": "get_event_response_data_attributes_attributes_option2_links_item_category",
    "GetOnCallTeamRoutingRulesResponse": "get_on_call_team_routing_rules_response",
    "GetOnCallTeamRoutingRulesResponseData": "get_on_call_team_routing_rules_response_data",
    "GetOnCallTeamRoutingRulesResponseDataRelationships": "get_on_call_team_routing_rules_response_data_relationships",
    "GetOnCallTeamRoutingRulesResponseDataRelationshipsRules": "get_on_call_team_routing_rules_response_data_relationships_rules",
    "GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem": "get_on_call_team_routing_rules_response_data_relationships_rules_data_item",
    "GetOpenAPIResponse": "get_open_api_response",
    "GetTeamOnCallUsersResponse": "get_team_on_call_users_response",
    "GetTeamOnCallUsersResponseData": "get_team_on_call_users_response_data",
    "GetTeamOnCallUsersResponseDataRelationships": "get_team_on_call_users_response_data_relationships",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalations": "get_team_on_call_users_response_data_relationships_escalations",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItem": "get_team_on_call_users_response_data_relationships_escalations_data_item",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType": "get_team_on_call_users_response_data_relationships_escalations_data_item_type",
    "GetTeamOnCallUsersResponseDataRelationshipsResponders": "get_team_on_call_users_response_data_relationships_responders",
    "GetTeamOnCallUsersResponseDataType": "get_team_on_call_users_response_data_type",
    "GetTeamOnCallUsersResponseIncludedItemOption2": "get_team_on_call_users_response_included_item_option2",
    "GetTeamOnCallUsersResponseIncludedItemOption2Relationships": "get_team_on_call_users_response_included_item_option2_relationships",
    "HTTPLog": "http_log",
    "HTTPLogItem": "http_log_item",
    "Layer": "layer",
    "LayerAttributes": "layer_attributes",
    "LayerAttributesInterval": "layer_attributes_interval",
    "LayerRelationships": "layer_relationships",
    "LayerRelationshipsMembers": "layer_relationships_members",
    "LayerRelationshipsMembersDataItem": "layer_relationships_members_data_item",
    "LayerRelationshipsMembersDataItemType": "layer_relationships_members_data_item_type",
    "LeakedKey": "leaked_key",
    "LeakedKeyAttributes": "leaked_key_attributes",
    "LeakedKeyType": "leaked_key_type",
    "ListAPIsResponse": "list_ap_is_response",
    "ListAPIsResponseDataItem": "list_ap_is_response_data_item",
    "ListAPIsResponseDataItemAttributes": "list_ap_is_response_data_item_attributes",
    "ListAPIsResponseMeta": "list_ap_is_response_meta",
    "ListAPIsResponseMetaPagination": "list_ap_is_response_meta_pagination",
    "ListDeploymentRule": "list_deployment_rule",
    "ListDeploymentRuleAttributes": "list_deployment_rule_attributes",
    "ListDeploymentRuleAttributesRulesItem": "list_deployment_rule_attributes_rules_item",
    "ListDeploymentRuleAttributesRulesItemType": "list_deployment_rule_attributes_rules_item_type",
    "ListDeploymentRuleResponse": "list_deployment_rule_response",
    "ListDeploymentRuleType": "list_deployment_rule_type",
    "ListLogsArchivesResponse": "list_logs_archives_response",
    "ListLogsArchivesResponseDataItem": "list_logs_archives_response_data_item",
    "ListLogsArchivesResponseDataItemAttributes": "list_logs_archives_response_data_item_attributes",
    "ListLogsArchivesResponseDataItemAttributesState": "list_logs_archives_response_data_item_attributes_state",
    "ListPowerpacksResponse": "list_powerpacks_response",
    "ListPowerpacksResponseLinks": "list_powerpacks_response_links",
    "ListPowerpacksResponseMeta": "list_powerpacks_response_meta",
    "ListPowerpacksResponseMetaPagination": "list_powerpacks_response_meta_pagination",
    "ListRoleTemplatesResponse": "list_role_templates_response",
    "ListRoleTemplatesResponseDataItem": "list_role_templates_response_data_item",
    "ListRoleTemplatesResponseDataItemAttributes": "list_role_templates_response_data_item_attributes",
    "Log": "log",
    "LogAttributes": "log_attributes",
    "LogType": "log_type",
    "LogsAggregateRequest": "logs_aggregate_request",
    "LogsAggregateRequestPage": "logs_aggregate_request_page",
    "LogsAggregateSort": "logs_aggregate_sort",
    "LogsAggregateSortType": "logs_aggregate_sort_type",
    "LogsAggregationFunction": "logs_aggregation_function",
    "LogsArchiveCreateRequest": "logs_archive_create_request",
    "LogsArchiveCreateRequestAttributes": "logs_archive_create_request_attributes",
    "LogsArchiveCreateRequestAttributesDestinationOption2": "logs_archive_create_request_attributes_destination_option2",
    "LogsArchiveCreateRequestAttributesDestinationOption2Integration": "logs_archive_create_request_attributes_destination_option2_integration",
    "LogsArchiveCreateRequestAttributesDestinationOption2Type": "logs_archive_create_request_attributes_destination_option2_type",
    "LogsArchiveCreateRequestAttributesDestinationOption3": "logs_archive_create_request_attributes_destination_option3",
    "LogsArchiveCreateRequestAttributesDestinationOption3Encryption": "logs_archive_create_request_attributes_destination_option3_encryption",
    "LogsArchiveCreateRequestAttributesDestinationOption3EncryptionType": "logs_archive_create_request_attributes_destination_option3_encryption_type",
    "LogsArchiveCreateRequestAttributesDestinationOption3Integration": "logs_archive_create_request_attributes_destination_option3_integration",
    "LogsArchiveCreateRequestAttributesDestinationOption3StorageClass": "logs_archive_create_request_attributes_destination_option3_storage_class",
    "LogsArchiveCreateRequestAttributesDestinationOption3Type": "logs_archive_create_request_attributes_destination_option3_type",
    "LogsArchiveCreateRequestDefinition": "logs_archive_create_request_definition",
    "LogsArchiveDestinationAzure": "logs_archive_destination_azure",
    "LogsArchiveDestinationAzureType": "logs_archive_destination_azure_type",
    "LogsArchiveIntegrationAzure": "logs_archive_integration_azure",
    "LogsArchiveOrder": "logs_archive_order",
    "LogsArchiveOrderAttributes": "logs_archive_order_attributes",
    "LogsArchiveOrderDefinition": "logs_archive_order_definition",
    "LogsArchiveOrderDefinitionType": "logs_archive_order_definition_type",
    "LogsCompute": "logs_compute",
    "LogsComputeType": "logs_compute_type",
    "LogsGroupBy": "logs_group_by",
    "LogsListRequest": "logs_list_request",
    "LogsListRequestPage": "logs_list_request_page",
    "LogsQueryFilter": "logs_query_filter",
    "LogsQueryFilterStorageTier": "logs_query_filter_storage_tier",
    "LogsQueryOptions": "logs_query_options",
    "LogsResponse": "logs_response",
    "LogsSort": "logs_sort",
    "LogsSortOrder": "logs_sort_order",
    "NotificationChannel": "notification_channel",
    "NotificationChannelAttributes": "notification_channel_attributes",
    "NotificationChannelAttributesConfigOption1": "notification_channel_attributes_config_option1",
    "NotificationChannelAttributesConfigOption3": "notification_channel_attributes_config_option3",
    "NotificationChannelAttributesConfigOption3Type": "notification_channel_attributes_config_option3_type",
    "NotificationChannelEmailConfigType": "notification_channel_email_config_type",
    "NotificationChannelResponse": "notification_channel_response",
    "NotificationChannelType": "notification_channel_type",
    "NotificationChannelsResponse": "notification_channels_response",
    "NotificationRuleResponse": "notification_rule_response",
    "NotificationRulesResponse": "notification_rules_response",
    "OnCallNotificationRuleCategory": "on_call_notification_rule_category",
    "OnCallNotificationRuleChannelRelationship": "on_call_notification_rule_channel_relationship",
    "OnCallNotificationRuleChannelRelationshipData": "on_call_notification_rule_channel_relationship_data",
    "OnCallNotificationRuleRelationships": "on_call_notification_rule_relationships",
    "OnCallNotificationRuleRequestAttributes": "on_call_notification_rule_request_attributes",
    "OnCallNotificationRuleRequestAttributesChannelSettingsOption1": "on_call_notification_rule_request_attributes_channel_settings_option1",
    "OnCallNotificationRuleRequestAttributesChannelSettingsOption1Method": "on_call_notification_rule_request_attributes_channel_settings_option1_method",
    "OnCallNotificationRuleType": "on_call_notification_rule_type",
    "OpsgenieService": "opsgenie_service",
    "OpsgenieServiceAttributes": "opsgenie_service_attributes",
    "OpsgenieServiceCreateAttributes": "opsgenie_service_create_attributes",
    "OpsgenieServiceCreateData": "opsgenie_service_create_data",
    "OpsgenieServiceCreateRequest": "opsgenie_service_create_request",
    "OpsgenieServiceRegionType": "opsgenie_service_region_type",
    "OpsgenieServiceResponse": "opsgenie_service_response",
    "OpsgenieServiceType": "opsgenie_service_type",
    "OpsgenieServiceUpdateAttributes": "opsgenie_service_update_attributes",
    "OpsgenieServiceUpdateData": "opsgenie_service_update_data",
    "OpsgenieServiceUpdateRequest": "opsgenie_service_update_request",
    "OpsgenieServicesResponse": "opsgenie_services_response",
    "Org": "org",
    "OrgAttributes": "org_attributes",
    "OrgConfig": "org_config",
    "OrgConfigAttributes": "org_config_attributes",
    "OrgConfigResponse": "org_config_response",
    "OrgConfigType": "org_config_type",
    "OrgConfigWrite": "org_config_write",
    "OrgConfigWriteAttributes": "org_config_write_attributes",
    "OrgConfigWriteRequest": "org_config_write_request",
    "OrgConfigsResponse": "org_configs_response",
    "Permission": "permission",
    "PermissionAttributes": "permission_attributes",
    "PermissionsResponse": "permissions_response",
    "PermissionsType": "permissions_type",
    "Policy": "policy",
    "PolicyAttributes": "policy_attributes",
    "PolicyRelationships": "policy_relationships",
    "PolicyRelationshipsSteps": "policy_relationships_steps",
    "PolicyRelationshipsStepsDataItem": "policy_relationships_steps_data_item",
    "PolicyRelationshipsStepsDataItemType": "policy_relationships_steps_data_item_type",
    "PolicyResponse": "policy_response",
    "PolicyResponseIncludedItemOption2": "policy_response_included_item_option2",
    "PolicyResponseIncludedItemOption2Attributes": "policy_response_included_item_option2_attributes",
    "PolicyResponseIncludedItemOption2AttributesStatus": "policy_response_included_item_option2_attributes_status",
    "Powerpack": "powerpack",
    "PowerpackAttributes": "powerpack_attributes",
    "PowerpackData": "powerpack_data",
    "PowerpackDataRelationships": "powerpack_data_relationships",
    "PowerpackGroupWidget": "powerpack_group_widget",
    "PowerpackGroupWidgetDefinition": "powerpack_group_widget_definition",
    "PowerpackGroupWidgetLayout": "powerpack_group_widget_layout",
    "PowerpackInnerWidgets": "powerpack_inner_widgets",
    "PowerpackTemplateVariable": "powerpack_template_variable",
    "Process": "process",
    "ProcessAttributes": "process_attributes",
    "ProcessType": "process_type",
    "ProcessesResponse": "processes_response",
    "ProcessesResponseMeta": "processes_response_meta",
    "ProcessesResponseMetaPage": "processes_response_meta_page",
    "RUMAggregateRequest": "rum_aggregate_request",
    "RUMAggregationFunction": "rum_aggregation_function",
    "RUMApplicationCreate": "rum_application_create",
    "RUMApplicationCreateAttributes": "rum_application_create_attributes",
    "RUMApplicationCreateRequest": "rum_application_create_request",
    "RUMApplicationCreateType": "rum_application_create_type",
    "RUMApplicationUpdate": "rum_application_update",
    "RUMApplicationUpdateAttributes": "rum_application_update_attributes",
    "RUMApplicationUpdateRequest": "rum_application_update_request",
    "RUMApplicationUpdateType": "rum_application_update_type",
    "RUMCompute": "rum_compute",
    "RUMComputeType": "rum_compute_type",
    "RUMEventProcessingState": "rum_event_processing_state",
    "RUMGroupBy": "rum_group_by",
    "RUMProductAnalyticsRetentionState": "rum_product_analytics_retention_state",
    "RUMQueryFilter": "rum_query_filter",
    "RUMQueryOptions": "rum_query_options",
    "RUMQueryPageOptions": "rum_query_page_options",
    "RUMSearchEventsRequest": "rum_search_events_request",
    "RUMSort": "rum_sort",
    "Recommendation": "recommendation",
    "RecommendationAttributes": "recommendation_attributes",
    "RecommendationAttributesDriver": "recommendation_attributes_driver",
    "RecommendationAttributesDriverEstimation": "recommendation_attributes_driver_estimation",
    "RecommendationAttributesDriverEstimationCpu": "recommendation_attributes_driver_estimation_cpu",
    "RecommendationResponse": "recommendation_response",
    "RecommendationType": "recommendation_type",
    "RelationshipToPermission": "relationship_to_permission",
    "RelationshipToPermissionData": "relationship_to_permission_data",
    "RelationshipToPermissions": "relationship_to_permissions",
    "RelationshipToRole": "relationship_to_role",
    "RelationshipToRoleData": "relationship_to_role_data",
    "RelationshipToRoles": "relationship_to_roles",
    "RelationshipToUser": "relationship_to_user",
    "RelationshipToUserData": "relationship_to_user_data",
    "RestrictionPolicy": "restriction_policy",
    "RestrictionPolicyAttributes": "restriction_policy_attributes",
    "RestrictionPolicyBinding": "restriction_policy_binding",
    "RestrictionPolicyType": "restriction_policy_type",
    "RestrictionPolicyUpdateRequest": "restriction_policy_update_request",
    "Role": "role",
    "RoleAttributes": "role_attributes",
    "RoleClone": "role_clone",
    "RoleCloneAttributes": "role_clone_attributes",
    "RoleCloneRequest": "role_clone_request",
    "RoleCreateAttributes": "role_create_attributes",
    "RoleCreateData": "role_create_data",
    "RoleCreateRequest": "role_create_request",
    "RoleRelationships": "role_relationships",
    "RoleResponse": "role_response",
    "RoleUpdateAttributes": "role_update_attributes",
    "RoleUpdateData": "role_update_data",
    "RoleUpdateRequest": "role_update_request",
    "RolesResponse": "roles_response",
    "RolesResponseMeta": "roles_response_meta",
    "RolesResponseMetaPage": "roles_response_meta_page",
    "RolesType": "roles_type",
    "Rum": "rum",
    "RumApplication": "rum_application",
    "RumApplicationAttributes": "rum_application_attributes",
    "RumApplicationResponse": "rum_application_response",
    "RumApplicationsResponse": "rum_applications_response",
    "RumApplicationsResponseDataItem": "rum_applications_response_data_item",
    "RumApplicationsResponseDataItemAttributes": "rum_applications_response_data_item_attributes",
    "RumApplicationsResponseDataItemAttributesProductScales": "rum_applications_response_data_item_attributes_product_scales",
    "RumApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale": "rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale",
    "RumApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale": "rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale",
    "RumApplicationsResponseDataItemType": "rum_applications_response_data_item_type",
    "RumAttributes": "rum_attributes",
    "RumType": "rum_type",
    "RumsResponse": "rums_response",
    "Schedule": "schedule",
    "ScheduleAttributes": "schedule_attributes",
    "ScheduleCreateRequest": "schedule_create_request",
    "ScheduleCreateRequestData": "schedule_create_request_data",
    "ScheduleCreateRequestDataAttributes": "schedule_create_request_data_attributes",
    "ScheduleCreateRequestDataAttributesLayersItems": "schedule_create_request_data_attributes_layers_items",
    "ScheduleCreateRequestDataRelationships": "schedule_create_request_data_relationships",
    "ScheduleCreateRequestDataType": "schedule_create_request_data_type",
    "ScheduleRelationships": "schedule_relationships",
    "ScheduleRelationshipsLayers": "schedule_relationships_layers",
    "ScheduleRelationshipsLayersDataItem": "schedule_relationships_layers_data_item",
    "ScheduleRelationshipsLayersDataItemType": "schedule_relationships_layers_data_item_type",
    "ScheduleRequestDataAttributesLayersItemsMembersItems": "schedule_request_data_attributes_layers_items_members_items",
    "ScheduleRequestDataAttributesLayersItemsMembersItemsUser": "schedule_request_data_attributes_layers_items_members_items_user",
    "ScheduleResponse": "schedule_response",
    "ScheduleResponseIncludedItemOption3": "schedule_response_included_item_option3",
    "ScheduleResponseIncludedItemOption3Relationships": "schedule_response_included_item_option3_relationships",
    "ScheduleTarget": "schedule_target",
    "ScheduleTargetAttributes": "schedule_target_attributes",
    "ScheduleTargetPosition": "schedule_target_position",
    "ScheduleTargetRelationships": "schedule_target_relationships",
    "ScheduleTargetRelationshipsSchedule": "schedule_target_relationships_schedule",
    "ScheduleUpdateRequest": "schedule_update_request",
    "ScheduleUpdateRequestData": "schedule_update_request_data",
    "ScheduleUpdateRequestDataAttributes": "schedule_update_request_data_attributes",
    "ScheduleUpdateRequestDataAttributesLayersItems": "schedule_update_request_data_attributes_layers_items",
    "ScheduleUpdateRequestDataRelationships": "schedule_update_request_data_relationships",
    "ScheduleUpdateRequestDataType": "schedule_update_request_data_type",
    "SendSlackMessageAction": "send_slack_message_action",
    "SendSlackMessageActionType": "send_slack_message_action_type",
    "ServiceAccountCreateAttributes": "service_account_create_attributes",
    "ServiceAccountCreateData": "service_account_create_data",
    "ServiceAccountCreateRequest": "service_account_create_request",
    "Shift": "shift",
    "ShiftAttributes": "shift_attributes",
    "ShiftResponse": "shift_response",
    "ShiftType": "shift_type",
    "StatusPage": "status_page",
    "StatusPageAttributes": "status_page_attributes",
    "StatusPageRelationships": "status_page_relationships",
    "StatusPageResponse": "status_page_response",
    "StatusPagesResponse": "status_pages_response",
    "StatusPagesResponseIncludedItemOption1": "status_pages_response_included_item_option1",
    "StatusPagesResponseIncludedItemOption1Attributes": "status_pages_response_included_item_option1_attributes",
    "StatusPagesResponseMeta": "status_pages_response_meta",
    "StatusPagesResponseMetaPage": "status_pages_response_meta_page",
    "StatusPagesResponseMetaPageType": "status_pages_response_meta_page_type",
    "Step": "step",
    "StepAttributes": "step_attributes",
    "StepRelationships": "step_relationships",
    "StepRelationshipsTargets": "step_relationships_targets",
    "StepRelationshipsTargetsDataItemOption3": "step_relationships_targets_data_item_option3",
    "StepRelationshipsTargetsDataItemOption4": "step_relationships_targets_data_item_option4",
    "StepRelationshipsTargetsDataItemOption4Type": "step_relationships_targets_data_item_option4_type",
    "Team": "team",
    "TeamAttributes": "team_attributes",
    "TeamRoutingRule": "team_routing_rule",
    "TeamRoutingRuleAttributes": "team_routing_rule_attributes",
    "TeamRoutingRuleRelationships": "team_routing_rule_relationships",
    "TeamRoutingRuleRelationshipsPolicy": "team_routing_rule_relationships_policy",
    "TeamRoutingRuleRelationshipsPolicyData": "team_routing_rule_relationships_policy_data",
    "TeamRoutingRulesRequest": "team_routing_rules_request",
    "TeamRoutingRulesRequestData": "team_routing_rules_request_data",
    "TeamRoutingRulesRequestDataAttributes": "team_routing_rules_request_data_attributes",
    "TeamRoutingRulesRequestDataType": "team_routing_rules_request_data_type",
    "TeamRoutingRulesRequestRule": "team_routing_rules_request_rule",
    "TeamRoutingRulesRequestRuleActionsItemOption2": "team_routing_rules_request_rule_actions_item_option2",
    "TeamRoutingRulesRequestRuleActionsItemOption2Type": "team_routing_rules_request_rule_actions_item_option2_type",
    "TimeRestriction": "time_restriction",
    "TimeRestrictions": "time_restrictions",
    "UpdateComponentRequest": "update_component_request",
    "UpdateComponentRequestData": "update_component_request_data",
    "UpdateComponentRequestDataAttributes": "update_component_request_data_attributes",
    "UpdateDegradationRequest": "update_degradation_request",
    "UpdateDegradationRequestData": "update_degradation_request_data",
    "UpdateDegradationRequestDataAttributes": "update_degradation_request_data_attributes",
    "UpdateDeploymentGateParams": "update_deployment_gate_params",
    "UpdateDeploymentGateParamsData": "update_deployment_gate_params_data",
    "UpdateDeploymentGateParamsDataAttributes": "update_deployment_gate_params_data_attributes",
    "UpdateDeploymentRuleParams": "update_deployment_rule_params",
    "UpdateDeploymentRuleParamsData": "update_deployment_rule_params_data",
    "UpdateDeploymentRuleParamsDataAttributes": "update_deployment_rule_params_data_attributes",
    "UpdateOnCallNotificationRuleRequest": "update_on_call_notification_rule_request",
    "UpdateOnCallNotificationRuleRequestAttributes": "update_on_call_notification_rule_request_attributes",
    "UpdateOnCallNotificationRuleRequestData": "update_on_call_notification_rule_request_data",
    "UpdateOpenAPIRequest": "update_open_api_request",
    "UpdateOpenAPIResponse": "update_open_api_response",
    "UpdateOpenAPIResponseData": "update_open_api_response_data",
    "UpdateOpenAPIResponseDataAttributes": "update_open_api_response_data_attributes",
    "UpdateOpenAPIResponseDataAttributesFailedEndpointsItem": "update_open_api_response_data_attributes_failed_endpoints_item",
    "UpdateRoleResponse": "update_role_response",
    "UpdateRoleResponseData": "update_role_response_data",
    "UpdateStatusPageRequest": "update_status_page_request",
    "UpdateStatusPageRequestData": "update_status_page_request_data",
    "UpdateStatusPageRequestDataAttributes": "update_status_page_request_data_attributes",
    "UploadIdPMetadataRequest": "upload_id_p_metadata_request",
    "Urgency": "urgency",
    "User": "user",
    "UserAttributes": "user_attributes",
    "UserCreateAttributes": "user_create_attributes",
    "UserCreateData": "user_create_data",
    "UserCreateRequest": "user_create_request",
    "UserInvitation": "user_invitation",
    "UserInvitationAttributes": "user_invitation_attributes",
    "UserInvitationData": "user_invitation_data",
    "UserInvitationRelationships": "user_invitation_relationships",
    "UserInvitationResponse": "user_invitation_response",
    "UserInvitationsRequest": "user_invitations_request",
    "UserInvitationsResponse": "user_invitations_response",
    "UserInvitationsType": "user_invitations_type",
    "UserRelationships": "user_relationships",
    "UserRelationships2": "user_relationships2",
    "UserRelationships2Org": "user_relationships2_org",
    "UserRelationships2OrgData": "user_relationships2_org_data",
    "UserRelationships2OrgDataType": "user_relationships2_org_data_type",
    "UserRelationships2OtherOrgs": "user_relationships2_other_orgs",
    "UserRelationships2OtherUsers": "user_relationships2_other_users",
    "UserResponse": "user_response",
    "UserUpdateAttributes": "user_update_attributes",
    "UserUpdateData": "user_update_data",
    "UserUpdateRequest": "user_update_request",
    "UsersResponse": "users_response",
    "UsersType": "users_type",
    "Weekday": "weekday",
    "WidgetLiveSpan": "widget_live_span",
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
    from .api_error_response import APIErrorResponse
    from .api_error_response2 import APIErrorResponse2
    from .api_error_response_errors_item import APIErrorResponseErrorsItem
    from .api_error_response_errors_item_source import APIErrorResponseErrorsItemSource
    from .aggregate_ci_app_pipeline_events_response import AggregateCIAppPipelineEventsResponse
    from .aggregate_ci_app_pipeline_events_response_data import AggregateCIAppPipelineEventsResponseData
    from .aggregate_ci_app_pipeline_events_response_data_buckets_item import (
        AggregateCIAppPipelineEventsResponseDataBucketsItem,
    )
    from .aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item import (
        AggregateCIAppPipelineEventsResponseDataBucketsItemComputesValueOption3Item,
    )
    from .aggregate_ci_app_pipeline_events_response_meta import AggregateCIAppPipelineEventsResponseMeta
    from .aggregate_logs_response import AggregateLogsResponse
    from .aggregate_logs_response_data import AggregateLogsResponseData
    from .aggregate_logs_response_data_buckets_item import AggregateLogsResponseDataBucketsItem
    from .aggregate_logs_response_data_buckets_item_computes_value_option3_item import (
        AggregateLogsResponseDataBucketsItemComputesValueOption3Item,
    )
    from .aggregate_rum_events_response import AggregateRUMEventsResponse
    from .aggregate_rum_events_response_data import AggregateRUMEventsResponseData
    from .aggregate_rum_events_response_data_buckets_item import AggregateRUMEventsResponseDataBucketsItem
    from .application_key import ApplicationKey
    from .application_key_attributes import ApplicationKeyAttributes
    from .application_key_create_attributes import ApplicationKeyCreateAttributes
    from .application_key_create_data import ApplicationKeyCreateData
    from .application_key_create_request import ApplicationKeyCreateRequest
    from .application_key_relationships import ApplicationKeyRelationships
    from .application_key_response import ApplicationKeyResponse
    from .application_key_update_attributes import ApplicationKeyUpdateAttributes
    from .application_key_update_data import ApplicationKeyUpdateData
    from .application_key_update_request import ApplicationKeyUpdateRequest
    from .application_keys_response import ApplicationKeysResponse
    from .application_keys_response_meta import ApplicationKeysResponseMeta
    from .application_keys_response_meta_page import ApplicationKeysResponseMetaPage
    from .application_keys_type import ApplicationKeysType
    from .audit import Audit
    from .audit_attributes import AuditAttributes
    from .audit_logs_query_filter import AuditLogsQueryFilter
    from .audit_logs_query_options import AuditLogsQueryOptions
    from .audit_logs_query_page_options import AuditLogsQueryPageOptions
    from .audit_logs_search_events_request import AuditLogsSearchEventsRequest
    from .audit_logs_sort import AuditLogsSort
    from .audit_type import AuditType
    from .audits_response import AuditsResponse
    from .audits_response_links import AuditsResponseLinks
    from .audits_response_meta import AuditsResponseMeta
    from .audits_response_meta_page import AuditsResponseMetaPage
    from .audits_response_meta_status import AuditsResponseMetaStatus
    from .audits_response_meta_warnings_item import AuditsResponseMetaWarningsItem
    from .ci_app_aggregation_function import CIAppAggregationFunction
    from .ci_app_compute import CIAppCompute
    from .ci_app_compute_type import CIAppComputeType
    from .ci_app_create_pipeline_event_request import CIAppCreatePipelineEventRequest
    from .ci_app_create_pipeline_event_request_attributes import CIAppCreatePipelineEventRequestAttributes
    from .ci_app_create_pipeline_event_request_attributes_resource_option2 import (
        CIAppCreatePipelineEventRequestAttributesResourceOption2,
    )
    from .ci_app_create_pipeline_event_request_attributes_resource_option2_level import (
        CIAppCreatePipelineEventRequestAttributesResourceOption2Level,
    )
    from .ci_app_create_pipeline_event_request_attributes_resource_option3 import (
        CIAppCreatePipelineEventRequestAttributesResourceOption3,
    )
    from .ci_app_create_pipeline_event_request_attributes_resource_option3_level import (
        CIAppCreatePipelineEventRequestAttributesResourceOption3Level,
    )
    from .ci_app_create_pipeline_event_request_attributes_resource_option4 import (
        CIAppCreatePipelineEventRequestAttributesResourceOption4,
    )
    from .ci_app_create_pipeline_event_request_attributes_resource_option4_level import (
        CIAppCreatePipelineEventRequestAttributesResourceOption4Level,
    )
    from .ci_app_create_pipeline_event_request_data import CIAppCreatePipelineEventRequestData
    from .ci_app_create_pipeline_event_request_data_type import CIAppCreatePipelineEventRequestDataType
    from .ci_app_git_info import CIAppGitInfo
    from .ci_app_pipeline_event_finished_pipeline import CIAppPipelineEventFinishedPipeline
    from .ci_app_pipeline_event_finished_pipeline_error import CIAppPipelineEventFinishedPipelineError
    from .ci_app_pipeline_event_finished_pipeline_error_domain import CIAppPipelineEventFinishedPipelineErrorDomain
    from .ci_app_pipeline_event_finished_pipeline_node import CIAppPipelineEventFinishedPipelineNode
    from .ci_app_pipeline_event_finished_pipeline_parent_pipeline import (
        CIAppPipelineEventFinishedPipelineParentPipeline,
    )
    from .ci_app_pipeline_event_in_progress_pipeline import CIAppPipelineEventInProgressPipeline
    from .ci_app_pipeline_event_in_progress_pipeline_status import CIAppPipelineEventInProgressPipelineStatus
    from .ci_app_pipeline_event_pipeline_level import CIAppPipelineEventPipelineLevel
    from .ci_app_pipeline_event_pipeline_status import CIAppPipelineEventPipelineStatus
    from .ci_app_pipeline_events_request import CIAppPipelineEventsRequest
    from .ci_app_pipelines_aggregate_request import CIAppPipelinesAggregateRequest
    from .ci_app_pipelines_group_by import CIAppPipelinesGroupBy
    from .ci_app_pipelines_group_by_histogram import CIAppPipelinesGroupByHistogram
    from .ci_app_pipelines_group_by_sort import CIAppPipelinesGroupBySort
    from .ci_app_pipelines_query_filter import CIAppPipelinesQueryFilter
    from .ci_app_query_options import CIAppQueryOptions
    from .ci_app_query_page_options import CIAppQueryPageOptions
    from .ci_app_sort import CIAppSort
    from .change_event_custom_attributes import ChangeEventCustomAttributes
    from .change_event_custom_attributes_author import ChangeEventCustomAttributesAuthor
    from .change_event_custom_attributes_author_type import ChangeEventCustomAttributesAuthorType
    from .change_event_custom_attributes_changed_resource import ChangeEventCustomAttributesChangedResource
    from .change_event_custom_attributes_changed_resource_type import ChangeEventCustomAttributesChangedResourceType
    from .change_event_custom_attributes_impacted_resources_items import (
        ChangeEventCustomAttributesImpactedResourcesItems,
    )
    from .change_event_custom_attributes_impacted_resources_items_type import (
        ChangeEventCustomAttributesImpactedResourcesItemsType,
    )
    from .cipipeline import Cipipeline
    from .cipipeline_attributes import CipipelineAttributes
    from .cipipeline_attributes_ci_level import CipipelineAttributesCiLevel
    from .cipipeline_type import CipipelineType
    from .cipipelines_response import CipipelinesResponse
    from .component import Component
    from .component_attributes import ComponentAttributes
    from .component_relationships import ComponentRelationships
    from .component_response import ComponentResponse
    from .components_response import ComponentsResponse
    from .create_component_request import CreateComponentRequest
    from .create_component_request_data import CreateComponentRequestData
    from .create_component_request_data_attributes import CreateComponentRequestDataAttributes
    from .create_component_request_data_attributes_components_item import (
        CreateComponentRequestDataAttributesComponentsItem,
    )
    from .create_component_request_data_relationships import CreateComponentRequestDataRelationships
    from .create_component_request_data_relationships_group import CreateComponentRequestDataRelationshipsGroup
    from .create_component_request_data_relationships_group_data import CreateComponentRequestDataRelationshipsGroupData
    from .create_component_request_data_relationships_group_data_type import (
        CreateComponentRequestDataRelationshipsGroupDataType,
    )
    from .create_dora_deployment_response import CreateDORADeploymentResponse
    from .create_dora_deployment_response_data import CreateDORADeploymentResponseData
    from .create_dora_deployment_response_data_type import CreateDORADeploymentResponseDataType
    from .create_dora_failure_response import CreateDORAFailureResponse
    from .create_dora_failure_response_data import CreateDORAFailureResponseData
    from .create_dora_failure_response_data_type import CreateDORAFailureResponseDataType
    from .create_dashboard_list_items_response import CreateDashboardListItemsResponse
    from .create_degradation_request import CreateDegradationRequest
    from .create_degradation_request_data import CreateDegradationRequestData
    from .create_degradation_request_data_attributes import CreateDegradationRequestDataAttributes
    from .create_degradation_request_data_attributes_components_affected_item import (
        CreateDegradationRequestDataAttributesComponentsAffectedItem,
    )
    from .create_degradation_request_data_attributes_status import CreateDegradationRequestDataAttributesStatus
    from .create_degradation_request_data_type import CreateDegradationRequestDataType
    from .create_deployment_gate_params import CreateDeploymentGateParams
    from .create_deployment_gate_params_data import CreateDeploymentGateParamsData
    from .create_deployment_gate_params_data_attributes import CreateDeploymentGateParamsDataAttributes
    from .create_deployment_rule_params import CreateDeploymentRuleParams
    from .create_deployment_rule_params_data import CreateDeploymentRuleParamsData
    from .create_deployment_rule_params_data_attributes import CreateDeploymentRuleParamsDataAttributes
    from .create_deployment_rule_params_data_attributes_options_option2 import (
        CreateDeploymentRuleParamsDataAttributesOptionsOption2,
    )
    from .create_email_notification_channel_config import CreateEmailNotificationChannelConfig
    from .create_event_response import CreateEventResponse
    from .create_event_response_data import CreateEventResponseData
    from .create_event_response_data_attributes import CreateEventResponseDataAttributes
    from .create_event_response_data_attributes_attributes import CreateEventResponseDataAttributesAttributes
    from .create_event_response_data_attributes_attributes_evt import CreateEventResponseDataAttributesAttributesEvt
    from .create_event_response_links import CreateEventResponseLinks
    from .create_logs_archive_response import CreateLogsArchiveResponse
    from .create_notification_channel_attributes import CreateNotificationChannelAttributes
    from .create_notification_channel_attributes_config_option1 import CreateNotificationChannelAttributesConfigOption1
    from .create_notification_channel_attributes_config_option1_type import (
        CreateNotificationChannelAttributesConfigOption1Type,
    )
    from .create_notification_channel_data import CreateNotificationChannelData
    from .create_on_call_notification_rule_request import CreateOnCallNotificationRuleRequest
    from .create_on_call_notification_rule_request_data import CreateOnCallNotificationRuleRequestData
    from .create_powerpack_response import CreatePowerpackResponse
    from .create_role_response import CreateRoleResponse
    from .create_role_response_data import CreateRoleResponseData
    from .create_service_account_application_key_response import CreateServiceAccountApplicationKeyResponse
    from .create_service_account_application_key_response_data import CreateServiceAccountApplicationKeyResponseData
    from .create_service_account_application_key_response_data_attributes import (
        CreateServiceAccountApplicationKeyResponseDataAttributes,
    )
    from .create_status_page_request import CreateStatusPageRequest
    from .create_status_page_request_data import CreateStatusPageRequestData
    from .create_status_page_request_data_attributes import CreateStatusPageRequestDataAttributes
    from .create_status_page_request_data_attributes_components_item import (
        CreateStatusPageRequestDataAttributesComponentsItem,
    )
    from .create_status_page_request_data_attributes_components_item_components_item import (
        CreateStatusPageRequestDataAttributesComponentsItemComponentsItem,
    )
    from .create_status_page_request_data_attributes_components_item_components_item_status import (
        CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus,
    )
    from .create_status_page_request_data_attributes_components_item_components_item_type import (
        CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType,
    )
    from .create_status_page_request_data_attributes_components_item_type import (
        CreateStatusPageRequestDataAttributesComponentsItemType,
    )
    from .create_status_page_request_data_attributes_type import CreateStatusPageRequestDataAttributesType
    from .create_status_page_request_data_attributes_visualization_type import (
        CreateStatusPageRequestDataAttributesVisualizationType,
    )
    from .create_status_page_request_data_type import CreateStatusPageRequestDataType
    from .create_user_notification_channel_request import CreateUserNotificationChannelRequest
    from .dora_deployment_patch_remediation import DORADeploymentPatchRemediation
    from .dora_deployment_patch_remediation_type import DORADeploymentPatchRemediationType
    from .dora_deployment_patch_request import DORADeploymentPatchRequest
    from .dora_deployment_patch_request_attributes import DORADeploymentPatchRequestAttributes
    from .dora_deployment_patch_request_data import DORADeploymentPatchRequestData
    from .dora_deployment_patch_request_data_type import DORADeploymentPatchRequestDataType
    from .dora_deployment_request import DORADeploymentRequest
    from .dora_deployment_request_attributes import DORADeploymentRequestAttributes
    from .dora_deployment_request_data import DORADeploymentRequestData
    from .dora_failure_request import DORAFailureRequest
    from .dora_failure_request_attributes import DORAFailureRequestAttributes
    from .dora_failure_request_data import DORAFailureRequestData
    from .dora_git_info import DORAGitInfo
    from .dora_list_deployments_request import DORAListDeploymentsRequest
    from .dora_list_deployments_request_attributes import DORAListDeploymentsRequestAttributes
    from .dora_list_deployments_request_data import DORAListDeploymentsRequestData
    from .dora_list_deployments_request_data_type import DORAListDeploymentsRequestDataType
    from .dora_list_failures_request import DORAListFailuresRequest
    from .dora_list_failures_request_attributes import DORAListFailuresRequestAttributes
    from .dora_list_failures_request_data import DORAListFailuresRequestData
    from .dora_list_failures_request_data_type import DORAListFailuresRequestDataType
    from .dashboard_list_add_items_request import DashboardListAddItemsRequest
    from .dashboard_list_delete_items_request import DashboardListDeleteItemsRequest
    from .dashboard_list_item_request import DashboardListItemRequest
    from .dashboard_list_update_items_request import DashboardListUpdateItemsRequest
    from .dashboard_type import DashboardType
    from .data_relationships_teams import DataRelationshipsTeams
    from .data_relationships_teams_data_items import DataRelationshipsTeamsDataItems
    from .data_relationships_teams_data_items_type import DataRelationshipsTeamsDataItemsType
    from .degradation import Degradation
    from .degradation_attributes import DegradationAttributes
    from .degradation_attributes_updates_item import DegradationAttributesUpdatesItem
    from .degradation_relationships import DegradationRelationships
    from .degradation_relationships_status_page import DegradationRelationshipsStatusPage
    from .degradation_relationships_status_page_data import DegradationRelationshipsStatusPageData
    from .degradation_response import DegradationResponse
    from .degradations_response import DegradationsResponse
    from .delete_dashboard_list_items_response import DeleteDashboardListItemsResponse
    from .deployment_gate import DeploymentGate
    from .deployment_gate_attributes import DeploymentGateAttributes
    from .deployment_gate_attributes_created_by import DeploymentGateAttributesCreatedBy
    from .deployment_gate_data_type import DeploymentGateDataType
    from .deployment_gate_response import DeploymentGateResponse
    from .deployment_rule import DeploymentRule
    from .deployment_rule_data_type import DeploymentRuleDataType
    from .deployment_rule_options_faulty_deployment_detection import DeploymentRuleOptionsFaultyDeploymentDetection
    from .deployment_rule_response import DeploymentRuleResponse
    from .dora_deployment import DoraDeployment
    from .dora_deployment_attributes import DoraDeploymentAttributes
    from .dora_deployment_response import DoraDeploymentResponse
    from .dora_deployments_response import DoraDeploymentsResponse
    from .dora_failure import DoraFailure
    from .dora_failure_attributes import DoraFailureAttributes
    from .dora_failure_response import DoraFailureResponse
    from .dora_failures_response import DoraFailuresResponse
    from .errors_occurred_response import ErrorsOccurredResponse
    from .errors_occurred_response_errors_item import ErrorsOccurredResponseErrorsItem
    from .escalation_policy_create_request import EscalationPolicyCreateRequest
    from .escalation_policy_create_request_data import EscalationPolicyCreateRequestData
    from .escalation_policy_create_request_data_attributes import EscalationPolicyCreateRequestDataAttributes
    from .escalation_policy_create_request_data_attributes_steps_items import (
        EscalationPolicyCreateRequestDataAttributesStepsItems,
    )
    from .escalation_policy_create_request_data_relationships import EscalationPolicyCreateRequestDataRelationships
    from .escalation_policy_create_request_data_type import EscalationPolicyCreateRequestDataType
    from .escalation_policy_step_attributes_assignment import EscalationPolicyStepAttributesAssignment
    from .escalation_policy_step_target import EscalationPolicyStepTarget
    from .escalation_policy_step_target_config import EscalationPolicyStepTargetConfig
    from .escalation_policy_step_target_config_schedule import EscalationPolicyStepTargetConfigSchedule
    from .escalation_policy_step_target_type import EscalationPolicyStepTargetType
    from .escalation_policy_update_request import EscalationPolicyUpdateRequest
    from .escalation_policy_update_request_data import EscalationPolicyUpdateRequestData
    from .escalation_policy_update_request_data_attributes import EscalationPolicyUpdateRequestDataAttributes
    from .escalation_policy_update_request_data_attributes_steps_items import (
        EscalationPolicyUpdateRequestDataAttributesStepsItems,
    )
    from .escalation_policy_update_request_data_relationships import EscalationPolicyUpdateRequestDataRelationships
    from .escalation_policy_update_request_data_type import EscalationPolicyUpdateRequestDataType
    from .event import Event
    from .event_attributes import EventAttributes
    from .event_attributes_attributes import EventAttributesAttributes
    from .event_attributes_attributes_evt import EventAttributesAttributesEvt
    from .event_attributes_attributes_monitor import EventAttributesAttributesMonitor
    from .event_attributes_attributes_priority import EventAttributesAttributesPriority
    from .event_attributes_attributes_status import EventAttributesAttributesStatus
    from .event_category import EventCategory
    from .event_create_request import EventCreateRequest
    from .event_create_request_payload import EventCreateRequestPayload
    from .event_create_request_type import EventCreateRequestType
    from .event_payload import EventPayload
    from .event_payload_attributes_option2 import EventPayloadAttributesOption2
    from .event_payload_attributes_option2_links_item import EventPayloadAttributesOption2LinksItem
    from .event_payload_attributes_option2_links_item_category import EventPayloadAttributesOption2LinksItemCategory
    from .event_payload_attributes_option2_priority import EventPayloadAttributesOption2Priority
    from .event_payload_attributes_option2_status import EventPayloadAttributesOption2Status
    from .event_payload_integration_id import EventPayloadIntegrationId
    from .events_list_request import EventsListRequest
    from .events_query_filter import EventsQueryFilter
    from .events_query_options import EventsQueryOptions
    from .events_request_page import EventsRequestPage
    from .events_response import EventsResponse
    from .events_response_meta import EventsResponseMeta
    from .events_sort import EventsSort
    from .fastly_account import FastlyAccount
    from .fastly_account_attributes import FastlyAccountAttributes
    from .fastly_account_create_request import FastlyAccountCreateRequest
    from .fastly_account_create_request_attributes import FastlyAccountCreateRequestAttributes
    from .fastly_account_create_request_attributes_services_item import FastlyAccountCreateRequestAttributesServicesItem
    from .fastly_account_create_request_data import FastlyAccountCreateRequestData
    from .fastly_account_response import FastlyAccountResponse
    from .fastly_account_type import FastlyAccountType
    from .fastly_account_update_request import FastlyAccountUpdateRequest
    from .fastly_account_update_request_attributes import FastlyAccountUpdateRequestAttributes
    from .fastly_account_update_request_data import FastlyAccountUpdateRequestData
    from .fastly_accounts_response import FastlyAccountsResponse
    from .fastly_service_attributes import FastlyServiceAttributes
    from .fastly_service_data import FastlyServiceData
    from .fastly_service_request import FastlyServiceRequest
    from .fastly_service_response import FastlyServiceResponse
    from .fastly_service_type import FastlyServiceType
    from .fastly_services_response import FastlyServicesResponse
    from .get_dashboard_list_items_response import GetDashboardListItemsResponse
    from .get_dashboard_list_items_response_dashboards_item import GetDashboardListItemsResponseDashboardsItem
    from .get_dashboard_list_items_response_dashboards_item_author import (
        GetDashboardListItemsResponseDashboardsItemAuthor,
    )
    from .get_event_response import GetEventResponse
    from .get_event_response_data import GetEventResponseData
    from .get_event_response_data_attributes import GetEventResponseDataAttributes
    from .get_event_response_data_attributes_attributes_option1 import GetEventResponseDataAttributesAttributesOption1
    from .get_event_response_data_attributes_attributes_option1_author import (
        GetEventResponseDataAttributesAttributesOption1Author,
    )
    from .get_event_response_data_attributes_attributes_option1_changed_resource import (
        GetEventResponseDataAttributesAttributesOption1ChangedResource,
    )
    from .get_event_response_data_attributes_attributes_option1_evt import (
        GetEventResponseDataAttributesAttributesOption1Evt,
    )
    from .get_event_response_data_attributes_attributes_option1_impacted_resources_item import (
        GetEventResponseDataAttributesAttributesOption1ImpactedResourcesItem,
    )
    from .get_event_response_data_attributes_attributes_option2 import GetEventResponseDataAttributesAttributesOption2
    from .get_event_response_data_attributes_attributes_option2_links_item import (
        GetEventResponseDataAttributesAttributesOption2LinksItem,
    )
    from .get_event_response_data_attributes_attributes_option2_links_item_category import (
        GetEventResponseDataAttributesAttributesOption2LinksItemCategory,
    )
    from .get_on_call_team_routing_rules_response import GetOnCallTeamRoutingRulesResponse
    from .get_on_call_team_routing_rules_response_data import GetOnCallTeamRoutingRulesResponseData
    from .get_on_call_team_routing_rules_response_data_relationships import (
        GetOnCallTeamRoutingRulesResponseDataRelationships,
    )
    from .get_on_call_team_routing_rules_response_data_relationships_rules import (
        GetOnCallTeamRoutingRulesResponseDataRelationshipsRules,
    )
    from .get_on_call_team_routing_rules_response_data_relationships_rules_data_item import (
        GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem,
    )
    from .get_open_api_response import GetOpenAPIResponse
    from .get_team_on_call_users_response import GetTeamOnCallUsersResponse
    from .get_team_on_call_users_response_data import GetTeamOnCallUsersResponseData
    from .get_team_on_call_users_response_data_relationships import GetTeamOnCallUsersResponseDataRelationships
    from .get_team_on_call_users_response_data_relationships_escalations import (
        GetTeamOnCallUsersResponseDataRelationshipsEscalations,
    )
    from .get_team_on_call_users_response_data_relationships_escalations_data_item import (
        GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItem,
    )
    from .get_team_on_call_users_response_data_relationships_escalations_data_item_type import (
        GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType,
    )
    from .get_team_on_call_users_response_data_relationships_responders import (
        GetTeamOnCallUsersResponseDataRelationshipsResponders,
    )
    from .get_team_on_call_users_response_data_type import GetTeamOnCallUsersResponseDataType
    from .get_team_on_call_users_response_included_item_option2 import GetTeamOnCallUsersResponseIncludedItemOption2
    from .get_team_on_call_users_response_included_item_option2_relationships import (
        GetTeamOnCallUsersResponseIncludedItemOption2Relationships,
    )
    from .http_log import HTTPLog
    from .http_log_item import HTTPLogItem
    from .layer import Layer
    from .layer_attributes import LayerAttributes
    from .layer_attributes_interval import LayerAttributesInterval
    from .layer_relationships import LayerRelationships
    from .layer_relationships_members import LayerRelationshipsMembers
    from .layer_relationships_members_data_item import LayerRelationshipsMembersDataItem
    from .layer_relationships_members_data_item_type import LayerRelationshipsMembersDataItemType
    from .leaked_key import LeakedKey
    from .leaked_key_attributes import LeakedKeyAttributes
    from .leaked_key_type import LeakedKeyType
    from .list_ap_is_response import ListAPIsResponse
    from .list_ap_is_response_data_item import ListAPIsResponseDataItem
    from .list_ap_is_response_data_item_attributes import ListAPIsResponseDataItemAttributes
    from .list_ap_is_response_meta import ListAPIsResponseMeta
    from .list_ap_is_response_meta_pagination import ListAPIsResponseMetaPagination
    from .list_deployment_rule import ListDeploymentRule
    from .list_deployment_rule_attributes import ListDeploymentRuleAttributes
    from .list_deployment_rule_attributes_rules_item import ListDeploymentRuleAttributesRulesItem
    from .list_deployment_rule_attributes_rules_item_type import ListDeploymentRuleAttributesRulesItemType
    from .list_deployment_rule_response import ListDeploymentRuleResponse
    from .list_deployment_rule_type import ListDeploymentRuleType
    from .list_logs_archives_response import ListLogsArchivesResponse
    from .list_logs_archives_response_data_item import ListLogsArchivesResponseDataItem
    from .list_logs_archives_response_data_item_attributes import ListLogsArchivesResponseDataItemAttributes
    from .list_logs_archives_response_data_item_attributes_state import ListLogsArchivesResponseDataItemAttributesState
    from .list_powerpacks_response import ListPowerpacksResponse
    from .list_powerpacks_response_links import ListPowerpacksResponseLinks
    from .list_powerpacks_response_meta import ListPowerpacksResponseMeta
    from .list_powerpacks_response_meta_pagination import ListPowerpacksResponseMetaPagination
    from .list_role_templates_response import ListRoleTemplatesResponse
    from .list_role_templates_response_data_item import ListRoleTemplatesResponseDataItem
    from .list_role_templates_response_data_item_attributes import ListRoleTemplatesResponseDataItemAttributes
    from .log import Log
    from .log_attributes import LogAttributes
    from .log_type import LogType
    from .logs_aggregate_request import LogsAggregateRequest
    from .logs_aggregate_request_page import LogsAggregateRequestPage
    from .logs_aggregate_sort import LogsAggregateSort
    from .logs_aggregate_sort_type import LogsAggregateSortType
    from .logs_aggregation_function import LogsAggregationFunction
    from .logs_archive_create_request import LogsArchiveCreateRequest
    from .logs_archive_create_request_attributes import LogsArchiveCreateRequestAttributes
    from .logs_archive_create_request_attributes_destination_option2 import (
        LogsArchiveCreateRequestAttributesDestinationOption2,
    )
    from .logs_archive_create_request_attributes_destination_option2_integration import (
        LogsArchiveCreateRequestAttributesDestinationOption2Integration,
    )
    from .logs_archive_create_request_attributes_destination_option2_type import (
        LogsArchiveCreateRequestAttributesDestinationOption2Type,
    )
    from .logs_archive_create_request_attributes_destination_option3 import (
        LogsArchiveCreateRequestAttributesDestinationOption3,
    )
    from .logs_archive_create_request_attributes_destination_option3_encryption import (
        LogsArchiveCreateRequestAttributesDestinationOption3Encryption,
    )
    from .logs_archive_create_request_attributes_destination_option3_encryption_type import (
        LogsArchiveCreateRequestAttributesDestinationOption3EncryptionType,
    )
    from .logs_archive_create_request_attributes_destination_option3_integration import (
        LogsArchiveCreateRequestAttributesDestinationOption3Integration,
    )
    from .logs_archive_create_request_attributes_destination_option3_storage_class import (
        LogsArchiveCreateRequestAttributesDestinationOption3StorageClass,
    )
    from .logs_archive_create_request_attributes_destination_option3_type import (
        LogsArchiveCreateRequestAttributesDestinationOption3Type,
    )
    from .logs_archive_create_request_definition import LogsArchiveCreateRequestDefinition
    from .logs_archive_destination_azure import LogsArchiveDestinationAzure
    from .logs_archive_destination_azure_type import LogsArchiveDestinationAzureType
    from .logs_archive_integration_azure import LogsArchiveIntegrationAzure
    from .logs_archive_order import LogsArchiveOrder
    from .logs_archive_order_attributes import LogsArchiveOrderAttributes
    from .logs_archive_order_definition import LogsArchiveOrderDefinition
    from .logs_archive_order_definition_type import LogsArchiveOrderDefinitionType
    from .logs_compute import LogsCompute
    from .logs_compute_type import LogsComputeType
    from .logs_group_by import LogsGroupBy
    from .logs_list_request import LogsListRequest
    from .logs_list_request_page import LogsListRequestPage
    from .logs_query_filter import LogsQueryFilter
    from .logs_query_filter_storage_tier import LogsQueryFilterStorageTier
    from .logs_query_options import LogsQueryOptions
    from .logs_response import LogsResponse
    from .logs_sort import LogsSort
    from .logs_sort_order import LogsSortOrder
    from .notification_channel import NotificationChannel
    from .notification_channel_attributes import NotificationChannelAttributes
    from .notification_channel_attributes_config_option1 import NotificationChannelAttributesConfigOption1
    from .notification_channel_attributes_config_option3 import NotificationChannelAttributesConfigOption3
    from .notification_channel_attributes_config_option3_type import NotificationChannelAttributesConfigOption3Type
    from .notification_channel_email_config_type import NotificationChannelEmailConfigType
    from .notification_channel_response import NotificationChannelResponse
    from .notification_channel_type import NotificationChannelType
    from .notification_channels_response import NotificationChannelsResponse
    from .notification_rule_response import NotificationRuleResponse
    from .notification_rules_response import NotificationRulesResponse
    from .on_call_notification_rule_category import OnCallNotificationRuleCategory
    from .on_call_notification_rule_channel_relationship import OnCallNotificationRuleChannelRelationship
    from .on_call_notification_rule_channel_relationship_data import OnCallNotificationRuleChannelRelationshipData
    from .on_call_notification_rule_relationships import OnCallNotificationRuleRelationships
    from .on_call_notification_rule_request_attributes import OnCallNotificationRuleRequestAttributes
    from .on_call_notification_rule_request_attributes_channel_settings_option1 import (
        OnCallNotificationRuleRequestAttributesChannelSettingsOption1,
    )
    from .on_call_notification_rule_request_attributes_channel_settings_option1_method import (
        OnCallNotificationRuleRequestAttributesChannelSettingsOption1Method,
    )
    from .on_call_notification_rule_type import OnCallNotificationRuleType
    from .opsgenie_service import OpsgenieService
    from .opsgenie_service_attributes import OpsgenieServiceAttributes
    from .opsgenie_service_create_attributes import OpsgenieServiceCreateAttributes
    from .opsgenie_service_create_data import OpsgenieServiceCreateData
    from .opsgenie_service_create_request import OpsgenieServiceCreateRequest
    from .opsgenie_service_region_type import OpsgenieServiceRegionType
    from .opsgenie_service_response import OpsgenieServiceResponse
    from .opsgenie_service_type import OpsgenieServiceType
    from .opsgenie_service_update_attributes import OpsgenieServiceUpdateAttributes
    from .opsgenie_service_update_data import OpsgenieServiceUpdateData
    from .opsgenie_service_update_request import OpsgenieServiceUpdateRequest
    from .opsgenie_services_response import OpsgenieServicesResponse
    from .org import Org
    from .org_attributes import OrgAttributes
    from .org_config import OrgConfig
    from .org_config_attributes import OrgConfigAttributes
    from .org_config_response import OrgConfigResponse
    from .org_config_type import OrgConfigType
    from .org_config_write import OrgConfigWrite
    from .org_config_write_attributes import OrgConfigWriteAttributes
    from .org_config_write_request import OrgConfigWriteRequest
    from .org_configs_response import OrgConfigsResponse
    from .permission import Permission
    from .permission_attributes import PermissionAttributes
    from .permissions_response import PermissionsResponse
    from .permissions_type import PermissionsType
    from .policy import Policy
    from .policy_attributes import PolicyAttributes
    from .policy_relationships import PolicyRelationships
    from .policy_relationships_steps import PolicyRelationshipsSteps
    from .policy_relationships_steps_data_item import PolicyRelationshipsStepsDataItem
    from .policy_relationships_steps_data_item_type import PolicyRelationshipsStepsDataItemType
    from .policy_response import PolicyResponse
    from .policy_response_included_item_option2 import PolicyResponseIncludedItemOption2
    from .policy_response_included_item_option2_attributes import PolicyResponseIncludedItemOption2Attributes
    from .policy_response_included_item_option2_attributes_status import (
        PolicyResponseIncludedItemOption2AttributesStatus,
    )
    from .powerpack import Powerpack
    from .powerpack_attributes import PowerpackAttributes
    from .powerpack_data import PowerpackData
    from .powerpack_data_relationships import PowerpackDataRelationships
    from .powerpack_group_widget import PowerpackGroupWidget
    from .powerpack_group_widget_definition import PowerpackGroupWidgetDefinition
    from .powerpack_group_widget_layout import PowerpackGroupWidgetLayout
    from .powerpack_inner_widgets import PowerpackInnerWidgets
    from .powerpack_template_variable import PowerpackTemplateVariable
    from .process import Process
    from .process_attributes import ProcessAttributes
    from .process_type import ProcessType
    from .processes_response import ProcessesResponse
    from .processes_response_meta import ProcessesResponseMeta
    from .processes_response_meta_page import ProcessesResponseMetaPage
    from .rum_aggregate_request import RUMAggregateRequest
    from .rum_aggregation_function import RUMAggregationFunction
    from .rum_application_create import RUMApplicationCreate
    from .rum_application_create_attributes import RUMApplicationCreateAttributes
    from .rum_application_create_request import RUMApplicationCreateRequest
    from .rum_application_create_type import RUMApplicationCreateType
    from .rum_application_update import RUMApplicationUpdate
    from .rum_application_update_attributes import RUMApplicationUpdateAttributes
    from .rum_application_update_request import RUMApplicationUpdateRequest
    from .rum_application_update_type import RUMApplicationUpdateType
    from .rum_compute import RUMCompute
    from .rum_compute_type import RUMComputeType
    from .rum_event_processing_state import RUMEventProcessingState
    from .rum_group_by import RUMGroupBy
    from .rum_product_analytics_retention_state import RUMProductAnalyticsRetentionState
    from .rum_query_filter import RUMQueryFilter
    from .rum_query_options import RUMQueryOptions
    from .rum_query_page_options import RUMQueryPageOptions
    from .rum_search_events_request import RUMSearchEventsRequest
    from .rum_sort import RUMSort
    from .recommendation import Recommendation
    from .recommendation_attributes import RecommendationAttributes
    from .recommendation_attributes_driver import RecommendationAttributesDriver
    from .recommendation_attributes_driver_estimation import RecommendationAttributesDriverEstimation
    from .recommendation_attributes_driver_estimation_cpu import RecommendationAttributesDriverEstimationCpu
    from .recommendation_response import RecommendationResponse
    from .recommendation_type import RecommendationType
    from .relationship_to_permission import RelationshipToPermission
    from .relationship_to_permission_data import RelationshipToPermissionData
    from .relationship_to_permissions import RelationshipToPermissions
    from .relationship_to_role import RelationshipToRole
    from .relationship_to_role_data import RelationshipToRoleData
    from .relationship_to_roles import RelationshipToRoles
    from .relationship_to_user import RelationshipToUser
    from .relationship_to_user_data import RelationshipToUserData
    from .restriction_policy import RestrictionPolicy
    from .restriction_policy_attributes import RestrictionPolicyAttributes
    from .restriction_policy_binding import RestrictionPolicyBinding
    from .restriction_policy_type import RestrictionPolicyType
    from .restriction_policy_update_request import RestrictionPolicyUpdateRequest
    from .role import Role
    from .role_attributes import RoleAttributes
    from .role_clone import RoleClone
    from .role_clone_attributes import RoleCloneAttributes
    from .role_clone_request import RoleCloneRequest
    from .role_create_attributes import RoleCreateAttributes
    from .role_create_data import RoleCreateData
    from .role_create_request import RoleCreateRequest
    from .role_relationships import RoleRelationships
    from .role_response import RoleResponse
    from .role_update_attributes import RoleUpdateAttributes
    from .role_update_data import RoleUpdateData
    from .role_update_request import RoleUpdateRequest
    from .roles_response import RolesResponse
    from .roles_response_meta import RolesResponseMeta
    from .roles_response_meta_page import RolesResponseMetaPage
    from .roles_type import RolesType
    from .rum import Rum
    from .rum_application import RumApplication
    from .rum_application_attributes import RumApplicationAttributes
    from .rum_application_response import RumApplicationResponse
    from .rum_applications_response import RumApplicationsResponse
    from .rum_applications_response_data_item import RumApplicationsResponseDataItem
    from .rum_applications_response_data_item_attributes import RumApplicationsResponseDataItemAttributes
    from .rum_applications_response_data_item_attributes_product_scales import (
        RumApplicationsResponseDataItemAttributesProductScales,
    )
    from .rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale import (
        RumApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale,
    )
    from .rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale import (
        RumApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale,
    )
    from .rum_applications_response_data_item_type import RumApplicationsResponseDataItemType
    from .rum_attributes import RumAttributes
    from .rum_type import RumType
    from .rums_response import RumsResponse
    from .schedule import Schedule
    from .schedule_attributes import ScheduleAttributes
    from .schedule_create_request import ScheduleCreateRequest
    from .schedule_create_request_data import ScheduleCreateRequestData
    from .schedule_create_request_data_attributes import ScheduleCreateRequestDataAttributes
    from .schedule_create_request_data_attributes_layers_items import ScheduleCreateRequestDataAttributesLayersItems
    from .schedule_create_request_data_relationships import ScheduleCreateRequestDataRelationships
    from .schedule_create_request_data_type import ScheduleCreateRequestDataType
    from .schedule_relationships import ScheduleRelationships
    from .schedule_relationships_layers import ScheduleRelationshipsLayers
    from .schedule_relationships_layers_data_item import ScheduleRelationshipsLayersDataItem
    from .schedule_relationships_layers_data_item_type import ScheduleRelationshipsLayersDataItemType
    from .schedule_request_data_attributes_layers_items_members_items import (
        ScheduleRequestDataAttributesLayersItemsMembersItems,
    )
    from .schedule_request_data_attributes_layers_items_members_items_user import (
        ScheduleRequestDataAttributesLayersItemsMembersItemsUser,
    )
    from .schedule_response import ScheduleResponse
    from .schedule_response_included_item_option3 import ScheduleResponseIncludedItemOption3
    from .schedule_response_included_item_option3_relationships import ScheduleResponseIncludedItemOption3Relationships
    from .schedule_target import ScheduleTarget
    from .schedule_target_attributes import ScheduleTargetAttributes
    from .schedule_target_position import ScheduleTargetPosition
    from .schedule_target_relationships import ScheduleTargetRelationships
    from .schedule_target_relationships_schedule import ScheduleTargetRelationshipsSchedule
    from .schedule_update_request import ScheduleUpdateRequest
    from .schedule_update_request_data import ScheduleUpdateRequestData
    from .schedule_update_request_data_attributes import ScheduleUpdateRequestDataAttributes
    from .schedule_update_request_data_attributes_layers_items import ScheduleUpdateRequestDataAttributesLayersItems
    from .schedule_update_request_data_relationships import ScheduleUpdateRequestDataRelationships
    from .schedule_update_request_data_type import ScheduleUpdateRequestDataType
    from .send_slack_message_action import SendSlackMessageAction
    from .send_slack_message_action_type import SendSlackMessageActionType
    from .service_account_create_attributes import ServiceAccountCreateAttributes
    from .service_account_create_data import ServiceAccountCreateData
    from .service_account_create_request import ServiceAccountCreateRequest
    from .shift import Shift
    from .shift_attributes import ShiftAttributes
    from .shift_response import ShiftResponse
    from .shift_type import ShiftType
    from .status_page import StatusPage
    from .status_page_attributes import StatusPageAttributes
    from .status_page_relationships import StatusPageRelationships
    from .status_page_response import StatusPageResponse
    from .status_pages_response import StatusPagesResponse
    from .status_pages_response_included_item_option1 import StatusPagesResponseIncludedItemOption1
    from .status_pages_response_included_item_option1_attributes import StatusPagesResponseIncludedItemOption1Attributes
    from .status_pages_response_meta import StatusPagesResponseMeta
    from .status_pages_response_meta_page import StatusPagesResponseMetaPage
    from .status_pages_response_meta_page_type import StatusPagesResponseMetaPageType
    from .step import Step
    from .step_attributes import StepAttributes
    from .step_relationships import StepRelationships
    from .step_relationships_targets import StepRelationshipsTargets
    from .step_relationships_targets_data_item_option3 import StepRelationshipsTargetsDataItemOption3
    from .step_relationships_targets_data_item_option4 import StepRelationshipsTargetsDataItemOption4
    from .step_relationships_targets_data_item_option4_type import StepRelationshipsTargetsDataItemOption4Type
    from .team import Team
    from .team_attributes import TeamAttributes
    from .team_routing_rule import TeamRoutingRule
    from .team_routing_rule_attributes import TeamRoutingRuleAttributes
    from .team_routing_rule_relationships import TeamRoutingRuleRelationships
    from .team_routing_rule_relationships_policy import TeamRoutingRuleRelationshipsPolicy
    from .team_routing_rule_relationships_policy_data import TeamRoutingRuleRelationshipsPolicyData
    from .team_routing_rules_request import TeamRoutingRulesRequest
    from .team_routing_rules_request_data import TeamRoutingRulesRequestData
    from .team_routing_rules_request_data_attributes import TeamRoutingRulesRequestDataAttributes
    from .team_routing_rules_request_data_type import TeamRoutingRulesRequestDataType
    from .team_routing_rules_request_rule import TeamRoutingRulesRequestRule
    from .team_routing_rules_request_rule_actions_item_option2 import TeamRoutingRulesRequestRuleActionsItemOption2
    from .team_routing_rules_request_rule_actions_item_option2_type import (
        TeamRoutingRulesRequestRuleActionsItemOption2Type,
    )
    from .time_restriction import TimeRestriction
    from .time_restrictions import TimeRestrictions
    from .update_component_request import UpdateComponentRequest
    from .update_component_request_data import UpdateComponentRequestData
    from .update_component_request_data_attributes import UpdateComponentRequestDataAttributes
    from .update_degradation_request import UpdateDegradationRequest
    from .update_degradation_request_data import UpdateDegradationRequestData
    from .update_degradation_request_data_attributes import UpdateDegradationRequestDataAttributes
    from .update_deployment_gate_params import UpdateDeploymentGateParams
    from .update_deployment_gate_params_data import UpdateDeploymentGateParamsData
    from .update_deployment_gate_params_data_attributes import UpdateDeploymentGateParamsDataAttributes
    from .update_deployment_rule_params import UpdateDeploymentRuleParams
    from .update_deployment_rule_params_data import UpdateDeploymentRuleParamsData
    from .update_deployment_rule_params_data_attributes import UpdateDeploymentRuleParamsDataAttributes
    from .update_on_call_notification_rule_request import UpdateOnCallNotificationRuleRequest
    from .update_on_call_notification_rule_request_attributes import UpdateOnCallNotificationRuleRequestAttributes
    from .update_on_call_notification_rule_request_data import UpdateOnCallNotificationRuleRequestData
    from .update_open_api_request import UpdateOpenAPIRequest
    from .update_open_api_response import UpdateOpenAPIResponse
    from .update_open_api_response_data import UpdateOpenAPIResponseData
    from .update_open_api_response_data_attributes import UpdateOpenAPIResponseDataAttributes
    from .update_open_api_response_data_attributes_failed_endpoints_item import (
        UpdateOpenAPIResponseDataAttributesFailedEndpointsItem,
    )
    from .update_role_response import UpdateRoleResponse
    from .update_role_response_data import UpdateRoleResponseData
    from .update_status_page_request import UpdateStatusPageRequest
    from .update_status_page_request_data import UpdateStatusPageRequestData
    from .update_status_page_request_data_attributes import UpdateStatusPageRequestDataAttributes
    from .upload_id_p_metadata_request import UploadIdPMetadataRequest
    from .urgency import Urgency
    from .user import User
    from .user_attributes import UserAttributes
    from .user_create_attributes import UserCreateAttributes
    from .user_create_data import UserCreateData
    from .user_create_request import UserCreateRequest
    from .user_invitation import UserInvitation
    from .user_invitation_attributes import UserInvitationAttributes
    from .user_invitation_data import UserInvitationData
    from .user_invitation_relationships import UserInvitationRelationships
    from .user_invitation_response import UserInvitationResponse
    from .user_invitations_request import UserInvitationsRequest
    from .user_invitations_response import UserInvitationsResponse
    from .user_invitations_type import UserInvitationsType
    from .user_relationships import UserRelationships
    from .user_relationships2 import UserRelationships2
    from .user_relationships2_org import UserRelationships2Org
    from .user_relationships2_org_data import UserRelationships2OrgData
    from .user_relationships2_org_data_type import UserRelationships2OrgDataType
    from .user_relationships2_other_orgs import UserRelationships2OtherOrgs
    from .user_relationships2_other_users import UserRelationships2OtherUsers
    from .user_response import UserResponse
    from .user_update_attributes import UserUpdateAttributes
    from .user_update_data import UserUpdateData
    from .user_update_request import UserUpdateRequest
    from .users_response import UsersResponse
    from .users_type import UsersType
    from .weekday import Weekday
    from .widget_live_span import WidgetLiveSpan
