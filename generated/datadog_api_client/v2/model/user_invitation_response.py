from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_invitation

_REFERENCES = {"user_invitation": "user_invitation"}


class UserInvitationResponse(OpenApiModel):
    data: user_invitation.UserInvitation | None = None
