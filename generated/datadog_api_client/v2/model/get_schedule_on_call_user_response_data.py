from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_schedule_on_call_user_response_data_attributes,
    get_schedule_on_call_user_response_data_relationships,
    get_schedule_on_call_user_response_data_type,
)


class GetScheduleOnCallUserResponseData(OpenApiModel):
    attributes: (
        get_schedule_on_call_user_response_data_attributes.GetScheduleOnCallUserResponseDataAttributes | None
    ) = None
    id: Annotated[str | None, Field(description="The `ShiftData` `id`.")] = None
    relationships: (
        get_schedule_on_call_user_response_data_relationships.GetScheduleOnCallUserResponseDataRelationships | None
    ) = None
    type: get_schedule_on_call_user_response_data_type.GetScheduleOnCallUserResponseDataType
