from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        ci_app_create_pipeline_event_request_attributes_resource_option2,
        ci_app_create_pipeline_event_request_attributes_resource_option3,
        ci_app_create_pipeline_event_request_attributes_resource_option4,
        ci_app_pipeline_event_finished_pipeline,
        ci_app_pipeline_event_in_progress_pipeline,
    )

_REFERENCES = {
    "ci_app_create_pipeline_event_request_attributes_resource_option2": "ci_app_create_pipeline_event_request_attributes_resource_option2",
    "ci_app_create_pipeline_event_request_attributes_resource_option3": "ci_app_create_pipeline_event_request_attributes_resource_option3",
    "ci_app_create_pipeline_event_request_attributes_resource_option4": "ci_app_create_pipeline_event_request_attributes_resource_option4",
    "ci_app_pipeline_event_finished_pipeline": "ci_app_pipeline_event_finished_pipeline",
    "ci_app_pipeline_event_in_progress_pipeline": "ci_app_pipeline_event_in_progress_pipeline",
}


class CIAppCreatePipelineEventRequestAttributes(OpenApiModel):
    env: Annotated[str | None, Field(description="The Datadog environment.")] = None
    provider_name: Annotated[
        str | None, Field(description='The name of the CI provider. By default, this is "custom".')
    ] = None
    resource: Annotated[
        ci_app_pipeline_event_finished_pipeline.CIAppPipelineEventFinishedPipeline
        | ci_app_pipeline_event_in_progress_pipeline.CIAppPipelineEventInProgressPipeline
        | ci_app_create_pipeline_event_request_attributes_resource_option2.CIAppCreatePipelineEventRequestAttributesResourceOption2
        | ci_app_create_pipeline_event_request_attributes_resource_option3.CIAppCreatePipelineEventRequestAttributesResourceOption3
        | ci_app_create_pipeline_event_request_attributes_resource_option4.CIAppCreatePipelineEventRequestAttributesResourceOption4,
        Field(description="Details of the CI pipeline event."),
    ]
    service: Annotated[
        str | None, Field(description="If the CI provider is SaaS, use this to differentiate between instances.")
    ] = None
