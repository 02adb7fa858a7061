from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_open_api_response_data

_REFERENCES = {"update_open_api_response_data": "update_open_api_response_data"}


class UpdateOpenAPIResponse(OpenApiModel):
    data: update_open_api_response_data.UpdateOpenAPIResponseData | None = None
