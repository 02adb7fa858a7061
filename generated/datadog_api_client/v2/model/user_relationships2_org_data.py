from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_relationships2_org_data_type

_REFERENCES = {"user_relationships2_org_data_type": "user_relationships2_org_data_type"}


class UserRelationships2OrgData(OpenApiModel):
    id: Annotated[str, Field(description="ID of the organization.")]
    type: user_relationships2_org_data_type.UserRelationships2OrgDataType
