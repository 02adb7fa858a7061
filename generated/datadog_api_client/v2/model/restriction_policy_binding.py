from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RestrictionPolicyBinding(OpenApiModel):
    principals: Annotated[
        list[str],
        Field(
            description="An array of principals. A principal is a subject or group of subjects. Each principal is formatted as `type:id`. Supported types: `role`, `team`, `user`, and `org`. The org ID can be obtained through the api/v2/current_user API. The user principal type accepts service account IDs."
        ),
    ]
    relation: Annotated[str, Field(description="The role/level of access.")]
