from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DeploymentGateAttributesUpdatedBy(OpenApiModel):
    handle: Annotated[str | None, Field(description="The handle of the user who updated the deployment rule.")] = None
    id: Annotated[str, Field(description="The ID of the user who updated the deployment rule.")]
    name: Annotated[str | None, Field(description="The name of the user who updated the deployment rule.")] = None
