from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UpdateDeploymentGateParamsDataAttributes(OpenApiModel):
    dry_run: Annotated[bool, Field(description="Whether to run in dry-run mode.")]
