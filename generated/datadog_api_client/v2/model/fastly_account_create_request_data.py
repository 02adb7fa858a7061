from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_create_request_attributes, fastly_account_type

_REFERENCES = {
    "fastly_account_create_request_attributes": "fastly_account_create_request_attributes",
    "fastly_account_type": "fastly_account_type",
}


class FastlyAccountCreateRequestData(OpenApiModel):
    attributes: fastly_account_create_request_attributes.FastlyAccountCreateRequestAttributes
    type: fastly_account_type.FastlyAccountType
