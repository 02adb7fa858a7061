from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_gate_attributes_created_by

_REFERENCES = {"deployment_gate_attributes_created_by": "deployment_gate_attributes_created_by"}


class DeploymentGateAttributes(OpenApiModel):
    created_at: Annotated[datetime, Field(description="The timestamp when the deployment gate was created.")]
    created_by: deployment_gate_attributes_created_by.DeploymentGateAttributesCreatedBy
    dry_run: Annotated[bool, Field(description="Whether this gate is run in dry-run mode.")]
    env: Annotated[str, Field(description="The environment of the deployment gate.")]
    identifier: Annotated[str, Field(description="The identifier of the deployment gate.")]
    service: Annotated[str, Field(description="The service of the deployment gate.")]
    updated_at: Annotated[
        datetime | None, Field(description="The timestamp when the deployment gate was last updated.")
    ] = None
    updated_by: deployment_gate_attributes_created_by.DeploymentGateAttributesCreatedBy | None = None
