from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import service_check_status

_REFERENCES = {"service_check_status": "service_check_status"}


class ServiceCheck(OpenApiModel):
    check: Annotated[str | None, Field(description="The check.")] = None
    host_name: Annotated[str | None, Field(description="The host name correlated with the check.")] = None
    message: Annotated[str | None, Field(description="Message containing check status.")] = None
    status: service_check_status.ServiceCheckStatus | None = None
    tags: Annotated[list[str] | None, Field(description="Tags related to a check.")] = None
    timestamp: Annotated[int | None, Field(description="Time of check.")] = None
