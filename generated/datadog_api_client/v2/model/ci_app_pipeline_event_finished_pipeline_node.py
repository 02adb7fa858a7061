from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CIAppPipelineEventFinishedPipelineNode(OpenApiModel):
    hostname: Annotated[str | None, Field(description="FQDN of the host.")] = None
    labels: Annotated[list[str] | None, Field(description="A list of labels used to select or identify the node.")] = (
        None
    )
    name: Annotated[str | None, Field(description="Name for the host.")] = None
    workspace: Annotated[str | None, Field(description="The path where the code is checked out.")] = None
