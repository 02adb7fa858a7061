from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_component_request_data

_REFERENCES = {"update_component_request_data": "update_component_request_data"}


class UpdateComponentRequest(OpenApiModel):
    data: update_component_request_data.UpdateComponentRequestData | None = None
