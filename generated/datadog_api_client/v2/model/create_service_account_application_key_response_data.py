from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        application_key_relationships,
        application_keys_type,
        create_service_account_application_key_response_data_attributes,
    )

_REFERENCES = {
    "application_key_relationships": "application_key_relationships",
    "application_keys_type": "application_keys_type",
    "create_service_account_application_key_response_data_attributes": "create_service_account_application_key_response_data_attributes",
}


class CreateServiceAccountApplicationKeyResponseData(OpenApiModel):
    attributes: (
        create_service_account_application_key_response_data_attributes.CreateServiceAccountApplicationKeyResponseDataAttributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="ID of the application key.")] = None
    relationships: application_key_relationships.ApplicationKeyRelationships | None = None
    type: application_keys_type.ApplicationKeysType | None = None
