from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_user_data

_REFERENCES = {"relationship_to_user_data": "relationship_to_user_data"}


class GetTeamOnCallUsersResponseDataRelationshipsResponders(OpenApiModel):
    data: Annotated[
        list[relationship_to_user_data.RelationshipToUserData] | None,
        Field(description="Array of user references associated as responders."),
    ] = None
