from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_service_account_application_key_response_data, leaked_key, role, user

_REFERENCES = {
    "create_service_account_application_key_response_data": "create_service_account_application_key_response_data",
    "leaked_key": "leaked_key",
    "role": "role",
    "user": "user",
}


class CreateServiceAccountApplicationKeyResponse(OpenApiModel):
    data: create_service_account_application_key_response_data.CreateServiceAccountApplicationKeyResponseData | None = (
        None
    )
    included: Annotated[
        list[
            Annotated[
                user.User | role.Role | leaked_key.LeakedKey | UnparsedObject,
                OneOf("type", tags=("users", "roles", "leaked_keys")),
            ]
        ]
        | None,
        Field(description="Array of objects related to the application key."),
    ] = None
