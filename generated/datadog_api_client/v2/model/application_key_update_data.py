from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_key_update_attributes, application_keys_type

_REFERENCES = {
    "application_key_update_attributes": "application_key_update_attributes",
    "application_keys_type": "application_keys_type",
}


class ApplicationKeyUpdateData(OpenApiModel):
    attributes: application_key_update_attributes.ApplicationKeyUpdateAttributes
    id: Annotated[str, Field(description="ID of the application key.")]
    type: application_keys_type.ApplicationKeysType
