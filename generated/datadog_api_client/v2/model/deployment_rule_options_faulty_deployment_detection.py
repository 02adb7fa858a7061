from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DeploymentRuleOptionsFaultyDeploymentDetection(OpenApiModel):
    duration: Annotated[int | None, Field(description="The duration for faulty deployment detection.")] = None
    excluded_resources: Annotated[
        list[str] | None, Field(description="Resources to exclude from faulty deployment detection.")
    ] = None
