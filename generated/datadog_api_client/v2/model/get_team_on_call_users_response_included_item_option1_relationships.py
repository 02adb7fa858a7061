from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_team_on_call_users_response_included_item_option1_relationships_org,
    get_team_on_call_users_response_included_item_option1_relationships_other_orgs,
    get_team_on_call_users_response_included_item_option1_relationships_other_users,
    relationship_to_roles,
)


class GetTeamOnCallUsersResponseIncludedItemOption1Relationships(OpenApiModel):
    org: (
        get_team_on_call_users_response_included_item_option1_relationships_org.GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrg
        | None
    ) = None
    other_orgs: (
        get_team_on_call_users_response_included_item_option1_relationships_other_orgs.GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherOrgs
        | None
    ) = None
    other_users: (
        get_team_on_call_users_response_included_item_option1_relationships_other_users.GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsers
        | None
    ) = None
    roles: relationship_to_roles.RelationshipToRoles | None = None
