from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel


class AuditAttributes(OpenApiModel):
    attributes: Annotated[
        dict[str, Any] | None, Field(description="JSON object of attributes from Audit Logs events.")
    ] = None
    message: Annotated[str | None, Field(description="Message of the event.")] = None
    service: Annotated[
        str | None,
        Field(
            description="Name of the application or service generating Audit Logs events. This name is used to correlate Audit Logs to APM, so make sure you specify the same value when you use both products."
        ),
    ] = None
    tags: Annotated[list[str] | None, Field(description="Array of tags associated with your event.")] = None
    timestamp: Annotated[datetime | None, Field(description="Timestamp of your event.")] = None
