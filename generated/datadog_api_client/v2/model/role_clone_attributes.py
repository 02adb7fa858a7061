from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RoleCloneAttributes(OpenApiModel):
    name: Annotated[str, Field(description="Name of the new role that is cloned.")]
    receives_permissions_from: Annotated[
        list[str] | None,
        Field(
            description='The managed role from which this role automatically inherits new permissions. Specify one of the following: "Datadog Admin Role", "Datadog Standard Role", or "Datadog Read Only Role". If empty or not specified, the role does not automatically inherit permissions from any managed role.'
        ),
    ] = None
