from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_create_pipeline_event_request_data

_REFERENCES = {"ci_app_create_pipeline_event_request_data": "ci_app_create_pipeline_event_request_data"}


class CIAppCreatePipelineEventRequest(OpenApiModel):
    data: Annotated[
        ci_app_create_pipeline_event_request_data.CIAppCreatePipelineEventRequestData
        | list[ci_app_create_pipeline_event_request_data.CIAppCreatePipelineEventRequestData]
        | None,
        Field(description="Data of the pipeline events to create."),
    ] = None
