from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_update_request_data

_REFERENCES = {"fastly_account_update_request_data": "fastly_account_update_request_data"}


class FastlyAccountUpdateRequest(OpenApiModel):
    data: fastly_account_update_request_data.FastlyAccountUpdateRequestData
