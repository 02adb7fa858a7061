from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_schedule_response_included_item_option3_relationships,
    create_on_call_schedule_response_included_item_option3_type,
)


class CreateOnCallScheduleResponseIncludedItemOption3(OpenApiModel):
    id: Annotated[str | None, Field(description="The unique identifier for this schedule member.")] = None
    relationships: (
        create_on_call_schedule_response_included_item_option3_relationships.CreateOnCallScheduleResponseIncludedItemOption3Relationships
        | None
    ) = None
    type: (
        create_on_call_schedule_response_included_item_option3_type.CreateOnCallScheduleResponseIncludedItemOption3Type
    )
