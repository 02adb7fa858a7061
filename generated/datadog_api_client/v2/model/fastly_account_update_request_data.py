from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_type, fastly_account_update_request_attributes

_REFERENCES = {
    "fastly_account_type": "fastly_account_type",
    "fastly_account_update_request_attributes": "fastly_account_update_request_attributes",
}


class FastlyAccountUpdateRequestData(OpenApiModel):
    attributes: fastly_account_update_request_attributes.FastlyAccountUpdateRequestAttributes | None = None
    type: fastly_account_type.FastlyAccountType | None = None
