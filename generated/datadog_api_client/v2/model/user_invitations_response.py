from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_invitation

_REFERENCES = {"user_invitation": "user_invitation"}


class UserInvitationsResponse(OpenApiModel):
    data: Annotated[list[user_invitation.UserInvitation] | None, Field(description="Array of user invitations.")] = None
