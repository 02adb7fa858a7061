from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RoleCreateAttributes(OpenApiModel):
    created_at: Annotated[datetime | None, Field(description="Creation time of the role.")] = None
    modified_at: Annotated[datetime | None, Field(description="Time of last role modification.")] = None
    name: Annotated[str, Field(description="Name of the role.")]
    receives_permissions_from: Annotated[
        list[str] | None,
        Field(
            description='The managed role from which this role automatically inherits new permissions. Specify one of the following: "Datadog Admin Role", "Datadog Standard Role", or "Datadog Read Only Role". If empty or not specified, the role does not automatically inherit permissions from any managed role.'
        ),
    ] = None
