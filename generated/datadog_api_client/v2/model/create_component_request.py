from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_component_request_data

_REFERENCES = {"create_component_request_data": "create_component_request_data"}


class CreateComponentRequest(OpenApiModel):
    data: create_component_request_data.CreateComponentRequestData | None = None
