from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_open_api_response_data


class CreateOpenAPIResponse(OpenApiModel):
    data: create_open_api_response_data.CreateOpenAPIResponseData | None = None
