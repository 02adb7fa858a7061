from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_relationships2_org_data

_REFERENCES = {"user_relationships2_org_data": "user_relationships2_org_data"}


class UserRelationships2Org(OpenApiModel):
    data: user_relationships2_org_data.UserRelationships2OrgData
