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
    "AggregateCIAppPipelineEventsResponseLinks": "aggregate_ci_app_pipeline_events_response_links",
    "AggregateCIAppPipelineEventsResponseMeta": "aggregate_ci_app_pipeline_events_response_meta",
    "AggregateCIAppPipelineEventsResponseMetaWarningsItem": "aggregate_ci_app_pipeline_events_response_meta_warnings_item",
    "AggregateLogsResponse": "aggregate_logs_response",
    "AggregateLogsResponseData": "aggregate_logs_response_data",
    "AggregateLogsResponseDataBucketsItem": "aggregate_logs_response_data_buckets_item",
    "AggregateLogsResponseDataBucketsItemComputesValueOption3Item": "aggregate_logs_response_data_buckets_item_computes_value_option3_item",
    "AggregateLogsResponseMeta": "aggregate_logs_response_meta",
    "AggregateLogsResponseMetaPage": "aggregate_logs_response_meta_page",
    "AggregateLogsResponseMetaStatus": "aggregate_logs_response_meta_status",
    "AggregateLogsResponseMetaWarningsItem": "aggregate_logs_response_meta_warnings_item",
    "AggregateRUMEventsResponse": "aggregate_rum_events_response",
    "AggregateRUMEventsResponseData": "aggregate_rum_events_response_data",
    "AggregateRUMEventsResponseDataBucketsItem": "aggregate_rum_events_response_data_buckets_item",
    "ApplicationKeyCreateAttributes": "application_key_create_attributes",
    "ApplicationKeyCreateData": "application_key_create_data",
    "ApplicationKeyCreateRequest": "application_key_create_request",
    "ApplicationKeyUpdateAttributes": "application_key_update_attributes",
    "ApplicationKeyUpdateData": "application_key_update_data",
    "ApplicationKeyUpdateRequest": "application_key_update_request",
    "ApplicationKeysType": "application_keys_type",
    "AuditLogsQueryFilter": "audit_logs_query_filter",
    "AuditLogsQueryOptions": "audit_logs_query_options",
    "AuditLogsQueryPageOptions": "audit_logs_query_page_options",
    "AuditLogsSearchEventsRequest": "audit_logs_search_events_request",
    "AuditLogsSort": "audit_logs_sort",
    "BadRequestResponse": "bad_request_response",
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
    "CIAppCreatePipelineEventRequestDataOption2Item": "ci_app_create_pipeline_event_request_data_option2_item",
    "CIAppCreatePipelineEventRequestDataType": "ci_app_create_pipeline_event_request_data_type",
    "CIAppGitInfo": "ci_app_git_info",
    "CIAppPipelineEventFinishedPipeline": "ci_app_pipeline_event_finished_pipeline",
    "CIAppPipelineEventFinishedPipelineError": "ci_app_pipeline_event_finished_pipeline_error",
    "CIAppPipelineEventFinishedPipelineErrorDomain": "ci_app_pipeline_event_finished_pipeline_error_domain",
    "CIAppPipelineEventFinishedPipelineNode": "ci_app_pipeline_event_finished_pipeline_node",
    "CIAppPipelineEventFinishedPipelineParentPipeline": "ci_app_pipeline_event_finished_pipeline_parent_pipeline",
    "CIAppPipelineEventFinishedPipelinePreviousAttempt": "ci_app_pipeline_event_finished_pipeline_previous_attempt",
    "CIAppPipelineEventInProgressPipeline": "ci_app_pipeline_event_in_progress_pipeline",
    "CIAppPipelineEventInProgressPipelineStatus": "ci_app_pipeline_event_in_progress_pipeline_status",
    "CIAppPipelineEventPipelineLevel": "ci_app_pipeline_event_pipeline_level",
    "CIAppPipelineEventPipelineStatus": "ci_app_pipeline_event_pipeline_status",
    "CIAppPipelineEventsRequest": "ci_app_pipeline_events_request",
    "CIAppPipelinesAggregateRequest": "ci_app_pipelines_aggregate_request",
    "CIAppPipelinesGroupBy": "ci_app_pipelines_group_by",
    "CIAppPipelinesGroupByHistogram": "ci_app_pipelines_group_by_histogram",
    "CIAppPipelinesGroupBySort": "ci_app_pipelines_group_by_sort",
    "CIAppPipelinesGroupBySortOrder": "ci_app_pipelines_group_by_sort_order",
    "CIAppPipelinesGroupBySortType": "ci_app_pipelines_group_by_sort_type",
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
    "CreateComponentRequest": "create_component_request",
    "CreateComponentRequestData": "create_component_request_data",
    "CreateComponentRequestDataAttributes": "create_component_request_data_attributes",
    "CreateComponentRequestDataAttributesComponentsItem": "create_component_request_data_attributes_components_item",
    "CreateComponentRequestDataRelationships": "create_component_request_data_relationships",
    "CreateComponentRequestDataRelationshipsGroup": "create_component_request_data_relationships_group",
    "CreateComponentRequestDataRelationshipsGroupData": "create_component_request_data_relationships_group_data",
    "CreateComponentRequestDataRelationshipsGroupDataType": "create_component_request_data_relationships_group_data_type",
    "CreateComponentResponse": "create_component_response",
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
    "CreateDegradationResponse": "create_degradation_response",
    "CreateDeploymentGateParams": "create_deployment_gate_params",
    "CreateDeploymentGateParamsData": "create_deployment_gate_params_data",
    "CreateDeploymentGateParamsDataAttributes": "create_deployment_gate_params_data_attributes",
    "CreateDeploymentGateResponse": "create_deployment_gate_response",
    "CreateDeploymentGateResponseData": "create_deployment_gate_response_data",
    "CreateDeploymentGateResponseDataAttributes": "create_deployment_gate_response_data_attributes",
    "CreateDeploymentGateResponseDataAttributesCreatedBy": "create_deployment_gate_response_data_attributes_created_by",
    "CreateDeploymentGateResponseDataAttributesUpdatedBy": "create_deployment_gate_response_data_attributes_updated_by",
    "CreateDeploymentRuleParams": "create_deployment_rule_params",
    "CreateDeploymentRuleParamsData": "create_deployment_rule_params_data",
    "CreateDeploymentRuleParamsDataAttributes": "create_deployment_rule_params_data_attributes",
    "CreateDeploymentRuleParamsDataAttributesOptionsOption2": "create_deployment_rule_params_data_attributes_options_option2",
    "CreateDeploymentRuleResponse": "create_deployment_rule_response",
    "CreateDeploymentRuleResponseData": "create_deployment_rule_response_data",
    "CreateDeploymentRuleResponseDataAttributes": "create_deployment_rule_response_data_attributes",
    "CreateEmailNotificationChannelConfig": "create_email_notification_channel_config",
    "CreateEventResponse": "create_event_response",
    "CreateEventResponseData": "create_event_response_data",
    "CreateEventResponseDataAttributes": "create_event_response_data_attributes",
    "CreateEventResponseDataAttributesAttributes": "create_event_response_data_attributes_attributes",
    "CreateEventResponseDataAttributesAttributesEvt": "create_event_response_data_attributes_attributes_evt",
    "CreateEventResponseLinks": "create_event_response_links",
    "CreateFastlyAccountResponse": "create_fastly_account_response",
    "CreateFastlyAccountResponseData": "create_fastly_account_response_data",
    "CreateFastlyServiceResponse": "create_fastly_service_response",
    "CreateLogsArchiveResponse": "create_logs_archive_response",
    "CreateLogsArchiveResponseData": "create_logs_archive_response_data",
    "CreateNotificationChannelAttributes": "create_notification_channel_attributes",
    "CreateNotificationChannelAttributesConfigOption1": "create_notification_channel_attributes_config_option1",
    "CreateNotificationChannelAttributesConfigOption1Type": "create_notification_channel_attributes_config_option1_type",
    "CreateNotificationChannelData": "create_notification_channel_data",
    "CreateOnCallEscalationPolicyResponse": "create_on_call_escalation_policy_response",
    "CreateOnCallEscalationPolicyResponseData": "create_on_call_escalation_policy_response_data",
    "CreateOnCallEscalationPolicyResponseDataAttributes": "create_on_call_escalation_policy_response_data_attributes",
    "CreateOnCallEscalationPolicyResponseDataRelationships": "create_on_call_escalation_policy_response_data_relationships",
    "CreateOnCallEscalationPolicyResponseDataRelationshipsSteps": "create_on_call_escalation_policy_response_data_relationships_steps",
    "CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItem": "create_on_call_escalation_policy_response_data_relationships_steps_data_item",
    "CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItemType": "create_on_call_escalation_policy_response_data_relationships_steps_data_item_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1": "create_on_call_escalation_policy_response_included_item_option1",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1Attributes": "create_on_call_escalation_policy_response_included_item_option1_attributes",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1Relationships": "create_on_call_escalation_policy_response_included_item_option1_relationships",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargets": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption1": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption1Type": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption2": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption2Type": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption3": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption3Type": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4Type": "create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption2": "create_on_call_escalation_policy_response_included_item_option2",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption2Attributes": "create_on_call_escalation_policy_response_included_item_option2_attributes",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption2AttributesStatus": "create_on_call_escalation_policy_response_included_item_option2_attributes_status",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3": "create_on_call_escalation_policy_response_included_item_option3",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3Attributes": "create_on_call_escalation_policy_response_included_item_option3_attributes",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3Relationships": "create_on_call_escalation_policy_response_included_item_option3_relationships",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayers": "create_on_call_escalation_policy_response_included_item_option3_relationships_layers",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItem": "create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItemType": "create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption4": "create_on_call_escalation_policy_response_included_item_option4",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption4Attributes": "create_on_call_escalation_policy_response_included_item_option4_attributes",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption4Relationships": "create_on_call_escalation_policy_response_included_item_option4_relationships",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption4RelationshipsSchedule": "create_on_call_escalation_policy_response_included_item_option4_relationships_schedule",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption5": "create_on_call_escalation_policy_response_included_item_option5",
    "CreateOnCallEscalationPolicyResponseIncludedItemOption5Attributes": "create_on_call_escalation_policy_response_included_item_option5_attributes",
    "CreateOnCallNotificationRuleRequest": "create_on_call_notification_rule_request",
    "CreateOnCallNotificationRuleRequestData": "create_on_call_notification_rule_request_data",
    "CreateOnCallScheduleResponse": "create_on_call_schedule_response",
    "CreateOnCallScheduleResponseIncludedItemOption2": "create_on_call_schedule_response_included_item_option2",
    "CreateOnCallScheduleResponseIncludedItemOption2Attributes": "create_on_call_schedule_response_included_item_option2_attributes",
    "CreateOnCallScheduleResponseIncludedItemOption2Relationships": "create_on_call_schedule_response_included_item_option2_relationships",
    "CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembers": "create_on_call_schedule_response_included_item_option2_relationships_members",
    "CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItem": "create_on_call_schedule_response_included_item_option2_relationships_members_data_item",
    "CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItemType": "create_on_call_schedule_response_included_item_option2_relationships_members_data_item_type",
    "CreateOnCallScheduleResponseIncludedItemOption3": "create_on_call_schedule_response_included_item_option3",
    "CreateOnCallScheduleResponseIncludedItemOption3Relationships": "create_on_call_schedule_response_included_item_option3_relationships",
    "CreateOnCallScheduleResponseIncludedItemOption3RelationshipsUser": "create_on_call_schedule_response_included_item_option3_relationships_user",
    "CreateOnCallScheduleResponseIncludedItemOption3RelationshipsUserData": "create_on_call_schedule_response_included_item_option3_relationships_user_data",
    "CreateOnCallScheduleResponseIncludedItemOption3Type": "create_on_call_schedule_response_included_item_option3_type",
    "CreateOnCallScheduleResponseIncludedItemOption4": "create_on_call_schedule_response_included_item_option4",
    "CreateOnCallScheduleResponseIncludedItemOption4Attributes": "create_on_call_schedule_response_included_item_option4_attributes",
    "CreateOpenAPIResponse": "create_open_api_response",
    "CreateOpenAPIResponseData": "create_open_api_response_data",
    "CreateOpenAPIResponseDataAttributes": "create_open_api_response_data_attributes",
    "CreateOpsgenieServiceResponse": "create_opsgenie_service_response",
    "CreateOpsgenieServiceResponseData": "create_opsgenie_service_response_data",
    "CreatePowerpackResponse": "create_powerpack_response",
    "CreateRUMApplicationResponse": "create_rum_application_response",
    "CreateRUMApplicationResponseData": "create_rum_application_response_data",
    "CreateRUMApplicationResponseDataAttributes": "create_rum_application_response_data_attributes",
    "CreateRUMApplicationResponseDataType": "create_rum_application_response_data_type",
    "CreateRoleResponse": "create_role_response",
    "CreateRoleResponseData": "create_role_response_data",
    "CreateServiceAccountApplicationKeyResponse": "create_service_account_application_key_response",
    "CreateServiceAccountApplicationKeyResponseData": "create_service_account_application_key_response_data",
    "CreateServiceAccountApplicationKeyResponseDataAttributes": "create_service_account_application_key_response_data_attributes",
    "CreateServiceAccountResponse": "create_service_account_response",
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
    "CreateStatusPageResponse": "create_status_page_response",
    "CreateUserNotificationChannelRequest": "create_user_notification_channel_request",
    "CreateUserNotificationChannelResponse": "create_user_notification_channel_response",
    "CreateUserNotificationChannelResponseData": "create_user_notification_channel_response_data",
    "CreateUserNotificationRuleResponse": "create_user_notification_rule_response",
    "CreateUserNotificationRuleResponseData": "create_user_notification_rule_response_data",
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
    "DeleteDashboardListItemsResponse": "delete_dashboard_list_items_response",
    "DeploymentGateDataType": "deployment_gate_data_type",
    "DeploymentGateNotFoundResponse": "deployment_gate_not_found_response",
    "DeploymentRuleDataType": "deployment_rule_data_type",
    "DeploymentRuleNotFoundResponse": "deployment_rule_not_found_response",
    "DeploymentRuleOptionsFaultyDeploymentDetection": "deployment_rule_options_faulty_deployment_detection",
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
    "EventsSort": "events_sort",
    "FastlyAccountCreateRequest": "fastly_account_create_request",
    "FastlyAccountCreateRequestAttributes": "fastly_account_create_request_attributes",
    "FastlyAccountCreateRequestAttributesServicesItem": "fastly_account_create_request_attributes_services_item",
    "FastlyAccountCreateRequestData": "fastly_account_create_request_data",
    "FastlyAccountType": "fastly_account_type",
    "FastlyAccountUpdateRequest": "fastly_account_update_request",
    "FastlyAccountUpdateRequestAttributes": "fastly_account_update_request_attributes",
    "FastlyAccountUpdateRequestData": "fastly_account_update_request_data",
    "FastlyServiceAttributes": "fastly_service_attributes",
    "FastlyServiceData": "fastly_service_data",
    "FastlyServiceRequest": "fastly_service_request",
    "FastlyServiceType": "fastly_service_type",
    "GetDORADeploymentResponse": "get_dora_deployment_response",
    "GetDORADeploymentResponseData": "get_dora_deployment_response_data",
    "GetDORAFailureResponse": "get_dora_failure_response",
    "GetDORAFailureResponseData": "get_dora_failure_response_data",
    "GetDashboardListItemsResponse": "get_dashboard_list_items_response",
    "GetDashboardListItemsResponseDashboardsItem": "get_dashboard_list_items_response_dashboards_item",
    "GetDashboardListItemsResponseDashboardsItemAuthor": "get_dashboard_list_items_response_dashboards_item_author",
    "GetDeploymentGateRulesResponse": "get_deployment_gate_rules_response",
    "GetDeploymentGateRulesResponseData": "get_deployment_gate_rules_response_data",
    "GetDeploymentGateRulesResponseDataAttributes": "get_deployment_gate_rules_response_data_attributes",
    "GetDeploymentGateRulesResponseDataAttributesRulesItem": "get_deployment_gate_rules_response_data_attributes_rules_item",
    "GetDeploymentGateRulesResponseDataAttributesRulesItemCreatedBy": "get_deployment_gate_rules_response_data_attributes_rules_item_created_by",
    "GetDeploymentGateRulesResponseDataAttributesRulesItemType": "get_deployment_gate_rules_response_data_attributes_rules_item_type",
    "GetDeploymentGateRulesResponseDataAttributesRulesItemUpdatedBy": "get_deployment_gate_rules_response_data_attributes_rules_item_updated_by",
    "GetDeploymentGateRulesResponseDataType": "get_deployment_gate_rules_response_data_type",
    "GetEventResponse": "get_event_response",
    "GetEventResponseData": "get_event_response_data",
    "GetEventResponseDataAttributes": "get_event_response_data_attributes",
    "GetEventResponseDataAttributesAttributesOption1": "get_event_response_data_attributes_attributes_option1",
    "GetEventResponseDataAttributesAttributesOption1Author": "get_event_response_data_attributes_attributes_option1_author",
    "GetEventResponseDataAttributesAttributesOption1AuthorType": "get_event_response_data_attributes_attributes_option1_author_type",
    "GetEventResponseDataAttributesAttributesOption1ChangedResource": "get_event_response_data_attributes_attributes_option1_changed_resource",
    "GetEventResponseDataAttributesAttributesOption1ChangedResourceType": "get_event_response_data_attributes_attributes_option1_changed_resource_type",
    "GetEventResponseDataAttributesAttributesOption1Evt": "get_event_response_data_attributes_attributes_option1_evt",
    "GetEventResponseDataAttributesAttributesOption1ImpactedResourcesItem": "get_event_response_data_attributes_attributes_option1_impacted_resources_item",
    "GetEventResponseDataAttributesAttributesOption2": "get_event_response_data_attributes_attributes_option2",
    "GetEventResponseDataAttributesAttributesOption2LinksItem": "get_event_response_data_attributes_attributes_option2_links_item",
    "GetEventResponseDataAttributesAttributesOption2LinksItemCategory": "get_event_response_data_attributes_attributes_option2_links_item_category",
    "GetInvitationResponse": "get_invitation_response",
    "GetInvitationResponseData": "get_invitation_response_data",
    "GetLogsArchiveOrderResponse": "get_logs_archive_order_response",
    "GetOnCallTeamRoutingRulesResponse": "get_on_call_team_routing_rules_response",
    "GetOnCallTeamRoutingRulesResponseData": "get_on_call_team_routing_rules_response_data",
    "GetOnCallTeamRoutingRulesResponseDataRelationships": "get_on_call_team_routing_rules_response_data_relationships",
    "GetOnCallTeamRoutingRulesResponseDataRelationshipsRules": "get_on_call_team_routing_rules_response_data_relationships_rules",
    "GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem": "get_on_call_team_routing_rules_response_data_relationships_rules_data_item",
    "GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItemType": "get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1": "get_on_call_team_routing_rules_response_included_item_option1",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1Attributes": "get_on_call_team_routing_rules_response_included_item_option1_attributes",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1Relationships": "get_on_call_team_routing_rules_response_included_item_option1_relationships",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicy": "get_on_call_team_routing_rules_response_included_item_option1_relationships_policy",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyData": "get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data",
    "GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyDataType": "get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data_type",
    "GetOpenAPIResponse": "get_open_api_response",
    "GetOrgConfigResponse": "get_org_config_response",
    "GetOrgConfigResponseData": "get_org_config_response_data",
    "GetRUMApplicationsResponse": "get_rum_applications_response",
    "GetRUMApplicationsResponseDataItem": "get_rum_applications_response_data_item",
    "GetRUMApplicationsResponseDataItemAttributes": "get_rum_applications_response_data_item_attributes",
    "GetRUMApplicationsResponseDataItemAttributesProductScales": "get_rum_applications_response_data_item_attributes_product_scales",
    "GetRUMApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale": "get_rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale",
    "GetRUMApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale": "get_rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale",
    "GetRUMApplicationsResponseDataItemType": "get_rum_applications_response_data_item_type",
    "GetRestrictionPolicyResponse": "get_restriction_policy_response",
    "GetRoleResponse": "get_role_response",
    "GetRoleResponseData": "get_role_response_data",
    "GetSPARecommendationsResponse": "get_spa_recommendations_response",
    "GetSPARecommendationsResponseData": "get_spa_recommendations_response_data",
    "GetSPARecommendationsResponseDataAttributes": "get_spa_recommendations_response_data_attributes",
    "GetSPARecommendationsResponseDataAttributesDriver": "get_spa_recommendations_response_data_attributes_driver",
    "GetSPARecommendationsResponseDataAttributesDriverEstimation": "get_spa_recommendations_response_data_attributes_driver_estimation",
    "GetSPARecommendationsResponseDataAttributesDriverEstimationCpu": "get_spa_recommendations_response_data_attributes_driver_estimation_cpu",
    "GetSPARecommendationsResponseDataType": "get_spa_recommendations_response_data_type",
    "GetScheduleOnCallUserResponse": "get_schedule_on_call_user_response",
    "GetScheduleOnCallUserResponseData": "get_schedule_on_call_user_response_data",
    "GetScheduleOnCallUserResponseDataAttributes": "get_schedule_on_call_user_response_data_attributes",
    "GetScheduleOnCallUserResponseDataRelationships": "get_schedule_on_call_user_response_data_relationships",
    "GetScheduleOnCallUserResponseDataRelationshipsUser": "get_schedule_on_call_user_response_data_relationships_user",
    "GetScheduleOnCallUserResponseDataRelationshipsUserData": "get_schedule_on_call_user_response_data_relationships_user_data",
    "GetScheduleOnCallUserResponseDataRelationshipsUserDataType": "get_schedule_on_call_user_response_data_relationships_user_data_type",
    "GetScheduleOnCallUserResponseDataType": "get_schedule_on_call_user_response_data_type",
    "GetServiceAccountApplicationKeyResponse": "get_service_account_application_key_response",
    "GetServiceAccountApplicationKeyResponseData": "get_service_account_application_key_response_data",
    "GetTeamOnCallUsersResponse": "get_team_on_call_users_response",
    "GetTeamOnCallUsersResponseData": "get_team_on_call_users_response_data",
    "GetTeamOnCallUsersResponseDataRelationships": "get_team_on_call_users_response_data_relationships",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalations": "get_team_on_call_users_response_data_relationships_escalations",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItem": "get_team_on_call_users_response_data_relationships_escalations_data_item",
    "GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType": "get_team_on_call_users_response_data_relationships_escalations_data_item_type",
    "GetTeamOnCallUsersResponseDataRelationshipsResponders": "get_team_on_call_users_response_data_relationships_responders",
    "GetTeamOnCallUsersResponseDataRelationshipsRespondersDataItem": "get_team_on_call_users_response_data_relationships_responders_data_item",
    "GetTeamOnCallUsersResponseDataRelationshipsRespondersDataItemType": "get_team_on_call_users_response_data_relationships_responders_data_item_type",
    "GetTeamOnCallUsersResponseDataType": "get_team_on_call_users_response_data_type",
    "GetTeamOnCallUsersResponseIncludedItemOption1": "get_team_on_call_users_response_included_item_option1",
    "GetTeamOnCallUsersResponseIncludedItemOption1Attributes": "get_team_on_call_users_response_included_item_option1_attributes",
    "GetTeamOnCallUsersResponseIncludedItemOption1Relationships": "get_team_on_call_users_response_included_item_option1_relationships",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrg": "get_team_on_call_users_response_included_item_option1_relationships_org",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrgData": "get_team_on_call_users_response_included_item_option1_relationships_org_data",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrgDataType": "get_team_on_call_users_response_included_item_option1_relationships_org_data_type",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherOrgs": "get_team_on_call_users_response_included_item_option1_relationships_other_orgs",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherOrgsDataItem": "get_team_on_call_users_response_included_item_option1_relationships_other_orgs_data_item",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsers": "get_team_on_call_users_response_included_item_option1_relationships_other_users",
    "GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsersDataItem": "get_team_on_call_users_response_included_item_option1_relationships_other_users_data_item",
    "GetTeamOnCallUsersResponseIncludedItemOption2": "get_team_on_call_users_response_included_item_option2",
    "GetTeamOnCallUsersResponseIncludedItemOption2Relationships": "get_team_on_call_users_response_included_item_option2_relationships",
    "GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsResponders": "get_team_on_call_users_response_included_item_option2_relationships_responders",
    "GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItem": "get_team_on_call_users_response_included_item_option2_relationships_responders_data_item",
    "GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItemType": "get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type",
    "GetTeamOnCallUsersResponseIncludedItemOption2Type": "get_team_on_call_users_response_included_item_option2_type",
    "HTTPLog": "http_log",
    "HTTPLogItem": "http_log_item",
    "InvalidQueryPerformedResponse": "invalid_query_performed_response",
    "LayerAttributesInterval": "layer_attributes_interval",
    "ListAPIsResponse": "list_ap_is_response",
    "ListAPIsResponseDataItem": "list_ap_is_response_data_item",
    "ListAPIsResponseDataItemAttributes": "list_ap_is_response_data_item_attributes",
    "ListAPIsResponseMeta": "list_ap_is_response_meta",
    "ListAPIsResponseMetaPagination": "list_ap_is_response_meta_pagination",
    "ListArchiveReadRolesResponse": "list_archive_read_roles_response",
    "ListArchiveReadRolesResponseDataItem": "list_archive_read_roles_response_data_item",
    "ListArchiveReadRolesResponseDataItemAttributes": "list_archive_read_roles_response_data_item_attributes",
    "ListArchiveReadRolesResponseDataItemRelationships": "list_archive_read_roles_response_data_item_relationships",
    "ListArchiveReadRolesResponseMeta": "list_archive_read_roles_response_meta",
    "ListArchiveReadRolesResponseMetaPage": "list_archive_read_roles_response_meta_page",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListAuditLogsResponseDataItem": "list_audit_logs_response_data_item",
    "ListAuditLogsResponseDataItemAttributes": "list_audit_logs_response_data_item_attributes",
    "ListAuditLogsResponseDataItemType": "list_audit_logs_response_data_item_type",
    "ListAuditLogsResponseLinks": "list_audit_logs_response_links",
    "ListAuditLogsResponseMeta": "list_audit_logs_response_meta",
    "ListAuditLogsResponseMetaPage": "list_audit_logs_response_meta_page",
    "ListAuditLogsResponseMetaStatus": "list_audit_logs_response_meta_status",
    "ListAuditLogsResponseMetaWarningsItem": "list_audit_logs_response_meta_warnings_item",
    "ListCIAppPipelineEventsResponse": "list_ci_app_pipeline_events_response",
    "ListCIAppPipelineEventsResponseDataItem": "list_ci_app_pipeline_events_response_data_item",
    "ListCIAppPipelineEventsResponseDataItemAttributes": "list_ci_app_pipeline_events_response_data_item_attributes",
    "ListCIAppPipelineEventsResponseDataItemAttributesCiLevel": "list_ci_app_pipeline_events_response_data_item_attributes_ci_level",
    "ListCIAppPipelineEventsResponseDataItemType": "list_ci_app_pipeline_events_response_data_item_type",
    "ListCIAppPipelineEventsResponseMeta": "list_ci_app_pipeline_events_response_meta",
    "ListComponentsResponse": "list_components_response",
    "ListComponentsResponseDataItem": "list_components_response_data_item",
    "ListComponentsResponseDataItemAttributes": "list_components_response_data_item_attributes",
    "ListComponentsResponseDataItemAttributesComponentsItem": "list_components_response_data_item_attributes_components_item",
    "ListComponentsResponseDataItemRelationships": "list_components_response_data_item_relationships",
    "ListComponentsResponseDataItemRelationshipsCreatedByUser": "list_components_response_data_item_relationships_created_by_user",
    "ListComponentsResponseDataItemRelationshipsCreatedByUserData": "list_components_response_data_item_relationships_created_by_user_data",
    "ListComponentsResponseDataItemRelationshipsGroup": "list_components_response_data_item_relationships_group",
    "ListComponentsResponseDataItemRelationshipsGroupData": "list_components_response_data_item_relationships_group_data",
    "ListComponentsResponseDataItemRelationshipsLastModifiedByUser": "list_components_response_data_item_relationships_last_modified_by_user",
    "ListComponentsResponseDataItemRelationshipsLastModifiedByUserData": "list_components_response_data_item_relationships_last_modified_by_user_data",
    "ListComponentsResponseDataItemRelationshipsStatusPage": "list_components_response_data_item_relationships_status_page",
    "ListComponentsResponseDataItemRelationshipsStatusPageData": "list_components_response_data_item_relationships_status_page_data",
    "ListComponentsResponseIncludedItemOption3": "list_components_response_included_item_option3",
    "ListComponentsResponseIncludedItemOption3Attributes": "list_components_response_included_item_option3_attributes",
    "ListComponentsResponseIncludedItemOption3Relationships": "list_components_response_included_item_option3_relationships",
    "ListComponentsResponseIncludedItemOption3RelationshipsCreatedByUser": "list_components_response_included_item_option3_relationships_created_by_user",
    "ListComponentsResponseIncludedItemOption3RelationshipsCreatedByUserData": "list_components_response_included_item_option3_relationships_created_by_user_data",
    "ListComponentsResponseIncludedItemOption3RelationshipsGroup": "list_components_response_included_item_option3_relationships_group",
    "ListComponentsResponseIncludedItemOption3RelationshipsGroupData": "list_components_response_included_item_option3_relationships_group_data",
    "ListComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUser": "list_components_response_included_item_option3_relationships_last_modified_by_user",
    "ListComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUserData": "list_components_response_included_item_option3_relationships_last_modified_by_user_data",
    "ListComponentsResponseIncludedItemOption3RelationshipsStatusPage": "list_components_response_included_item_option3_relationships_status_page",
    "ListDORADeploymentsResponse": "list_dora_deployments_response",
    "ListDORADeploymentsResponseDataItem": "list_dora_deployments_response_data_item",
    "ListDORADeploymentsResponseDataItemAttributes": "list_dora_deployments_response_data_item_attributes",
    "ListDORAFailuresResponse": "list_dora_failures_response",
    "ListDORAFailuresResponseDataItem": "list_dora_failures_response_data_item",
    "ListDORAFailuresResponseDataItemAttributes": "list_dora_failures_response_data_item_attributes",
    "ListDegradationsResponse": "list_degradations_response",
    "ListDegradationsResponseDataItem": "list_degradations_response_data_item",
    "ListDegradationsResponseDataItemAttributes": "list_degradations_response_data_item_attributes",
    "ListDegradationsResponseDataItemAttributesComponentsAffectedItem": "list_degradations_response_data_item_attributes_components_affected_item",
    "ListDegradationsResponseDataItemAttributesUpdatesItem": "list_degradations_response_data_item_attributes_updates_item",
    "ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItem": "list_degradations_response_data_item_attributes_updates_item_components_affected_item",
    "ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItemStatus": "list_degradations_response_data_item_attributes_updates_item_components_affected_item_status",
    "ListDegradationsResponseDataItemRelationships": "list_degradations_response_data_item_relationships",
    "ListDegradationsResponseDataItemRelationshipsCreatedByUser": "list_degradations_response_data_item_relationships_created_by_user",
    "ListDegradationsResponseDataItemRelationshipsCreatedByUserData": "list_degradations_response_data_item_relationships_created_by_user_data",
    "ListDegradationsResponseDataItemRelationshipsLastModifiedByUser": "list_degradations_response_data_item_relationships_last_modified_by_user",
    "ListDegradationsResponseDataItemRelationshipsLastModifiedByUserData": "list_degradations_response_data_item_relationships_last_modified_by_user_data",
    "ListDegradationsResponseDataItemRelationshipsStatusPage": "list_degradations_response_data_item_relationships_status_page",
    "ListDegradationsResponseDataItemRelationshipsStatusPageData": "list_degradations_response_data_item_relationships_status_page_data",
    "ListDegradationsResponseIncludedItemOption2": "list_degradations_response_included_item_option2",
    "ListDegradationsResponseIncludedItemOption2Attributes": "list_degradations_response_included_item_option2_attributes",
    "ListDegradationsResponseIncludedItemOption2AttributesComponentsItem": "list_degradations_response_included_item_option2_attributes_components_item",
    "ListEventsResponse": "list_events_response",
    "ListEventsResponseDataItem": "list_events_response_data_item",
    "ListEventsResponseDataItemAttributes": "list_events_response_data_item_attributes",
    "ListEventsResponseDataItemAttributesAttributes": "list_events_response_data_item_attributes_attributes",
    "ListEventsResponseDataItemAttributesAttributesEvt": "list_events_response_data_item_attributes_attributes_evt",
    "ListEventsResponseDataItemAttributesAttributesMonitor": "list_events_response_data_item_attributes_attributes_monitor",
    "ListEventsResponseDataItemAttributesAttributesPriority": "list_events_response_data_item_attributes_attributes_priority",
    "ListEventsResponseDataItemAttributesAttributesStatus": "list_events_response_data_item_attributes_attributes_status",
    "ListEventsResponseDataItemType": "list_events_response_data_item_type",
    "ListEventsResponseMeta": "list_events_response_meta",
    "ListEventsResponseMetaPage": "list_events_response_meta_page",
    "ListFastlyAccountsResponse": "list_fastly_accounts_response",
    "ListFastlyAccountsResponseDataItem": "list_fastly_accounts_response_data_item",
    "ListFastlyAccountsResponseDataItemAttributes": "list_fastly_accounts_response_data_item_attributes",
    "ListFastlyServicesResponse": "list_fastly_services_response",
    "ListFastlyServicesResponseDataItem": "list_fastly_services_response_data_item",
    "ListLogsArchivesResponse": "list_logs_archives_response",
    "ListLogsArchivesResponseDataItem": "list_logs_archives_response_data_item",
    "ListLogsArchivesResponseDataItemAttributes": "list_logs_archives_response_data_item_attributes",
    "ListLogsArchivesResponseDataItemAttributesState": "list_logs_archives_response_data_item_attributes_state",
    "ListLogsGetResponse": "list_logs_get_response",
    "ListLogsGetResponseDataItem": "list_logs_get_response_data_item",
    "ListLogsGetResponseDataItemAttributes": "list_logs_get_response_data_item_attributes",
    "ListLogsGetResponseDataItemType": "list_logs_get_response_data_item_type",
    "ListOpsgenieServicesResponse": "list_opsgenie_services_response",
    "ListOpsgenieServicesResponseDataItem": "list_opsgenie_services_response_data_item",
    "ListOpsgenieServicesResponseDataItemAttributes": "list_opsgenie_services_response_data_item_attributes",
    "ListOrgConfigsResponse": "list_org_configs_response",
    "ListOrgConfigsResponseDataItem": "list_org_configs_response_data_item",
    "ListOrgConfigsResponseDataItemAttributes": "list_org_configs_response_data_item_attributes",
    "ListPermissionsResponse": "list_permissions_response",
    "ListPermissionsResponseDataItem": "list_permissions_response_data_item",
    "ListPermissionsResponseDataItemAttributes": "list_permissions_response_data_item_attributes",
    "ListPowerpacksResponse": "list_powerpacks_response",
    "ListPowerpacksResponseDataItem": "list_powerpacks_response_data_item",
    "ListPowerpacksResponseIncludedItem": "list_powerpacks_response_included_item",
    "ListPowerpacksResponseLinks": "list_powerpacks_response_links",
    "ListPowerpacksResponseMeta": "list_powerpacks_response_meta",
    "ListPowerpacksResponseMetaPagination": "list_powerpacks_response_meta_pagination",
    "ListProcessesResponse": "list_processes_response",
    "ListProcessesResponseDataItem": "list_processes_response_data_item",
    "ListProcessesResponseDataItemAttributes": "list_processes_response_data_item_attributes",
    "ListProcessesResponseDataItemType": "list_processes_response_data_item_type",
    "ListProcessesResponseMeta": "list_processes_response_meta",
    "ListProcessesResponseMetaPage": "list_processes_response_meta_page",
    "ListRUMEventsResponse": "list_rum_events_response",
    "ListRUMEventsResponseDataItem": "list_rum_events_response_data_item",
    "ListRUMEventsResponseDataItemAttributes": "list_rum_events_response_data_item_attributes",
    "ListRUMEventsResponseDataItemType": "list_rum_events_response_data_item_type",
    "ListRoleTemplatesResponse": "list_role_templates_response",
    "ListRoleTemplatesResponseDataItem": "list_role_templates_response_data_item",
    "ListRoleTemplatesResponseDataItemAttributes": "list_role_templates_response_data_item_attributes",
    "ListRoleTemplatesResponseDataItemType": "list_role_templates_response_data_item_type",
    "ListServiceAccountApplicationKeysResponse": "list_service_account_application_keys_response",
    "ListServiceAccountApplicationKeysResponseDataItem": "list_service_account_application_keys_response_data_item",
    "ListServiceAccountApplicationKeysResponseDataItemAttributes": "list_service_account_application_keys_response_data_item_attributes",
    "ListServiceAccountApplicationKeysResponseDataItemRelationships": "list_service_account_application_keys_response_data_item_relationships",
    "ListServiceAccountApplicationKeysResponseIncludedItemOption3": "list_service_account_application_keys_response_included_item_option3",
    "ListServiceAccountApplicationKeysResponseIncludedItemOption3Attributes": "list_service_account_application_keys_response_included_item_option3_attributes",
    "ListServiceAccountApplicationKeysResponseIncludedItemOption3Type": "list_service_account_application_keys_response_included_item_option3_type",
    "ListServiceAccountApplicationKeysResponseMeta": "list_service_account_application_keys_response_meta",
    "ListServiceAccountApplicationKeysResponseMetaPage": "list_service_account_application_keys_response_meta_page",
    "ListStatusPagesResponse": "list_status_pages_response",
    "ListStatusPagesResponseDataItem": "list_status_pages_response_data_item",
    "ListStatusPagesResponseDataItemAttributes": "list_status_pages_response_data_item_attributes",
    "ListStatusPagesResponseDataItemAttributesComponentsItem": "list_status_pages_response_data_item_attributes_components_item",
    "ListStatusPagesResponseDataItemAttributesComponentsItemComponentsItem": "list_status_pages_response_data_item_attributes_components_item_components_item",
    "ListStatusPagesResponseDataItemRelationships": "list_status_pages_response_data_item_relationships",
    "ListStatusPagesResponseDataItemRelationshipsCreatedByUser": "list_status_pages_response_data_item_relationships_created_by_user",
    "ListStatusPagesResponseDataItemRelationshipsCreatedByUserData": "list_status_pages_response_data_item_relationships_created_by_user_data",
    "ListStatusPagesResponseDataItemRelationshipsLastModifiedByUser": "list_status_pages_response_data_item_relationships_last_modified_by_user",
    "ListStatusPagesResponseDataItemRelationshipsLastModifiedByUserData": "list_status_pages_response_data_item_relationships_last_modified_by_user_data",
    "ListStatusPagesResponseIncludedItemOption1": "list_status_pages_response_included_item_option1",
    "ListStatusPagesResponseIncludedItemOption1Attributes": "list_status_pages_response_included_item_option1_attributes",
    "ListStatusPagesResponseMeta": "list_status_pages_response_meta",
    "ListStatusPagesResponseMetaPage": "list_status_pages_response_meta_page",
    "ListStatusPagesResponseMetaPageType": "list_status_pages_response_meta_page_type",
    "ListUserNotificationChannelsResponse": "list_user_notification_channels_response",
    "ListUserNotificationChannelsResponseDataItem": "list_user_notification_channels_response_data_item",
    "ListUserNotificationChannelsResponseDataItemAttributes": "list_user_notification_channels_response_data_item_attributes",
    "ListUserNotificationChannelsResponseDataItemAttributesConfigOption1": "list_user_notification_channels_response_data_item_attributes_config_option1",
    "ListUserNotificationChannelsResponseDataItemAttributesConfigOption2": "list_user_notification_channels_response_data_item_attributes_config_option2",
    "ListUserNotificationChannelsResponseDataItemAttributesConfigOption3": "list_user_notification_channels_response_data_item_attributes_config_option3",
    "ListUserNotificationChannelsResponseDataItemAttributesConfigOption3Type": "list_user_notification_channels_response_data_item_attributes_config_option3_type",
    "ListUserNotificationRulesResponse": "list_user_notification_rules_response",
    "ListUserNotificationRulesResponseDataItem": "list_user_notification_rules_response_data_item",
    "ListUserNotificationRulesResponseDataItemAttributes": "list_user_notification_rules_response_data_item_attributes",
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
    "LogsGroupByHistogram": "logs_group_by_histogram",
    "LogsListRequest": "logs_list_request",
    "LogsListRequestPage": "logs_list_request_page",
    "LogsQueryFilter": "logs_query_filter",
    "LogsQueryFilterStorageTier": "logs_query_filter_storage_tier",
    "LogsQueryOptions": "logs_query_options",
    "LogsSort": "logs_sort",
    "LogsSortOrder": "logs_sort_order",
    "NotificationChannelEmailConfigType": "notification_channel_email_config_type",
    "NotificationChannelType": "notification_channel_type",
    "OnCallNotificationRuleCategory": "on_call_notification_rule_category",
    "OnCallNotificationRuleChannelRelationship": "on_call_notification_rule_channel_relationship",
    "OnCallNotificationRuleChannelRelationshipData": "on_call_notification_rule_channel_relationship_data",
    "OnCallNotificationRuleRelationships": "on_call_notification_rule_relationships",
    "OnCallNotificationRuleRequestAttributes": "on_call_notification_rule_request_attributes",
    "OnCallNotificationRuleRequestAttributesChannelSettingsOption1": "on_call_notification_rule_request_attributes_channel_settings_option1",
    "OnCallNotificationRuleRequestAttributesChannelSettingsOption1Method": "on_call_notification_rule_request_attributes_channel_settings_option1_method",
    "OnCallNotificationRuleType": "on_call_notification_rule_type",
    "OpsgenieServiceCreateAttributes": "opsgenie_service_create_attributes",
    "OpsgenieServiceCreateData": "opsgenie_service_create_data",
    "OpsgenieServiceCreateRequest": "opsgenie_service_create_request",
    "OpsgenieServiceRegionType": "opsgenie_service_region_type",
    "OpsgenieServiceType": "opsgenie_service_type",
    "OpsgenieServiceUpdateAttributes": "opsgenie_service_update_attributes",
    "OpsgenieServiceUpdateData": "opsgenie_service_update_data",
    "OpsgenieServiceUpdateRequest": "opsgenie_service_update_request",
    "OrgConfigType": "org_config_type",
    "OrgConfigWrite": "org_config_write",
    "OrgConfigWriteAttributes": "org_config_write_attributes",
    "OrgConfigWriteRequest": "org_config_write_request",
    "PermissionsType": "permissions_type",
    "Powerpack": "powerpack",
    "PowerpackAttributes": "powerpack_attributes",
    "PowerpackData": "powerpack_data",
    "PowerpackDataRelationships": "powerpack_data_relationships",
    "PowerpackGroupWidget": "powerpack_group_widget",
    "PowerpackGroupWidgetDefinition": "powerpack_group_widget_definition",
    "PowerpackGroupWidgetLayout": "powerpack_group_widget_layout",
    "PowerpackInnerWidgets": "powerpack_inner_widgets",
    "PowerpackInnerWidgetsLayout": "powerpack_inner_widgets_layout",
    "PowerpackTemplateVariable": "powerpack_template_variable",
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
    "RUMGroupByHistogram": "rum_group_by_histogram",
    "RUMGroupBySort": "rum_group_by_sort",
    "RUMProductAnalyticsRetentionState": "rum_product_analytics_retention_state",
    "RUMQueryFilter": "rum_query_filter",
    "RUMQueryOptions": "rum_query_options",
    "RUMQueryPageOptions": "rum_query_page_options",
    "RUMSearchEventsRequest": "rum_search_events_request",
    "RUMSort": "rum_sort",
    "RelationshipToPermission": "relationship_to_permission",
    "RelationshipToPermissionData": "relationship_to_permission_data",
    "RelationshipToPermissions": "relationship_to_permissions",
    "RelationshipToRole": "relationship_to_role",
    "RelationshipToRoleData": "relationship_to_role_data",
    "RelationshipToRoles": "relationship_to_roles",
    "RelationshipToUser": "relationship_to_user",
    "RelationshipToUserData": "relationship_to_user_data",
    "RemoveUserFromRoleResponse": "remove_user_from_role_response",
    "RemoveUserFromRoleResponseIncludedItemOption1": "remove_user_from_role_response_included_item_option1",
    "RemoveUserFromRoleResponseIncludedItemOption1Attributes": "remove_user_from_role_response_included_item_option1_attributes",
    "RemoveUserFromRoleResponseIncludedItemOption2": "remove_user_from_role_response_included_item_option2",
    "RestrictionPolicy": "restriction_policy",
    "RestrictionPolicyAttributes": "restriction_policy_attributes",
    "RestrictionPolicyBinding": "restriction_policy_binding",
    "RestrictionPolicyType": "restriction_policy_type",
    "RestrictionPolicyUpdateRequest": "restriction_policy_update_request",
    "RoleClone": "role_clone",
    "RoleCloneAttributes": "role_clone_attributes",
    "RoleCloneRequest": "role_clone_request",
    "RoleCreateAttributes": "role_create_attributes",
    "RoleCreateData": "role_create_data",
    "RoleCreateRequest": "role_create_request",
    "RoleRelationships": "role_relationships",
    "RoleUpdateAttributes": "role_update_attributes",
    "RoleUpdateData": "role_update_data",
    "RoleUpdateRequest": "role_update_request",
    "RolesType": "roles_type",
    "ScheduleCreateRequest": "schedule_create_request",
    "ScheduleCreateRequestData": "schedule_create_request_data",
    "ScheduleCreateRequestDataAttributes": "schedule_create_request_data_attributes",
    "ScheduleCreateRequestDataAttributesLayersItems": "schedule_create_request_data_attributes_layers_items",
    "ScheduleCreateRequestDataRelationships": "schedule_create_request_data_relationships",
    "ScheduleCreateRequestDataType": "schedule_create_request_data_type",
    "ScheduleRequestDataAttributesLayersItemsMembersItems": "schedule_request_data_attributes_layers_items_members_items",
    "ScheduleRequestDataAttributesLayersItemsMembersItemsUser": "schedule_request_data_attributes_layers_items_members_items_user",
    "ScheduleTargetPosition": "schedule_target_position",
    "ScheduleUpdateRequest": "schedule_update_request",
    "ScheduleUpdateRequestData": "schedule_update_request_data",
    "ScheduleUpdateRequestDataAttributes": "schedule_update_request_data_attributes",
    "ScheduleUpdateRequestDataAttributesLayersItems": "schedule_update_request_data_attributes_layers_items",
    "ScheduleUpdateRequestDataRelationships": "schedule_update_request_data_relationships",
    "ScheduleUpdateRequestDataType": "schedule_update_request_data_type",
    "SendInvitationsResponse": "send_invitations_response",
    "SendInvitationsResponseDataItem": "send_invitations_response_data_item",
    "SendInvitationsResponseDataItemAttributes": "send_invitations_response_data_item_attributes",
    "SendSlackMessageAction": "send_slack_message_action",
    "SendSlackMessageActionType": "send_slack_message_action_type",
    "ServiceAccountCreateAttributes": "service_account_create_attributes",
    "ServiceAccountCreateData": "service_account_create_data",
    "ServiceAccountCreateRequest": "service_account_create_request",
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
    "UpdateDashboardListItemsResponse": "update_dashboard_list_items_response",
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
    "UserCreateAttributes": "user_create_attributes",
    "UserCreateData": "user_create_data",
    "UserCreateRequest": "user_create_request",
    "UserInvitationData": "user_invitation_data",
    "UserInvitationRelationships": "user_invitation_relationships",
    "UserInvitationsRequest": "user_invitations_request",
    "UserInvitationsType": "user_invitations_type",
    "UserRelationships": "user_relationships",
    "UserUpdateAttributes": "user_update_attributes",
    "UserUpdateData": "user_update_data",
    "UserUpdateRequest": "user_update_request",
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
    from .aggregate_ci_app_pipeline_events_response_links import AggregateCIAppPipelineEventsResponseLinks
    from .aggregate_ci_app_pipeline_events_response_meta import AggregateCIAppPipelineEventsResponseMeta
    from .aggregate_ci_app_pipeline_events_response_meta_warnings_item import (
        AggregateCIAppPipelineEventsResponseMetaWarningsItem,
    )
    from .aggregate_logs_response import AggregateLogsResponse
    from .aggregate_logs_response_data import AggregateLogsResponseData
    from .aggregate_logs_response_data_buckets_item import AggregateLogsResponseDataBucketsItem
    from .aggregate_logs_response_data_buckets_item_computes_value_option3_item import (
        AggregateLogsResponseDataBucketsItemComputesValueOption3Item,
    )
    from .aggregate_logs_response_meta import AggregateLogsResponseMeta
    from .aggregate_logs_response_meta_page import AggregateLogsResponseMetaPage
    from .aggregate_logs_response_meta_status import AggregateLogsResponseMetaStatus
    from .aggregate_logs_response_meta_warnings_item import AggregateLogsResponseMetaWarningsItem
    from .aggregate_rum_events_response import AggregateRUMEventsResponse
    from .aggregate_rum_events_response_data import AggregateRUMEventsResponseData
    from .aggregate_rum_events_response_data_buckets_item import AggregateRUMEventsResponseDataBucketsItem
    from .application_key_create_attributes import ApplicationKeyCreateAttributes
    from .application_key_create_data import ApplicationKeyCreateData
    from .application_key_create_request import ApplicationKeyCreateRequest
    from .application_key_update_attributes import ApplicationKeyUpdateAttributes
    from .application_key_update_data import ApplicationKeyUpdateData
    from .application_key_update_request import ApplicationKeyUpdateRequest
    from .application_keys_type import ApplicationKeysType
    from .audit_logs_query_filter import AuditLogsQueryFilter
    from .audit_logs_query_options import AuditLogsQueryOptions
    from .audit_logs_query_page_options import AuditLogsQueryPageOptions
    from .audit_logs_search_events_request import AuditLogsSearchEventsRequest
    from .audit_logs_sort import AuditLogsSort
    from .bad_request_response import BadRequestResponse
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
    from .ci_app_create_pipeline_event_request_data_option2_item import CIAppCreatePipelineEventRequestDataOption2Item
    from .ci_app_create_pipeline_event_request_data_type import CIAppCreatePipelineEventRequestDataType
    from .ci_app_git_info import CIAppGitInfo
    from .ci_app_pipeline_event_finished_pipeline import CIAppPipelineEventFinishedPipeline
    from .ci_app_pipeline_event_finished_pipeline_error import CIAppPipelineEventFinishedPipelineError
    from .ci_app_pipeline_event_finished_pipeline_error_domain import CIAppPipelineEventFinishedPipelineErrorDomain
    from .ci_app_pipeline_event_finished_pipeline_node import CIAppPipelineEventFinishedPipelineNode
    from .ci_app_pipeline_event_finished_pipeline_parent_pipeline import (
        CIAppPipelineEventFinishedPipelineParentPipeline,
    )
    from .ci_app_pipeline_event_finished_pipeline_previous_attempt import (
        CIAppPipelineEventFinishedPipelinePreviousAttempt,
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
    from .ci_app_pipelines_group_by_sort_order import CIAppPipelinesGroupBySortOrder
    from .ci_app_pipelines_group_by_sort_type import CIAppPipelinesGroupBySortType
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
    from .create_component_response import CreateComponentResponse
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
    from .create_degradation_response import CreateDegradationResponse
    from .create_deployment_gate_params import CreateDeploymentGateParams
    from .create_deployment_gate_params_data import CreateDeploymentGateParamsData
    from .create_deployment_gate_params_data_attributes import CreateDeploymentGateParamsDataAttributes
    from .create_deployment_gate_response import CreateDeploymentGateResponse
    from .create_deployment_gate_response_data import CreateDeploymentGateResponseData
    from .create_deployment_gate_response_data_attributes import CreateDeploymentGateResponseDataAttributes
    from .create_deployment_gate_response_data_attributes_created_by import (
        CreateDeploymentGateResponseDataAttributesCreatedBy,
    )
    from .create_deployment_gate_response_data_attributes_updated_by import (
        CreateDeploymentGateResponseDataAttributesUpdatedBy,
    )
    from .create_deployment_rule_params import CreateDeploymentRuleParams
    from .create_deployment_rule_params_data import CreateDeploymentRuleParamsData
    from .create_deployment_rule_params_data_attributes import CreateDeploymentRuleParamsDataAttributes
    from .create_deployment_rule_params_data_attributes_options_option2 import (
        CreateDeploymentRuleParamsDataAttributesOptionsOption2,
    )
    from .create_deployment_rule_response import CreateDeploymentRuleResponse
    from .create_deployment_rule_response_data import CreateDeploymentRuleResponseData
    from .create_deployment_rule_response_data_attributes import CreateDeploymentRuleResponseDataAttributes
    from .create_email_notification_channel_config import CreateEmailNotificationChannelConfig
    from .create_event_response import CreateEventResponse
    from .create_event_response_data import CreateEventResponseData
    from .create_event_response_data_attributes import CreateEventResponseDataAttributes
    from .create_event_response_data_attributes_attributes import CreateEventResponseDataAttributesAttributes
    from .create_event_response_data_attributes_attributes_evt import CreateEventResponseDataAttributesAttributesEvt
    from .create_event_response_links import CreateEventResponseLinks
    from .create_fastly_account_response import CreateFastlyAccountResponse
    from .create_fastly_account_response_data import CreateFastlyAccountResponseData
    from .create_fastly_service_response import CreateFastlyServiceResponse
    from .create_logs_archive_response import CreateLogsArchiveResponse
    from .create_logs_archive_response_data import CreateLogsArchiveResponseData
    from .create_notification_channel_attributes import CreateNotificationChannelAttributes
    from .create_notification_channel_attributes_config_option1 import CreateNotificationChannelAttributesConfigOption1
    from .create_notification_channel_attributes_config_option1_type import (
        CreateNotificationChannelAttributesConfigOption1Type,
    )
    from .create_notification_channel_data import CreateNotificationChannelData
    from .create_on_call_escalation_policy_response import CreateOnCallEscalationPolicyResponse
    from .create_on_call_escalation_policy_response_data import CreateOnCallEscalationPolicyResponseData
    from .create_on_call_escalation_policy_response_data_attributes import (
        CreateOnCallEscalationPolicyResponseDataAttributes,
    )
    from .create_on_call_escalation_policy_response_data_relationships import (
        CreateOnCallEscalationPolicyResponseDataRelationships,
    )
    from .create_on_call_escalation_policy_response_data_relationships_steps import (
        CreateOnCallEscalationPolicyResponseDataRelationshipsSteps,
    )
    from .create_on_call_escalation_policy_response_data_relationships_steps_data_item import (
        CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItem,
    )
    from .create_on_call_escalation_policy_response_data_relationships_steps_data_item_type import (
        CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItemType,
    )
    from .create_on_call_escalation_policy_response_included_item_option1 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_attributes import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1Attributes,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1Relationships,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargets,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption1,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1_type import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption1Type,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption2,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2_type import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption2Type,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption3,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3_type import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption3Type,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4,
    )
    from .create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4_type import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4Type,
    )
    from .create_on_call_escalation_policy_response_included_item_option2 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption2,
    )
    from .create_on_call_escalation_policy_response_included_item_option2_attributes import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption2Attributes,
    )
    from .create_on_call_escalation_policy_response_included_item_option2_attributes_status import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption2AttributesStatus,
    )
    from .create_on_call_escalation_policy_response_included_item_option3 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3,
    )
    from .create_on_call_escalation_policy_response_included_item_option3_attributes import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3Attributes,
    )
    from .create_on_call_escalation_policy_response_included_item_option3_relationships import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3Relationships,
    )
    from .create_on_call_escalation_policy_response_included_item_option3_relationships_layers import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayers,
    )
    from .create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItem,
    )
    from .create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItemType,
    )
    from .create_on_call_escalation_policy_response_included_item_option4 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption4,
    )
    from .create_on_call_escalation_policy_response_included_item_option4_attributes import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption4Attributes,
    )
    from .create_on_call_escalation_policy_response_included_item_option4_relationships import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption4Relationships,
    )
    from .create_on_call_escalation_policy_response_included_item_option4_relationships_schedule import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption4RelationshipsSchedule,
    )
    from .create_on_call_escalation_policy_response_included_item_option5 import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption5,
    )
    from .create_on_call_escalation_policy_response_included_item_option5_attributes import (
        CreateOnCallEscalationPolicyResponseIncludedItemOption5Attributes,
    )
    from .create_on_call_notification_rule_request import CreateOnCallNotificationRuleRequest
    from .create_on_call_notification_rule_request_data import CreateOnCallNotificationRuleRequestData
    from .create_on_call_schedule_response import CreateOnCallScheduleResponse
    from .create_on_call_schedule_response_included_item_option2 import CreateOnCallScheduleResponseIncludedItemOption2
    from .create_on_call_schedule_response_included_item_option2_attributes import (
        CreateOnCallScheduleResponseIncludedItemOption2Attributes,
    )
    from .create_on_call_schedule_response_included_item_option2_relationships import (
        CreateOnCallScheduleResponseIncludedItemOption2Relationships,
    )
    from .create_on_call_schedule_response_included_item_option2_relationships_members import (
        CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembers,
    )
    from .create_on_call_schedule_response_included_item_option2_relationships_members_data_item import (
        CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItem,
    )
    from .create_on_call_schedule_response_included_item_option2_relationships_members_data_item_type import (
        CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItemType,
    )
    from .create_on_call_schedule_response_included_item_option3 import CreateOnCallScheduleResponseIncludedItemOption3
    from .create_on_call_schedule_response_included_item_option3_relationships import (
        CreateOnCallScheduleResponseIncludedItemOption3Relationships,
    )
    from .create_on_call_schedule_response_included_item_option3_relationships_user import (
        CreateOnCallScheduleResponseIncludedItemOption3RelationshipsUser,
    )
    from .create_on_call_schedule_response_included_item_option3_relationships_user_data import (
        CreateOnCallScheduleResponseIncludedItemOption3RelationshipsUserData,
    )
    from .create_on_call_schedule_response_included_item_option3_type import (
        CreateOnCallScheduleResponseIncludedItemOption3Type,
    )
    from .create_on_call_schedule_response_included_item_option4 import CreateOnCallScheduleResponseIncludedItemOption4
    from .create_on_call_schedule_response_included_item_option4_attributes import (
        CreateOnCallScheduleResponseIncludedItemOption4Attributes,
    )
    from .create_open_api_response import CreateOpenAPIResponse
    from .create_open_api_response_data import CreateOpenAPIResponseData
    from .create_open_api_response_data_attributes import CreateOpenAPIResponseDataAttributes
    from .create_opsgenie_service_response import CreateOpsgenieServiceResponse
    from .create_opsgenie_service_response_data import CreateOpsgenieServiceResponseData
    from .create_powerpack_response import CreatePowerpackResponse
    from .create_rum_application_response import CreateRUMApplicationResponse
    from .create_rum_application_response_data import CreateRUMApplicationResponseData
    from .create_rum_application_response_data_attributes import CreateRUMApplicationResponseDataAttributes
    from .create_rum_application_response_data_type import CreateRUMApplicationResponseDataType
    from .create_role_response import CreateRoleResponse
    from .create_role_response_data import CreateRoleResponseData
    from .create_service_account_application_key_response import CreateServiceAccountApplicationKeyResponse
    from .create_service_account_application_key_response_data import CreateServiceAccountApplicationKeyResponseData
    from .create_service_account_application_key_response_data_attributes import (
        CreateServiceAccountApplicationKeyResponseDataAttributes,
    )
    from .create_service_account_response import CreateServiceAccountResponse
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
    from .create_status_page_response import CreateStatusPageResponse
    from .create_user_notification_channel_request import CreateUserNotificationChannelRequest
    from .create_user_notification_channel_response import CreateUserNotificationChannelResponse
    from .create_user_notification_channel_response_data import CreateUserNotificationChannelResponseData
    from .create_user_notification_rule_response import CreateUserNotificationRuleResponse
    from .create_user_notification_rule_response_data import CreateUserNotificationRuleResponseData
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
    from .delete_dashboard_list_items_response import DeleteDashboardListItemsResponse
    from .deployment_gate_data_type import DeploymentGateDataType
    from .deployment_gate_not_found_response import DeploymentGateNotFoundResponse
    from .deployment_rule_data_type import DeploymentRuleDataType
    from .deployment_rule_not_found_response import DeploymentRuleNotFoundResponse
    from .deployment_rule_options_faulty_deployment_detection import DeploymentRuleOptionsFaultyDeploymentDetection
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
    from .events_sort import EventsSort
    from .fastly_account_create_request import FastlyAccountCreateRequest
    from .fastly_account_create_request_attributes import FastlyAccountCreateRequestAttributes
    from .fastly_account_create_request_attributes_services_item import FastlyAccountCreateRequestAttributesServicesItem
    from .fastly_account_create_request_data import FastlyAccountCreateRequestData
    from .fastly_account_type import FastlyAccountType
    from .fastly_account_update_request import FastlyAccountUpdateRequest
    from .fastly_account_update_request_attributes import FastlyAccountUpdateRequestAttributes
    from .fastly_account_update_request_data import FastlyAccountUpdateRequestData
    from .fastly_service_attributes import FastlyServiceAttributes
    from .fastly_service_data import FastlyServiceData
    from .fastly_service_request import FastlyServiceRequest
    from .fastly_service_type import FastlyServiceType
    from .get_dora_deployment_response import GetDORADeploymentResponse
    from .get_dora_deployment_response_data import GetDORADeploymentResponseData
    from .get_dora_failure_response import GetDORAFailureResponse
    from .get_dora_failure_response_data import GetDORAFailureResponseData
    from .get_dashboard_list_items_response import GetDashboardListItemsResponse
    from .get_dashboard_list_items_response_dashboards_item import GetDashboardListItemsResponseDashboardsItem
    from .get_dashboard_list_items_response_dashboards_item_author import (
        GetDashboardListItemsResponseDashboardsItemAuthor,
    )
    from .get_deployment_gate_rules_response import GetDeploymentGateRulesResponse
    from .get_deployment_gate_rules_response_data import GetDeploymentGateRulesResponseData
    from .get_deployment_gate_rules_response_data_attributes import GetDeploymentGateRulesResponseDataAttributes
    from .get_deployment_gate_rules_response_data_attributes_rules_item import (
        GetDeploymentGateRulesResponseDataAttributesRulesItem,
    )
    from .get_deployment_gate_rules_response_data_attributes_rules_item_created_by import (
        GetDeploymentGateRulesResponseDataAttributesRulesItemCreatedBy,
    )
    from .get_deployment_gate_rules_response_data_attributes_rules_item_type import (
        GetDeploymentGateRulesResponseDataAttributesRulesItemType,
    )
    from .get_deployment_gate_rules_response_data_attributes_rules_item_updated_by import (
        GetDeploymentGateRulesResponseDataAttributesRulesItemUpdatedBy,
    )
    from .get_deployment_gate_rules_response_data_type import GetDeploymentGateRulesResponseDataType
    from .get_event_response import GetEventResponse
    from .get_event_response_data import GetEventResponseData
    from .get_event_response_data_attributes import GetEventResponseDataAttributes
    from .get_event_response_data_attributes_attributes_option1 import GetEventResponseDataAttributesAttributesOption1
    from .get_event_response_data_attributes_attributes_option1_author import (
        GetEventResponseDataAttributesAttributesOption1Author,
    )
    from .get_event_response_data_attributes_attributes_option1_author_type import (
        GetEventResponseDataAttributesAttributesOption1AuthorType,
    )
    from .get_event_response_data_attributes_attributes_option1_changed_resource import (
        GetEventResponseDataAttributesAttributesOption1ChangedResource,
    )
    from .get_event_response_data_attributes_attributes_option1_changed_resource_type import (
        GetEventResponseDataAttributesAttributesOption1ChangedResourceType,
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
    from .get_invitation_response import GetInvitationResponse
    from .get_invitation_response_data import GetInvitationResponseData
    from .get_logs_archive_order_response import GetLogsArchiveOrderResponse
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
    from .get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type import (
        GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItemType,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1 import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1_attributes import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1Attributes,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1_relationships import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1Relationships,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1_relationships_policy import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicy,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyData,
    )
    from .get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data_type import (
        GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyDataType,
    )
    from .get_open_api_response import GetOpenAPIResponse
    from .get_org_config_response import GetOrgConfigResponse
    from .get_org_config_response_data import GetOrgConfigResponseData
    from .get_rum_applications_response import GetRUMApplicationsResponse
    from .get_rum_applications_response_data_item import GetRUMApplicationsResponseDataItem
    from .get_rum_applications_response_data_item_attributes import GetRUMApplicationsResponseDataItemAttributes
    from .get_rum_applications_response_data_item_attributes_product_scales import (
        GetRUMApplicationsResponseDataItemAttributesProductScales,
    )
    from .get_rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale import (
        GetRUMApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale,
    )
    from .get_rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale import (
        GetRUMApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale,
    )
    from .get_rum_applications_response_data_item_type import GetRUMApplicationsResponseDataItemType
    from .get_restriction_policy_response import GetRestrictionPolicyResponse
    from .get_role_response import GetRoleResponse
    from .get_role_response_data import GetRoleResponseData
    from .get_spa_recommendations_response import GetSPARecommendationsResponse
    from .get_spa_recommendations_response_data import GetSPARecommendationsResponseData
    from .get_spa_recommendations_response_data_attributes import GetSPARecommendationsResponseDataAttributes
    from .get_spa_recommendations_response_data_attributes_driver import (
        GetSPARecommendationsResponseDataAttributesDriver,
    )
    from .get_spa_recommendations_response_data_attributes_driver_estimation import (
        GetSPARecommendationsResponseDataAttributesDriverEstimation,
    )
    from .get_spa_recommendations_response_data_attributes_driver_estimation_cpu import (
        GetSPARecommendationsResponseDataAttributesDriverEstimationCpu,
    )
    from .get_spa_recommendations_response_data_type import GetSPARecommendationsResponseDataType
    from .get_schedule_on_call_user_response import GetScheduleOnCallUserResponse
    from .get_schedule_on_call_user_response_data import GetScheduleOnCallUserResponseData
    from .get_schedule_on_call_user_response_data_attributes import GetScheduleOnCallUserResponseDataAttributes
    from .get_schedule_on_call_user_response_data_relationships import GetScheduleOnCallUserResponseDataRelationships
    from .get_schedule_on_call_user_response_data_relationships_user import (
        GetScheduleOnCallUserResponseDataRelationshipsUser,
    )
    from .get_schedule_on_call_user_response_data_relationships_user_data import (
        GetScheduleOnCallUserResponseDataRelationshipsUserData,
    )
    from .get_schedule_on_call_user_response_data_relationships_user_data_type import (
        GetScheduleOnCallUserResponseDataRelationshipsUserDataType,
    )
    from .get_schedule_on_call_user_response_data_type import GetScheduleOnCallUserResponseDataType
    from .get_service_account_application_key_response import GetServiceAccountApplicationKeyResponse
    from .get_service_account_application_key_response_data import GetServiceAccountApplicationKeyResponseData
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
    from .get_team_on_call_users_response_data_relationships_responders_data_item import (
        GetTeamOnCallUsersResponseDataRelationshipsRespondersDataItem,
    )
    from .get_team_on_call_users_response_data_relationships_responders_data_item_type import (
        GetTeamOnCallUsersResponseDataRelationshipsRespondersDataItemType,
    )
    from .get_team_on_call_users_response_data_type import GetTeamOnCallUsersResponseDataType
    from .get_team_on_call_users_response_included_item_option1 import GetTeamOnCallUsersResponseIncludedItemOption1
    from .get_team_on_call_users_response_included_item_option1_attributes import (
        GetTeamOnCallUsersResponseIncludedItemOption1Attributes,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships import (
        GetTeamOnCallUsersResponseIncludedItemOption1Relationships,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_org import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrg,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_org_data import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrgData,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_org_data_type import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrgDataType,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_other_orgs import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherOrgs,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_other_orgs_data_item import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherOrgsDataItem,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_other_users import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsers,
    )
    from .get_team_on_call_users_response_included_item_option1_relationships_other_users_data_item import (
        GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsersDataItem,
    )
    from .get_team_on_call_users_response_included_item_option2 import GetTeamOnCallUsersResponseIncludedItemOption2
    from .get_team_on_call_users_response_included_item_option2_relationships import (
        GetTeamOnCallUsersResponseIncludedItemOption2Relationships,
    )
    from .get_team_on_call_users_response_included_item_option2_relationships_responders import (
        GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsResponders,
    )
    from .get_team_on_call_users_response_included_item_option2_relationships_responders_data_item import (
        GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItem,
    )
    from .get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type import (
        GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItemType,
    )
    from .get_team_on_call_users_response_included_item_option2_type import (
        GetTeamOnCallUsersResponseIncludedItemOption2Type,
    )
    from .http_log import HTTPLog
    from .http_log_item import HTTPLogItem
    from .invalid_query_performed_response import InvalidQueryPerformedResponse
    from .layer_attributes_interval import LayerAttributesInterval
    from .list_ap_is_response import ListAPIsResponse
    from .list_ap_is_response_data_item import ListAPIsResponseDataItem
    from .list_ap_is_response_data_item_attributes import ListAPIsResponseDataItemAttributes
    from .list_ap_is_response_meta import ListAPIsResponseMeta
    from .list_ap_is_response_meta_pagination import ListAPIsResponseMetaPagination
    from .list_archive_read_roles_response import ListArchiveReadRolesResponse
    from .list_archive_read_roles_response_data_item import ListArchiveReadRolesResponseDataItem
    from .list_archive_read_roles_response_data_item_attributes import ListArchiveReadRolesResponseDataItemAttributes
    from .list_archive_read_roles_response_data_item_relationships import (
        ListArchiveReadRolesResponseDataItemRelationships,
    )
    from .list_archive_read_roles_response_meta import ListArchiveReadRolesResponseMeta
    from .list_archive_read_roles_response_meta_page import ListArchiveReadRolesResponseMetaPage
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_audit_logs_response_data_item import ListAuditLogsResponseDataItem
    from .list_audit_logs_response_data_item_attributes import ListAuditLogsResponseDataItemAttributes
    from .list_audit_logs_response_data_item_type import ListAuditLogsResponseDataItemType
    from .list_audit_logs_response_links import ListAuditLogsResponseLinks
    from .list_audit_logs_response_meta import ListAuditLogsResponseMeta
    from .list_audit_logs_response_meta_page import ListAuditLogsResponseMetaPage
    from .list_audit_logs_response_meta_status import ListAuditLogsResponseMetaStatus
    from .list_audit_logs_response_meta_warnings_item import ListAuditLogsResponseMetaWarningsItem
    from .list_ci_app_pipeline_events_response import ListCIAppPipelineEventsResponse
    from .list_ci_app_pipeline_events_response_data_item import ListCIAppPipelineEventsResponseDataItem
    from .list_ci_app_pipeline_events_response_data_item_attributes import (
        ListCIAppPipelineEventsResponseDataItemAttributes,
    )
    from .list_ci_app_pipeline_events_response_data_item_attributes_ci_level import (
        ListCIAppPipelineEventsResponseDataItemAttributesCiLevel,
    )
    from .list_ci_app_pipeline_events_response_data_item_type import ListCIAppPipelineEventsResponseDataItemType
    from .list_ci_app_pipeline_events_response_meta import ListCIAppPipelineEventsResponseMeta
    from .list_components_response import ListComponentsResponse
    from .list_components_response_data_item import ListComponentsResponseDataItem
    from .list_components_response_data_item_attributes import ListComponentsResponseDataItemAttributes
    from .list_components_response_data_item_attributes_components_item import (
        ListComponentsResponseDataItemAttributesComponentsItem,
    )
    from .list_components_response_data_item_relationships import ListComponentsResponseDataItemRelationships
    from .list_components_response_data_item_relationships_created_by_user import (
        ListComponentsResponseDataItemRelationshipsCreatedByUser,
    )
    from .list_components_response_data_item_relationships_created_by_user_data import (
        ListComponentsResponseDataItemRelationshipsCreatedByUserData,
    )
    from .list_components_response_data_item_relationships_group import ListComponentsResponseDataItemRelationshipsGroup
    from .list_components_response_data_item_relationships_group_data import (
        ListComponentsResponseDataItemRelationshipsGroupData,
    )
    from .list_components_response_data_item_relationships_last_modified_by_user import (
        ListComponentsResponseDataItemRelationshipsLastModifiedByUser,
    )
    from .list_components_response_data_item_relationships_last_modified_by_user_data import (
        ListComponentsResponseDataItemRelationshipsLastModifiedByUserData,
    )
    from .list_components_response_data_item_relationships_status_page import (
        ListComponentsResponseDataItemRelationshipsStatusPage,
    )
    from .list_components_response_data_item_relationships_status_page_data import (
        ListComponentsResponseDataItemRelationshipsStatusPageData,
    )
    from .list_components_response_included_item_option3 import ListComponentsResponseIncludedItemOption3
    from .list_components_response_included_item_option3_attributes import (
        ListComponentsResponseIncludedItemOption3Attributes,
    )
    from .list_components_response_included_item_option3_relationships import (
        ListComponentsResponseIncludedItemOption3Relationships,
    )
    from .list_components_response_included_item_option3_relationships_created_by_user import (
        ListComponentsResponseIncludedItemOption3RelationshipsCreatedByUser,
    )
    from .list_components_response_included_item_option3_relationships_created_by_user_data import (
        ListComponentsResponseIncludedItemOption3RelationshipsCreatedByUserData,
    )
    from .list_components_response_included_item_option3_relationships_group import (
        ListComponentsResponseIncludedItemOption3RelationshipsGroup,
    )
    from .list_components_response_included_item_option3_relationships_group_data import (
        ListComponentsResponseIncludedItemOption3RelationshipsGroupData,
    )
    from .list_components_response_included_item_option3_relationships_last_modified_by_user import (
        ListComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUser,
    )
    from .list_components_response_included_item_option3_relationships_last_modified_by_user_data import (
        ListComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUserData,
    )
    from .list_components_response_included_item_option3_relationships_status_page import (
        ListComponentsResponseIncludedItemOption3RelationshipsStatusPage,
    )
    from .list_dora_deployments_response import ListDORADeploymentsResponse
    from .list_dora_deployments_response_data_item import ListDORADeploymentsResponseDataItem
    from .list_dora_deployments_response_data_item_attributes import ListDORADeploymentsResponseDataItemAttributes
    from .list_dora_failures_response import ListDORAFailuresResponse
    from .list_dora_failures_response_data_item import ListDORAFailuresResponseDataItem
    from .list_dora_failures_response_data_item_attributes import ListDORAFailuresResponseDataItemAttributes
    from .list_degradations_response import ListDegradationsResponse
    from .list_degradations_response_data_item import ListDegradationsResponseDataItem
    from .list_degradations_response_data_item_attributes import ListDegradationsResponseDataItemAttributes
    from .list_degradations_response_data_item_attributes_components_affected_item import (
        ListDegradationsResponseDataItemAttributesComponentsAffectedItem,
    )
    from .list_degradations_response_data_item_attributes_updates_item import (
        ListDegradationsResponseDataItemAttributesUpdatesItem,
    )
    from .list_degradations_response_data_item_attributes_updates_item_components_affected_item import (
        ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItem,
    )
    from .list_degradations_response_data_item_attributes_updates_item_components_affected_item_status import (
        ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItemStatus,
    )
    from .list_degradations_response_data_item_relationships import ListDegradationsResponseDataItemRelationships
    from .list_degradations_response_data_item_relationships_created_by_user import (
        ListDegradationsResponseDataItemRelationshipsCreatedByUser,
    )
    from .list_degradations_response_data_item_relationships_created_by_user_data import (
        ListDegradationsResponseDataItemRelationshipsCreatedByUserData,
    )
    from .list_degradations_response_data_item_relationships_last_modified_by_user import (
        ListDegradationsResponseDataItemRelationshipsLastModifiedByUser,
    )
    from .list_degradations_response_data_item_relationships_last_modified_by_user_data import (
        ListDegradationsResponseDataItemRelationshipsLastModifiedByUserData,
    )
    from .list_degradations_response_data_item_relationships_status_page import (
        ListDegradationsResponseDataItemRelationshipsStatusPage,
    )
    from .list_degradations_response_data_item_relationships_status_page_data import (
        ListDegradationsResponseDataItemRelationshipsStatusPageData,
    )
    from .list_degradations_response_included_item_option2 import ListDegradationsResponseIncludedItemOption2
    from .list_degradations_response_included_item_option2_attributes import (
        ListDegradationsResponseIncludedItemOption2Attributes,
    )
    from .list_degradations_response_included_item_option2_attributes_components_item import (
        ListDegradationsResponseIncludedItemOption2AttributesComponentsItem,
    )
    from .list_events_response import ListEventsResponse
    from .list_events_response_data_item import ListEventsResponseDataItem
    from .list_events_response_data_item_attributes import ListEventsResponseDataItemAttributes
    from .list_events_response_data_item_attributes_attributes import ListEventsResponseDataItemAttributesAttributes
    from .list_events_response_data_item_attributes_attributes_evt import (
        ListEventsResponseDataItemAttributesAttributesEvt,
    )
    from .list_events_response_data_item_attributes_attributes_monitor import (
        ListEventsResponseDataItemAttributesAttributesMonitor,
    )
    from .list_events_response_data_item_attributes_attributes_priority import (
        ListEventsResponseDataItemAttributesAttributesPriority,
    )
    from .list_events_response_data_item_attributes_attributes_status import (
        ListEventsResponseDataItemAttributesAttributesStatus,
    )
    from .list_events_response_data_item_type import ListEventsResponseDataItemType
    from .list_events_response_meta import ListEventsResponseMeta
    from .list_events_response_meta_page import ListEventsResponseMetaPage
    from .list_fastly_accounts_response import ListFastlyAccountsResponse
    from .list_fastly_accounts_response_data_item import ListFastlyAccountsResponseDataItem
    from .list_fastly_accounts_response_data_item_attributes import ListFastlyAccountsResponseDataItemAttributes
    from .list_fastly_services_response import ListFastlyServicesResponse
    from .list_fastly_services_response_data_item import ListFastlyServicesResponseDataItem
    from .list_logs_archives_response import ListLogsArchivesResponse
    from .list_logs_archives_response_data_item import ListLogsArchivesResponseDataItem
    from .list_logs_archives_response_data_item_attributes import ListLogsArchivesResponseDataItemAttributes
    from .list_logs_archives_response_data_item_attributes_state import ListLogsArchivesResponseDataItemAttributesState
    from .list_logs_get_response import ListLogsGetResponse
    from .list_logs_get_response_data_item import ListLogsGetResponseDataItem
    from .list_logs_get_response_data_item_attributes import ListLogsGetResponseDataItemAttributes
    from .list_logs_get_response_data_item_type import ListLogsGetResponseDataItemType
    from .list_opsgenie_services_response import ListOpsgenieServicesResponse
    from .list_opsgenie_services_response_data_item import ListOpsgenieServicesResponseDataItem
    from .list_opsgenie_services_response_data_item_attributes import ListOpsgenieServicesResponseDataItemAttributes
    from .list_org_configs_response import ListOrgConfigsResponse
    from .list_org_configs_response_data_item import ListOrgConfigsResponseDataItem
    from .list_org_configs_response_data_item_attributes import ListOrgConfigsResponseDataItemAttributes
    from .list_permissions_response import ListPermissionsResponse
    from .list_permissions_response_data_item import ListPermissionsResponseDataItem
    from .list_permissions_response_data_item_attributes import ListPermissionsResponseDataItemAttributes
    from .list_powerpacks_response import ListPowerpacksResponse
    from .list_powerpacks_response_data_item import ListPowerpacksResponseDataItem
    from .list_powerpacks_response_included_item import ListPowerpacksResponseIncludedItem
    from .list_powerpacks_response_links import ListPowerpacksResponseLinks
    from .list_powerpacks_response_meta import ListPowerpacksResponseMeta
    from .list_powerpacks_response_meta_pagination import ListPowerpacksResponseMetaPagination
    from .list_processes_response import ListProcessesResponse
    from .list_processes_response_data_item import ListProcessesResponseDataItem
    from .list_processes_response_data_item_attributes import ListProcessesResponseDataItemAttributes
    from .list_processes_response_data_item_type import ListProcessesResponseDataItemType
    from .list_processes_response_meta import ListProcessesResponseMeta
    from .list_processes_response_meta_page import ListProcessesResponseMetaPage
    from .list_rum_events_response import ListRUMEventsResponse
    from .list_rum_events_response_data_item import ListRUMEventsResponseDataItem
    from .list_rum_events_response_data_item_attributes import ListRUMEventsResponseDataItemAttributes
    from .list_rum_events_response_data_item_type import ListRUMEventsResponseDataItemType
    from .list_role_templates_response import ListRoleTemplatesResponse
    from .list_role_templates_response_data_item import ListRoleTemplatesResponseDataItem
    from .list_role_templates_response_data_item_attributes import ListRoleTemplatesResponseDataItemAttributes
    from .list_role_templates_response_data_item_type import ListRoleTemplatesResponseDataItemType
    from .list_service_account_application_keys_response import ListServiceAccountApplicationKeysResponse
    from .list_service_account_application_keys_response_data_item import (
        ListServiceAccountApplicationKeysResponseDataItem,
    )
    from .list_service_account_application_keys_response_data_item_attributes import (
        ListServiceAccountApplicationKeysResponseDataItemAttributes,
    )
    from .list_service_account_application_keys_response_data_item_relationships import (
        ListServiceAccountApplicationKeysResponseDataItemRelationships,
    )
    from .list_service_account_application_keys_response_included_item_option3 import (
        ListServiceAccountApplicationKeysResponseIncludedItemOption3,
    )
    from .list_service_account_application_keys_response_included_item_option3_attributes import (
        ListServiceAccountApplicationKeysResponseIncludedItemOption3Attributes,
    )
    from .list_service_account_application_keys_response_included_item_option3_type import (
        ListServiceAccountApplicationKeysResponseIncludedItemOption3Type,
    )
    from .list_service_account_application_keys_response_meta import ListServiceAccountApplicationKeysResponseMeta
    from .list_service_account_application_keys_response_meta_page import (
        ListServiceAccountApplicationKeysResponseMetaPage,
    )
    from .list_status_pages_response import ListStatusPagesResponse
    from .list_status_pages_response_data_item import ListStatusPagesResponseDataItem
    from .list_status_pages_response_data_item_attributes import ListStatusPagesResponseDataItemAttributes
    from .list_status_pages_response_data_item_attributes_components_item import (
        ListStatusPagesResponseDataItemAttributesComponentsItem,
    )
    from .list_status_pages_response_data_item_attributes_components_item_components_item import (
        ListStatusPagesResponseDataItemAttributesComponentsItemComponentsItem,
    )
    from .list_status_pages_response_data_item_relationships import ListStatusPagesResponseDataItemRelationships
    from .list_status_pages_response_data_item_relationships_created_by_user import (
        ListStatusPagesResponseDataItemRelationshipsCreatedByUser,
    )
    from .list_status_pages_response_data_item_relationships_created_by_user_data import (
        ListStatusPagesResponseDataItemRelationshipsCreatedByUserData,
    )
    from .list_status_pages_response_data_item_relationships_last_modified_by_user import (
        ListStatusPagesResponseDataItemRelationshipsLastModifiedByUser,
    )
    from .list_status_pages_response_data_item_relationships_last_modified_by_user_data import (
        ListStatusPagesResponseDataItemRelationshipsLastModifiedByUserData,
    )
    from .list_status_pages_response_included_item_option1 import ListStatusPagesResponseIncludedItemOption1
    from .list_status_pages_response_included_item_option1_attributes import (
        ListStatusPagesResponseIncludedItemOption1Attributes,
    )
    from .list_status_pages_response_meta import ListStatusPagesResponseMeta
    from .list_status_pages_response_meta_page import ListStatusPagesResponseMetaPage
    from .list_status_pages_response_meta_page_type import ListStatusPagesResponseMetaPageType
    from .list_user_notification_channels_response import ListUserNotificationChannelsResponse
    from .list_user_notification_channels_response_data_item import ListUserNotificationChannelsResponseDataItem
    from .list_user_notification_channels_response_data_item_attributes import (
        ListUserNotificationChannelsResponseDataItemAttributes,
    )
    from .list_user_notification_channels_response_data_item_attributes_config_option1 import (
        ListUserNotificationChannelsResponseDataItemAttributesConfigOption1,
    )
    from .list_user_notification_channels_response_data_item_attributes_config_option2 import (
        ListUserNotificationChannelsResponseDataItemAttributesConfigOption2,
    )
    from .list_user_notification_channels_response_data_item_attributes_config_option3 import (
        ListUserNotificationChannelsResponseDataItemAttributesConfigOption3,
    )
    from .list_user_notification_channels_response_data_item_attributes_config_option3_type import (
        ListUserNotificationChannelsResponseDataItemAttributesConfigOption3Type,
    )
    from .list_user_notification_rules_response import ListUserNotificationRulesResponse
    from .list_user_notification_rules_response_data_item import ListUserNotificationRulesResponseDataItem
    from .list_user_notification_rules_response_data_item_attributes import (
        ListUserNotificationRulesResponseDataItemAttributes,
    )
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
    from .logs_group_by_histogram import LogsGroupByHistogram
    from .logs_list_request import LogsListRequest
    from .logs_list_request_page import LogsListRequestPage
    from .logs_query_filter import LogsQueryFilter
    from .logs_query_filter_storage_tier import LogsQueryFilterStorageTier
    from .logs_query_options import LogsQueryOptions
    from .logs_sort import LogsSort
    from .logs_sort_order import LogsSortOrder
    from .notification_channel_email_config_type import NotificationChannelEmailConfigType
    from .notification_channel_type import NotificationChannelType
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
    from .opsgenie_service_create_attributes import OpsgenieServiceCreateAttributes
    from .opsgenie_service_create_data import OpsgenieServiceCreateData
    from .opsgenie_service_create_request import OpsgenieServiceCreateRequest
    from .opsgenie_service_region_type import OpsgenieServiceRegionType
    from .opsgenie_service_type import OpsgenieServiceType
    from .opsgenie_service_update_attributes import OpsgenieServiceUpdateAttributes
    from .opsgenie_service_update_data import OpsgenieServiceUpdateData
    from .opsgenie_service_update_request import OpsgenieServiceUpdateRequest
    from .org_config_type import OrgConfigType
    from .org_config_write import OrgConfigWrite
    from .org_config_write_attributes import OrgConfigWriteAttributes
    from .org_config_write_request import OrgConfigWriteRequest
    from .permissions_type import PermissionsType
    from .powerpack import Powerpack
    from .powerpack_attributes import PowerpackAttributes
    from .powerpack_data import PowerpackData
    from .powerpack_data_relationships import PowerpackDataRelationships
    from .powerpack_group_widget import PowerpackGroupWidget
    from .powerpack_group_widget_definition import PowerpackGroupWidgetDefinition
    from .powerpack_group_widget_layout import PowerpackGroupWidgetLayout
    from .powerpack_inner_widgets import PowerpackInnerWidgets
    from .powerpack_inner_widgets_layout import PowerpackInnerWidgetsLayout
    from .powerpack_template_variable import PowerpackTemplateVariable
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
    from .rum_group_by_histogram import RUMGroupByHistogram
    from .rum_group_by_sort import RUMGroupBySort
    from .rum_product_analytics_retention_state import RUMProductAnalyticsRetentionState
    from .rum_query_filter import RUMQueryFilter
    from .rum_query_options import RUMQueryOptions
    from .rum_query_page_options import RUMQueryPageOptions
    from .rum_search_events_request import RUMSearchEventsRequest
    from .rum_sort import RUMSort
    from .relationship_to_permission import RelationshipToPermission
    from .relationship_to_permission_data import RelationshipToPermissionData
    from .relationship_to_permissions import RelationshipToPermissions
    from .relationship_to_role import RelationshipToRole
    from .relationship_to_role_data import RelationshipToRoleData
    from .relationship_to_roles import RelationshipToRoles
    from .relationship_to_user import RelationshipToUser
    from .relationship_to_user_data import RelationshipToUserData
    from .remove_user_from_role_response import RemoveUserFromRoleResponse
    from .remove_user_from_role_response_included_item_option1 import RemoveUserFromRoleResponseIncludedItemOption1
    from .remove_user_from_role_response_included_item_option1_attributes import (
        RemoveUserFromRoleResponseIncludedItemOption1Attributes,
    )
    from .remove_user_from_role_response_included_item_option2 import RemoveUserFromRoleResponseIncludedItemOption2
    from .restriction_policy import RestrictionPolicy
    from .restriction_policy_attributes import RestrictionPolicyAttributes
    from .restriction_policy_binding import RestrictionPolicyBinding
    from .restriction_policy_type import RestrictionPolicyType
    from .restriction_policy_update_request import RestrictionPolicyUpdateRequest
    from .role_clone import RoleClone
    from .role_clone_attributes import RoleCloneAttributes
    from .role_clone_request import RoleCloneRequest
    from .role_create_attributes import RoleCreateAttributes
    from .role_create_data import RoleCreateData
    from .role_create_request import RoleCreateRequest
    from .role_relationships import RoleRelationships
    from .role_update_attributes import RoleUpdateAttributes
    from .role_update_data import RoleUpdateData
    from .role_update_request import RoleUpdateRequest
    from .roles_type import RolesType
    from .schedule_create_request import ScheduleCreateRequest
    from .schedule_create_request_data import ScheduleCreateRequestData
    from .schedule_create_request_data_attributes import ScheduleCreateRequestDataAttributes
    from .schedule_create_request_data_attributes_layers_items import ScheduleCreateRequestDataAttributesLayersItems
    from .schedule_create_request_data_relationships import ScheduleCreateRequestDataRelationships
    from .schedule_create_request_data_type import ScheduleCreateRequestDataType
    from .schedule_request_data_attributes_layers_items_members_items import (
        ScheduleRequestDataAttributesLayersItemsMembersItems,
    )
    from .schedule_request_data_attributes_layers_items_members_items_user import (
        ScheduleRequestDataAttributesLayersItemsMembersItemsUser,
    )
    from .schedule_target_position import ScheduleTargetPosition
    from .schedule_update_request import ScheduleUpdateRequest
    from .schedule_update_request_data import ScheduleUpdateRequestData
    from .schedule_update_request_data_attributes import ScheduleUpdateRequestDataAttributes
    from .schedule_update_request_data_attributes_layers_items import ScheduleUpdateRequestDataAttributesLayersItems
    from .schedule_update_request_data_relationships import ScheduleUpdateRequestDataRelationships
    from .schedule_update_request_data_type import ScheduleUpdateRequestDataType
    from .send_invitations_response import SendInvitationsResponse
    from .send_invitations_response_data_item import SendInvitationsResponseDataItem
    from .send_invitations_response_data_item_attributes import SendInvitationsResponseDataItemAttributes
    from .send_slack_message_action import SendSlackMessageAction
    from .send_slack_message_action_type import SendSlackMessageActionType
    from .service_account_create_attributes import ServiceAccountCreateAttributes
    from .service_account_create_data import ServiceAccountCreateData
    from .service_account_create_request import ServiceAccountCreateRequest
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
    from .update_dashboard_list_items_response import UpdateDashboardListItemsResponse
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
    from .user_create_attributes import UserCreateAttributes
    from .user_create_data import UserCreateData
    from .user_create_request import UserCreateRequest
    from .user_invitation_data import UserInvitationData
    from .user_invitation_relationships import UserInvitationRelationships
    from .user_invitations_request import UserInvitationsRequest
    from .user_invitations_type import UserInvitationsType
    from .user_relationships import UserRelationships
    from .user_update_attributes import UserUpdateAttributes
    from .user_update_data import UserUpdateData
    from .user_update_request import UserUpdateRequest
    from .users_type import UsersType
    from .weekday import Weekday
    from .widget_live_span import WidgetLiveSpan
