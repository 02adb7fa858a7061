from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_git_info

_REFERENCES = {"dora_git_info": "dora_git_info"}


class DoraFailureAttributes(OpenApiModel):
    custom_tags: Annotated[
        list[str] | None,
        Field(
            description="A list of user-defined tags. The tags must follow the `key:value` pattern. Up to 100 may be added per event."
        ),
    ] = None
    env: Annotated[str | None, Field(description="Environment name that was impacted by the incident.")] = None
    finished_at: Annotated[int | None, Field(description="Unix timestamp when the incident finished.")] = None
    git: dora_git_info.DORAGitInfo | None = None
    name: Annotated[str | None, Field(description="Incident name.")] = None
    services: Annotated[list[str] | None, Field(description="Service names impacted by the incident.")] = None
    severity: Annotated[str | None, Field(description="Incident severity.")] = None
    started_at: Annotated[int, Field(description="Unix timestamp when the incident started.")]
    team: Annotated[str | None, Field(description="Name of the team owning the services impacted.")] = None
    version: Annotated[str | None, Field(description="Version to correlate with APM Deployment Tracking.")] = None
