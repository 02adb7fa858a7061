from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        ci_app_git_info,
        ci_app_pipeline_event_finished_pipeline_error,
        ci_app_pipeline_event_finished_pipeline_node,
        ci_app_pipeline_event_finished_pipeline_parent_pipeline,
        ci_app_pipeline_event_pipeline_level,
        ci_app_pipeline_event_pipeline_status,
    )

_REFERENCES = {
    "ci_app_git_info": "ci_app_git_info",
    "ci_app_pipeline_event_finished_pipeline_error": "ci_app_pipeline_event_finished_pipeline_error",
    "ci_app_pipeline_event_finished_pipeline_node": "ci_app_pipeline_event_finished_pipeline_node",
    "ci_app_pipeline_event_finished_pipeline_parent_pipeline": "ci_app_pipeline_event_finished_pipeline_parent_pipeline",
    "ci_app_pipeline_event_pipeline_level": "ci_app_pipeline_event_pipeline_level",
    "ci_app_pipeline_event_pipeline_status": "ci_app_pipeline_event_pipeline_status",
}


class CIAppPipelineEventFinishedPipeline(OpenApiModel):
    end: Annotated[
        datetime,
        Field(
            description="Time when the pipeline run finished. It cannot be older than 18 hours in the past from the current time. The time format must be RFC3339."
        ),
    ]
    error: ci_app_pipeline_event_finished_pipeline_error.CIAppPipelineEventFinishedPipelineError | None = None
    git: ci_app_git_info.CIAppGitInfo | None = None
    is_manual: Annotated[
        bool | None, Field(description="Whether or not the pipeline was triggered manually by the user.")
    ] = None
    is_resumed: Annotated[
        bool | None, Field(description="Whether or not the pipeline was resumed after being blocked.")
    ] = None
    level: ci_app_pipeline_event_pipeline_level.CIAppPipelineEventPipelineLevel
    metrics: Annotated[
        list[str] | None,
        Field(
            description="A list of user-defined metrics. The metrics must follow the `key:value` pattern and the value must be numeric."
        ),
    ] = None
    name: Annotated[
        str, Field(description="Name of the pipeline. All pipeline runs for the builds should have the same name.")
    ]
    node: ci_app_pipeline_event_finished_pipeline_node.CIAppPipelineEventFinishedPipelineNode | None = None
    parameters: Annotated[
        dict[str, str] | None,
        Field(description="A map of key-value parameters or environment variables that were defined for the pipeline."),
    ] = None
    parent_pipeline: (
        ci_app_pipeline_event_finished_pipeline_parent_pipeline.CIAppPipelineEventFinishedPipelineParentPipeline | None
    ) = None
    partial_retry: Annotated[
        bool,
        Field(
            description="Whether or not the pipeline was a partial retry of a previous attempt. A partial retry is one which only runs a subset of the original jobs."
        ),
    ]
    pipeline_id: Annotated[
        str | None,
        Field(
            description="Any ID used in the provider to identify the pipeline run even if it is not unique across retries. If the `pipeline_id` is unique, then both `unique_id` and `pipeline_id` can be set to the same value."
        ),
    ] = None
    previous_attempt: (
        ci_app_pipeline_event_finished_pipeline_parent_pipeline.CIAppPipelineEventFinishedPipelineParentPipeline | None
    ) = None
    queue_time: Annotated[int | None, Field(description="The queue time in milliseconds, if applicable.")] = None
    start: Annotated[
        datetime,
        Field(
            description="Time when the pipeline run started (it should not include any queue time). The time format must be RFC3339."
        ),
    ]
    status: ci_app_pipeline_event_pipeline_status.CIAppPipelineEventPipelineStatus
    tags: Annotated[
        list[str] | None,
        Field(description="A list of user-defined tags. The tags must follow the `key:value` pattern."),
    ] = None
    unique_id: Annotated[
        str,
        Field(
            description="UUID of the pipeline run. The ID has to be unique across retries and pipelines, including partial retries."
        ),
    ]
    url: Annotated[str, Field(description="The URL to look at the pipeline in the CI provider UI.")]
