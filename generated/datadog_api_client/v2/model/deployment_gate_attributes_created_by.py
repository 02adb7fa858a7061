from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DeploymentGateAttributesCreatedBy(OpenApiModel):
    handle: Annotated[str | None, Field(description="The handle of the user who created the deployment rule.")] = None
    id: Annotated[str, Field(description="The ID of the user who created the deployment rule.")]
    name: Annotated[str | None, Field(description="The name of the user who created the deployment rule.")] = None
