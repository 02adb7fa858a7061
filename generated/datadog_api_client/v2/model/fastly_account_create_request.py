from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_create_request_data

_REFERENCES = {"fastly_account_create_request_data": "fastly_account_create_request_data"}


class FastlyAccountCreateRequest(OpenApiModel):
    data: fastly_account_create_request_data.FastlyAccountCreateRequestData
