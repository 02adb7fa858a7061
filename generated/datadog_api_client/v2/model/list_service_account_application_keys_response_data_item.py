from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    application_keys_type,
    list_service_account_application_keys_response_data_item_attributes,
    list_service_account_application_keys_response_data_item_relationships,
)


class ListServiceAccountApplicationKeysResponseDataItem(OpenApiModel):
    attributes: (
        list_service_account_application_keys_response_data_item_attributes.ListServiceAccountApplicationKeysResponseDataItemAttributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="ID of the application key.")] = None
    relationships: (
        list_service_account_application_keys_response_data_item_relationships.ListServiceAccountApplicationKeysResponseDataItemRelationships
        | None
    ) = None
    type: application_keys_type.ApplicationKeysType | None = None
