from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateEventResponseDataAttributesAttributesEvt(OpenApiModel):
    id: Annotated[
        str | None,
        Field(
            deprecated=True,
            description="**DEPRECATED**: Event identifier. This field is deprecated and will be removed in a future version. Use the `uid` field instead.",
        ),
    ] = None
    uid: Annotated[
        str | None,
        Field(
            description="A unique identifier for the event. You can use this identifier to query or reference the event."
        ),
    ] = None
