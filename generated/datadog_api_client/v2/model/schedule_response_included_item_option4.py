from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_response_included_item_option4_attributes, users_type

_REFERENCES = {
    "schedule_response_included_item_option4_attributes": "schedule_response_included_item_option4_attributes",
    "users_type": "users_type",
}


class ScheduleResponseIncludedItemOption4(OpenApiModel):
    attributes: (
        schedule_response_included_item_option4_attributes.ScheduleResponseIncludedItemOption4Attributes | None
    ) = None
    id: Annotated[str | None, Field(description="The unique user identifier.")] = None
    type: users_type.UsersType
