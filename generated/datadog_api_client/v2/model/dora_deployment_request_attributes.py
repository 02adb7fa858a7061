from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_git_info

_REFERENCES = {"dora_git_info": "dora_git_info"}


class DORADeploymentRequestAttributes(OpenApiModel):
    custom_tags: Annotated[
        list[str] | None,
        Field(
            description="A list of user-defined tags. The tags must follow the `key:value` pattern. Up to 100 may be added per event."
        ),
    ] = None
    env: Annotated[str | None, Field(description="Environment name to where the service was deployed.")] = None
    finished_at: Annotated[
        int,
        Field(
            description="Unix timestamp when the deployment finished. It must be in nanoseconds, milliseconds, or seconds."
        ),
    ]
    git: dora_git_info.DORAGitInfo | None = None
    id: Annotated[
        str | None,
        Field(
            description="Deployment ID. Must be 16-128 characters and contain only alphanumeric characters, hyphens, underscores, periods, and colons (a-z, A-Z, 0-9, -, _, ., :)."
        ),
    ] = None
    service: Annotated[str, Field(description="Service name.")]
    started_at: Annotated[
        int,
        Field(
            description="Unix timestamp when the deployment started. It must be in nanoseconds, milliseconds, or seconds."
        ),
    ]
    team: Annotated[
        str | None,
        Field(
            description="Name of the team owning the deployed service. If not provided, this is automatically populated with the team associated with the service in the Service Catalog."
        ),
    ] = None
    version: Annotated[
        str | None,
        Field(
            description="Version to correlate with [APM Deployment Tracking](https://docs.datadoghq.com/tracing/services/deployment_tracking/)."
        ),
    ] = None
