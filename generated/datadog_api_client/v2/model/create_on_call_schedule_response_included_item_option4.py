from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option4_attributes, users_type


class CreateOnCallScheduleResponseIncludedItemOption4(OpenApiModel):
    attributes: (
        create_on_call_schedule_response_included_item_option4_attributes.CreateOnCallScheduleResponseIncludedItemOption4Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="The unique user identifier.")] = None
    type: users_type.UsersType
