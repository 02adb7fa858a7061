from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_invitation_response_data


class GetInvitationResponse(OpenApiModel):
    data: get_invitation_response_data.GetInvitationResponseData | None = None
