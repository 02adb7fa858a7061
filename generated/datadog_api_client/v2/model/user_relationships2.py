from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        relationship_to_roles,
        user_relationships2_org,
        user_relationships2_other_orgs,
        user_relationships2_other_users,
    )

_REFERENCES = {
    "relationship_to_roles": "relationship_to_roles",
    "user_relationships2_org": "user_relationships2_org",
    "user_relationships2_other_orgs": "user_relationships2_other_orgs",
    "user_relationships2_other_users": "user_relationships2_other_users",
}


class UserRelationships2(OpenApiModel):
    org: user_relationships2_org.UserRelationships2Org | None = None
    other_orgs: user_relationships2_other_orgs.UserRelationships2OtherOrgs | None = None
    other_users: user_relationships2_other_users.UserRelationships2OtherUsers | None = None
    roles: relationship_to_roles.RelationshipToRoles | None = None
