from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrgAttributes(OpenApiModel):
    created_at: Annotated[datetime | None, Field(description="Creation time of the organization.")] = None
    description: Annotated[str | None, Field(description="Description of the organization.")] = None
    disabled: Annotated[bool | None, Field(description="Whether or not the organization is disabled.")] = None
    modified_at: Annotated[datetime | None, Field(description="Time of last organization modification.")] = None
    name: Annotated[str | None, Field(description="Name of the organization.")] = None
    public_id: Annotated[str | None, Field(description="Public ID of the organization.")] = None
    sharing: Annotated[str | None, Field(description="Sharing type of the organization.")] = None
    url: Annotated[str | None, Field(description="URL of the site that this organization exists at.")] = None
