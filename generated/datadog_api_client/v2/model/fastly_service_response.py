from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import fastly_service_data


class FastlyServiceResponse(OpenApiModel):
    data: fastly_service_data.FastlyServiceData | None = None
