from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import ci_app_create_pipeline_event_request_attributes_resource_option1_option1_error_domain


class CIAppCreatePipelineEventRequestAttributesResourceOption1Option1Error(OpenApiModel):
    domain: (
        ci_app_create_pipeline_event_request_attributes_resource_option1_option1_error_domain.CIAppCreatePipelineEventRequestAttributesResourceOption1Option1ErrorDomain
        | None
    ) = None
    message: Annotated[str | None, Field(description="Error message.")] = None
    stack: Annotated[str | None, Field(description="The stack trace of the reported errors.")] = None
    type: Annotated[str | None, Field(description="Short description of the error type.")] = None
