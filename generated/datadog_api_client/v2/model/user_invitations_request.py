from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_invitation_data

_REFERENCES = {"user_invitation_data": "user_invitation_data"}


class UserInvitationsRequest(OpenApiModel):
    data: Annotated[list[user_invitation_data.UserInvitationData], Field(description="List of user invitations.")]
