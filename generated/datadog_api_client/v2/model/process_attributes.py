from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ProcessAttributes(OpenApiModel):
    cmdline: Annotated[str | None, Field(description="Process command line.")] = None
    host: Annotated[str | None, Field(description="Host running the process.")] = None
    pid: Annotated[int | None, Field(description="Process ID.")] = None
    ppid: Annotated[int | None, Field(description="Parent process ID.")] = None
    start: Annotated[str | None, Field(description="Time the process was started.")] = None
    tags: Annotated[list[str] | None, Field(description="List of tags associated with the process.")] = None
    timestamp: Annotated[str | None, Field(description="Time the process was seen.")] = None
    user: Annotated[str | None, Field(description="Process owner.")] = None
