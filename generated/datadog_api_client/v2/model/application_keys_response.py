from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_key, application_keys_response_meta, leaked_key, role, user

_REFERENCES = {
    "application_key": "application_key",
    "application_keys_response_meta": "application_keys_response_meta",
    "leaked_key": "leaked_key",
    "role": "role",
    "user": "user",
}


class ApplicationKeysResponse(OpenApiModel):
    data: Annotated[list[application_key.ApplicationKey] | None, Field(description="Array of application keys.")] = None
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
    meta: application_keys_response_meta.ApplicationKeysResponseMeta | None = None
