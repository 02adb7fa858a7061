from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_schedule_on_call_user_response_data_relationships_user_data


class GetScheduleOnCallUserResponseDataRelationshipsUser(OpenApiModel):
    data: (
        get_schedule_on_call_user_response_data_relationships_user_data.GetScheduleOnCallUserResponseDataRelationshipsUserData
    )
