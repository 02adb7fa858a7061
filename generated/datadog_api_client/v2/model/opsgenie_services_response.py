from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service

_REFERENCES = {"opsgenie_service": "opsgenie_service"}


class OpsgenieServicesResponse(OpenApiModel):
    data: Annotated[list[opsgenie_service.OpsgenieService], Field(description="An array of Opsgenie services.")]
