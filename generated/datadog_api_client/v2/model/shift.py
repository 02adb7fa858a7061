from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_response_included_item_option3_relationships, shift_attributes, shift_type

_REFERENCES = {
    "schedule_response_included_item_option3_relationships": "schedule_response_included_item_option3_relationships",
    "shift_attributes": "shift_attributes",
    "shift_type": "shift_type",
}


class Shift(OpenApiModel):
    attributes: shift_attributes.ShiftAttributes | None = None
    id: Annotated[str | None, Field(description="The `ShiftData` `id`.")] = None
    relationships: (
        schedule_response_included_item_option3_relationships.ScheduleResponseIncludedItemOption3Relationships | None
    ) = None
    type: shift_type.ShiftType
