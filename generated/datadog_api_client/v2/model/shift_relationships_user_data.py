from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import shift_relationships_user_data_type

_REFERENCES = {"shift_relationships_user_data_type": "shift_relationships_user_data_type"}


class ShiftRelationshipsUserData(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the user.")]
    type: shift_relationships_user_data_type.ShiftRelationshipsUserDataType
