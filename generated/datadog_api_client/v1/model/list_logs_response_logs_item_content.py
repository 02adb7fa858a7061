from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel


class ListLogsResponseLogsItemContent(OpenApiModel):
    attributes: Annotated[dict[str, Any] | None, Field(description="JSON object of attributes from your log.")] = None
    host: Annotated[str | None, Field(description="Name of the machine from where the logs are being sent.")] = None
    message: Annotated[
        str | None,
        Field(
            description="The message [reserved attribute](https://docs.datadoghq.com/logs/log_collection/#reserved-attributes) of your log. By default, Datadog ingests the value of the message attribute as the body of the log entry. That value is then highlighted and displayed in the Logstream, where it is indexed for full text search."
        ),
    ] = None
    service: Annotated[
        str | None,
        Field(
            description="The name of the application or service generating the log events. It is used to switch from Logs to APM, so make sure you define the same value when you use both products."
        ),
    ] = None
    tags: Annotated[list[str] | None, Field(description="Array of tags associated with your log.")] = None
    timestamp: Annotated[datetime | None, Field(description="Timestamp of your log.")] = None
