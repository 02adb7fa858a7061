from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_service_account_application_keys_response_included_item_option3_attributes,
    list_service_account_application_keys_response_included_item_option3_type,
)


class ListServiceAccountApplicationKeysResponseIncludedItemOption3(OpenApiModel):
    attributes: (
        list_service_account_application_keys_response_included_item_option3_attributes.ListServiceAccountApplicationKeysResponseIncludedItemOption3Attributes
    )
    id: Annotated[str, Field(description="The LeakedKey id.")]
    type: (
        list_service_account_application_keys_response_included_item_option3_type.ListServiceAccountApplicationKeysResponseIncludedItemOption3Type
    )
