from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_key_create_attributes, application_keys_type

_REFERENCES = {
    "application_key_create_attributes": "application_key_create_attributes",
    "application_keys_type": "application_keys_type",
}


class ApplicationKeyCreateData(OpenApiModel):
    attributes: application_key_create_attributes.ApplicationKeyCreateAttributes
    type: application_keys_type.ApplicationKeysType
