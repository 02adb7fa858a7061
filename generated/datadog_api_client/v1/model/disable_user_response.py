from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DisableUserResponse(OpenApiModel):
    message: Annotated[
        str | None, Field(description="Information pertaining to a user disabled for a given organization.")
    ] = None
