from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import organization


class ListOrgsResponse(OpenApiModel):
    orgs: Annotated[list[organization.Organization] | None, Field(description="Array of organization objects.")] = None
