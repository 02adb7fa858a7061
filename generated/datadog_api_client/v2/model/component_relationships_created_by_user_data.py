from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import users_type

_REFERENCES = {"users_type": "users_type"}


class ComponentRelationshipsCreatedByUserData(OpenApiModel):
    id: Annotated[str, Field(description="The ID of the Datadog user who created the component.")]
    type: users_type.UsersType
