from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service_create_attributes, opsgenie_service_type

_REFERENCES = {
    "opsgenie_service_create_attributes": "opsgenie_service_create_attributes",
    "opsgenie_service_type": "opsgenie_service_type",
}


class OpsgenieServiceCreateData(OpenApiModel):
    attributes: opsgenie_service_create_attributes.OpsgenieServiceCreateAttributes
    type: opsgenie_service_type.OpsgenieServiceType
