from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_response_included_item_option4, shift

_REFERENCES = {"schedule_response_included_item_option4": "schedule_response_included_item_option4", "shift": "shift"}


class ShiftResponse(OpenApiModel):
    data: shift.Shift | None = None
    included: Annotated[
        list[schedule_response_included_item_option4.ScheduleResponseIncludedItemOption4] | None,
        Field(description="The `Shift` `included`."),
    ] = None
