from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_git_info

_REFERENCES = {"dora_git_info": "dora_git_info"}


class DORAFailureRequestAttributes(OpenApiModel):
    custom_tags: Annotated[
        list[str] | None,
        Field(
            description="A list of user-defined tags. The tags must follow the `key:value` pattern. Up to 100 may be added per event."
        ),
    ] = None
    env: Annotated[str | None, Field(description="Environment name that was impacted by the failure.")] = None
    finished_at: Annotated[
        int | None,
        Field(
            description="Unix timestamp when the failure finished. It must be in nanoseconds, milliseconds, or seconds."
        ),
    ] = None
    git: dora_git_info.DORAGitInfo | None = None
    id: Annotated[
        str | None,
        Field(
            description="Failure ID. Must be 16-128 characters and contain only alphanumeric characters, hyphens, underscores, periods, and colons (a-z, A-Z, 0-9, -, _, ., :)."
        ),
    ] = None
    name: Annotated[str | None, Field(description="Failure name.")] = None
    services: Annotated[
        list[str] | None,
        Field(
            description="Service names impacted by the failure. If possible, use names registered in the Service Catalog. Required when the team field is not provided."
        ),
    ] = None
    severity: Annotated[str | None, Field(description="Failure severity.")] = None
    started_at: Annotated[
        int,
        Field(
            description="Unix timestamp when the failure started. It must be in nanoseconds, milliseconds, or seconds."
        ),
    ]
    team: Annotated[
        str | None,
        Field(
            description="Name of the team owning the services impacted. If possible, use team handles registered in Datadog. Required when the services field is not provided."
        ),
    ] = None
    version: Annotated[
        str | None,
        Field(
            description="Version to correlate with [APM Deployment Tracking](https://docs.datadoghq.com/tracing/services/deployment_tracking/)."
        ),
    ] = None
