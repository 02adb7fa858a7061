from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service_create_data

_REFERENCES = {"opsgenie_service_create_data": "opsgenie_service_create_data"}


class OpsgenieServiceCreateRequest(OpenApiModel):
    data: opsgenie_service_create_data.OpsgenieServiceCreateData
