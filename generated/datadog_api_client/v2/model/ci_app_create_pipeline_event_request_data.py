from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_create_pipeline_event_request_attributes, ci_app_create_pipeline_event_request_data_type

_REFERENCES = {
    "ci_app_create_pipeline_event_request_attributes": "ci_app_create_pipeline_event_request_attributes",
    "ci_app_create_pipeline_event_request_data_type": "ci_app_create_pipeline_event_request_data_type",
}


class CIAppCreatePipelineEventRequestData(OpenApiModel):
    attributes: ci_app_create_pipeline_event_request_attributes.CIAppCreatePipelineEventRequestAttributes | None = None
    type: ci_app_create_pipeline_event_request_data_type.CIAppCreatePipelineEventRequestDataType | None = None
