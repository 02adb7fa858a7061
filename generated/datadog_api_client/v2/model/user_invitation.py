from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_invitation_attributes, user_invitation_relationships, user_invitations_type

_REFERENCES = {
    "user_invitation_attributes": "user_invitation_attributes",
    "user_invitation_relationships": "user_invitation_relationships",
    "user_invitations_type": "user_invitations_type",
}


class UserInvitation(OpenApiModel):
    attributes: user_invitation_attributes.UserInvitationAttributes | None = None
    id: Annotated[str | None, Field(description="ID of the user invitation.")] = None
    relationships: user_invitation_relationships.UserInvitationRelationships | None = None
    type: user_invitations_type.UserInvitationsType | None = None
