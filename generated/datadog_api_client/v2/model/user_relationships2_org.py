from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import user_relationships2_org_data


class UserRelationships2Org(OpenApiModel):
    data: user_relationships2_org_data.UserRelationships2OrgData
