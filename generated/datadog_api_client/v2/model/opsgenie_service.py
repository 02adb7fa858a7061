from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service_attributes, opsgenie_service_type

_REFERENCES = {
    "opsgenie_service_attributes": "opsgenie_service_attributes",
    "opsgenie_service_type": "opsgenie_service_type",
}


class OpsgenieService(OpenApiModel):
    attributes: opsgenie_service_attributes.OpsgenieServiceAttributes
    id: Annotated[str, Field(description="The ID of the Opsgenie service.")]
    type: opsgenie_service_type.OpsgenieServiceType
