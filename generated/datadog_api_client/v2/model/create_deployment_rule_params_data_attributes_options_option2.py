from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateDeploymentRuleParamsDataAttributesOptionsOption2(OpenApiModel):
    duration: Annotated[
        int | None, Field(description="Seconds the monitor needs to stay in OK status for the rule to pass.")
    ] = None
    query: Annotated[str, Field(description="Monitors that match this query are evaluated.")]
