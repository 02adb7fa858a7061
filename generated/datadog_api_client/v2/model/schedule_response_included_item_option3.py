from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_relationships_members_data_item_type, schedule_response_included_item_option3_relationships

_REFERENCES = {
    "layer_relationships_members_data_item_type": "layer_relationships_members_data_item_type",
    "schedule_response_included_item_option3_relationships": "schedule_response_included_item_option3_relationships",
}


class ScheduleResponseIncludedItemOption3(OpenApiModel):
    id: Annotated[str | None, Field(description="The unique identifier for this schedule member.")] = None
    relationships: (
        schedule_response_included_item_option3_relationships.ScheduleResponseIncludedItemOption3Relationships | None
    ) = None
    type: layer_relationships_members_data_item_type.LayerRelationshipsMembersDataItemType
