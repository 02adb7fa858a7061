from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_rum_application_response_data


class CreateRUMApplicationResponse(OpenApiModel):
    data: create_rum_application_response_data.CreateRUMApplicationResponseData | None = None
