from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import send_invitations_response_data_item


class SendInvitationsResponse(OpenApiModel):
    data: Annotated[
        list[send_invitations_response_data_item.SendInvitationsResponseDataItem] | None,
        Field(description="Array of user invitations."),
    ] = None
