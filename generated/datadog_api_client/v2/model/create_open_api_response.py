from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_open_api_response_data

_REFERENCES = {"create_open_api_response_data": "create_open_api_response_data"}


class CreateOpenAPIResponse(OpenApiModel):
    data: create_open_api_response_data.CreateOpenAPIResponseData | None = None
