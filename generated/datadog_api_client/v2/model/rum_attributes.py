from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel


class RumAttributes(OpenApiModel):
    attributes: Annotated[dict[str, Any] | None, Field(description="JSON object of attributes from RUM events.")] = None
    service: Annotated[
        str | None,
        Field(
            description="The name of the application or service generating RUM events. It is used to switch from RUM to APM, so make sure you define the same value when you use both products."
        ),
    ] = None
    tags: Annotated[list[str] | None, Field(description="Array of tags associated with your event.")] = None
    timestamp: Annotated[datetime | None, Field(description="Timestamp of your event.")] = None
