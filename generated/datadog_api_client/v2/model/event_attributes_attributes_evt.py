from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class EventAttributesAttributesEvt(OpenApiModel):
    id: Annotated[str | None, Field(description="Event ID.")] = None
    name: Annotated[str | None, Field(description="The event name.")] = None
    source_id: Annotated[int | None, Field(description="Event source ID.")] = None
    type: Annotated[str | None, Field(description="Event type.")] = None
