from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class PermissionAttributes(OpenApiModel):
    created: Annotated[datetime | None, Field(description="Creation time of the permission.")] = None
    description: Annotated[str | None, Field(description="Description of the permission.")] = None
    display_name: Annotated[str | None, Field(description="Displayed name for the permission.")] = None
    display_type: Annotated[str | None, Field(description="Display type.")] = None
    group_name: Annotated[str | None, Field(description="Name of the permission group.")] = None
    name: Annotated[str | None, Field(description="Name of the permission.")] = None
    restricted: Annotated[bool | None, Field(description="Whether or not the permission is restricted.")] = None
