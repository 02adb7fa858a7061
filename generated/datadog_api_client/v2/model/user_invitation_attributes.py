from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UserInvitationAttributes(OpenApiModel):
    created_at: Annotated[datetime | None, Field(description="Creation time of the user invitation.")] = None
    expires_at: Annotated[datetime | None, Field(description="Time of invitation expiration.")] = None
    invite_type: Annotated[str | None, Field(description="Type of invitation.")] = None
    uuid: Annotated[str | None, Field(description="UUID of the user invitation.")] = None
