from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_invitation_relationships, user_invitations_type

_REFERENCES = {
    "user_invitation_relationships": "user_invitation_relationships",
    "user_invitations_type": "user_invitations_type",
}


class UserInvitationData(OpenApiModel):
    relationships: user_invitation_relationships.UserInvitationRelationships
    type: user_invitations_type.UserInvitationsType
