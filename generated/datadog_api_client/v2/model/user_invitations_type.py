from __future__ import annotations
from enum import StrEnum


class UserInvitationsType(StrEnum):
    USER_INVITATIONS = "user_invitations"
