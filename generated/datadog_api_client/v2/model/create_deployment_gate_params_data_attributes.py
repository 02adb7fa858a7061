from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateDeploymentGateParamsDataAttributes(OpenApiModel):
    dry_run: Annotated[bool | None, Field(description="Whether this gate is run in dry-run mode.")] = None
    env: Annotated[str, Field(description="The environment of the deployment gate.")]
    identifier: Annotated[str | None, Field(description="The identifier of the deployment gate.")] = None
    service: Annotated[str, Field(description="The service of the deployment gate.")]
