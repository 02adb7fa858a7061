from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_schedule_on_call_user_response_data_relationships_user_data_type


class GetScheduleOnCallUserResponseDataRelationshipsUserData(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the user.")]
    type: (
        get_schedule_on_call_user_response_data_relationships_user_data_type.GetScheduleOnCallUserResponseDataRelationshipsUserDataType
    )
