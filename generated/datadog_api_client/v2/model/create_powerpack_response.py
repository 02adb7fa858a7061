from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_data, user

_REFERENCES = {"powerpack_data": "powerpack_data", "user": "user"}


class CreatePowerpackResponse(OpenApiModel):
    data: powerpack_data.PowerpackData | None = None
    included: Annotated[list[user.User] | None, Field(description="Array of objects related to the users.")] = None
