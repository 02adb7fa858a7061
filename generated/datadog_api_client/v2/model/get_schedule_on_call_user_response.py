from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option4, get_schedule_on_call_user_response_data


class GetScheduleOnCallUserResponse(OpenApiModel):
    data: get_schedule_on_call_user_response_data.GetScheduleOnCallUserResponseData | None = None
    included: Annotated[
        list[create_on_call_schedule_response_included_item_option4.CreateOnCallScheduleResponseIncludedItemOption4]
        | None,
        Field(description="The `Shift` `included`."),
    ] = None
