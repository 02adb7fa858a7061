from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import organization

_REFERENCES = {"organization": "organization"}


class ListOrgsResponse(OpenApiModel):
    orgs: Annotated[list[organization.Organization] | None, Field(description="Array of organization objects.")] = None
