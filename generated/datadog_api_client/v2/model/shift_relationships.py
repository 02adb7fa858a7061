from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import shift_relationships_user

_REFERENCES = {"shift_relationships_user": "shift_relationships_user"}


class ShiftRelationships(OpenApiModel):
    user: shift_relationships_user.ShiftRelationshipsUser | None = None
