from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_pipeline_event_finished_pipeline_error_domain

_REFERENCES = {
    "ci_app_pipeline_event_finished_pipeline_error_domain": "ci_app_pipeline_event_finished_pipeline_error_domain"
}


class CIAppPipelineEventFinishedPipelineError(OpenApiModel):
    domain: (
        ci_app_pipeline_event_finished_pipeline_error_domain.CIAppPipelineEventFinishedPipelineErrorDomain | None
    ) = None
    message: Annotated[str | None, Field(description="Error message.")] = None
    stack: Annotated[str | None, Field(description="The stack trace of the reported errors.")] = None
    type: Annotated[str | None, Field(description="Short description of the error type.")] = None
