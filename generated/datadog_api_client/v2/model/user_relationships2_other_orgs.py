from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_relationships2_org_data

_REFERENCES = {"user_relationships2_org_data": "user_relationships2_org_data"}


class UserRelationships2OtherOrgs(OpenApiModel):
    data: Annotated[
        list[user_relationships2_org_data.UserRelationships2OrgData],
        Field(description="Relationships to organization objects."),
    ]
