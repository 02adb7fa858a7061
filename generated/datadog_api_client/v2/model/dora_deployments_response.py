from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment

_REFERENCES = {"dora_deployment": "dora_deployment"}


class DoraDeploymentsResponse(OpenApiModel):
    data: Annotated[
        list[dora_deployment.DoraDeployment] | None, Field(description="The list of DORA deployment events.")
    ] = None
