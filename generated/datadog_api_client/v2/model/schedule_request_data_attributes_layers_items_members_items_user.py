from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ScheduleRequestDataAttributesLayersItemsMembersItemsUser(OpenApiModel):
    id: Annotated[str | None, Field(description="The user's ID.")] = None
