from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        ci_app_create_pipeline_event_request_attributes_resource_option3_level,
        ci_app_git_info,
        ci_app_pipeline_event_finished_pipeline_error,
        ci_app_pipeline_event_finished_pipeline_node,
        ci_app_pipeline_event_pipeline_status,
    )

_REFERENCES = {
    "ci_app_create_pipeline_event_request_attributes_resource_option3_level": "ci_app_create_pipeline_event_request_attributes_resource_option3_level",
    "ci_app_git_info": "ci_app_git_info",
    "ci_app_pipeline_event_finished_pipeline_error": "ci_app_pipeline_event_finished_pipeline_error",
    "ci_app_pipeline_event_finished_pipeline_node": "ci_app_pipeline_event_finished_pipeline_node",
    "ci_app_pipeline_event_pipeline_status": "ci_app_pipeline_event_pipeline_status",
}


class CIAppCreatePipelineEventRequestAttributesResourceOption3(OpenApiModel):
    dependencies: Annotated[list[str] | None, Field(description="A list of job IDs that this job depends on.")] = None
    end: Annotated[datetime, Field(description="Time when the job run finished. The time format must be RFC3339.")]
    error: ci_app_pipeline_event_finished_pipeline_error.CIAppPipelineEventFinishedPipelineError | None = None
    git: ci_app_git_info.CIAppGitInfo | None = None
    id: Annotated[str, Field(description="The UUID for the job. It has to be unique within each pipeline execution.")]
    level: (
        ci_app_create_pipeline_event_request_attributes_resource_option3_level.CIAppCreatePipelineEventRequestAttributesResourceOption3Level
    )
    metrics: Annotated[
        list[str] | None,
        Field(
            description="A list of user-defined metrics. The metrics must follow the `key:value` pattern and the value must be numeric."
        ),
    ] = None
    name: Annotated[str, Field(description="The name for the job.")]
    node: ci_app_pipeline_event_finished_pipeline_node.CIAppPipelineEventFinishedPipelineNode | None = None
    parameters: Annotated[
        dict[str, str] | None,
        Field(description="A map of key-value parameters or environment variables that were defined for the pipeline."),
    ] = None
    pipeline_name: Annotated[str, Field(description="The parent pipeline name.")]
    pipeline_unique_id: Annotated[str, Field(description="The parent pipeline UUID.")]
    queue_time: Annotated[int | None, Field(description="The queue time in milliseconds, if applicable.")] = None
    stage_id: Annotated[str | None, Field(description="The parent stage UUID (if applicable).")] = None
    stage_name: Annotated[str | None, Field(description="The parent stage name (if applicable).")] = None
    start: Annotated[
        datetime,
        Field(
            description="Time when the job run instance started (it should not include any queue time). The time format must be RFC3339."
        ),
    ]
    status: ci_app_pipeline_event_pipeline_status.CIAppPipelineEventPipelineStatus
    tags: Annotated[
        list[str] | None,
        Field(description="A list of user-defined tags. The tags must follow the `key:value` pattern."),
    ] = None
    url: Annotated[str, Field(description="The URL to look at the job in the CI provider UI.")]
