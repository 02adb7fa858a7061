from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_attributes, user_relationships2_org_data_type

_REFERENCES = {
    "org_attributes": "org_attributes",
    "user_relationships2_org_data_type": "user_relationships2_org_data_type",
}


class Org(OpenApiModel):
    attributes: org_attributes.OrgAttributes | None = None
    id: Annotated[str | None, Field(description="ID of the organization.")] = None
    type: user_relationships2_org_data_type.UserRelationships2OrgDataType
