from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service

_REFERENCES = {"opsgenie_service": "opsgenie_service"}


class OpsgenieServiceResponse(OpenApiModel):
    data: opsgenie_service.OpsgenieService
