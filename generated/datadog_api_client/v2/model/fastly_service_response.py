from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_service_data

_REFERENCES = {"fastly_service_data": "fastly_service_data"}


class FastlyServiceResponse(OpenApiModel):
    data: fastly_service_data.FastlyServiceData | None = None
