from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_create_request_attributes

_REFERENCES = {"logs_archive_create_request_attributes": "logs_archive_create_request_attributes"}


class LogsArchiveCreateRequestDefinition(OpenApiModel):
    attributes: logs_archive_create_request_attributes.LogsArchiveCreateRequestAttributes | None = None
    type: Annotated[str, Field(description="The type of the resource. The value should always be archives.")]
