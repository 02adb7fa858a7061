from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment

_REFERENCES = {"dora_deployment": "dora_deployment"}


class DoraDeploymentResponse(OpenApiModel):
    data: dora_deployment.DoraDeployment | None = None
