from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import shift_relationships_user_data

_REFERENCES = {"shift_relationships_user_data": "shift_relationships_user_data"}


class ShiftRelationshipsUser(OpenApiModel):
    data: shift_relationships_user_data.ShiftRelationshipsUserData
