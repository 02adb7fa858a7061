from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        logs_archive_create_request_attributes_destination_option2_integration,
        logs_archive_create_request_attributes_destination_option2_type,
    )

_REFERENCES = {
    "logs_archive_create_request_attributes_destination_option2_integration": "logs_archive_create_request_attributes_destination_option2_integration",
    "logs_archive_create_request_attributes_destination_option2_type": "logs_archive_create_request_attributes_destination_option2_type",
}


class LogsArchiveCreateRequestAttributesDestinationOption2(OpenApiModel):
    bucket: Annotated[str, Field(description="The bucket where the archive will be stored.")]
    integration: (
        logs_archive_create_request_attributes_destination_option2_integration.LogsArchiveCreateRequestAttributesDestinationOption2Integration
    )
    path: Annotated[str | None, Field(description="The archive path.")] = None
    type: (
        logs_archive_create_request_attributes_destination_option2_type.LogsArchiveCreateRequestAttributesDestinationOption2Type
    )
