from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        logs_archive_create_request_attributes_destination_option3_encryption,
        logs_archive_create_request_attributes_destination_option3_integration,
        logs_archive_create_request_attributes_destination_option3_storage_class,
        logs_archive_create_request_attributes_destination_option3_type,
    )

_REFERENCES = {
    "logs_archive_create_request_attributes_destination_option3_encryption": "logs_archive_create_request_attributes_destination_option3_encryption",
    "logs_archive_create_request_attributes_destination_option3_integration": "logs_archive_create_request_attributes_destination_option3_integration",
    "logs_archive_create_request_attributes_destination_option3_storage_class": "logs_archive_create_request_attributes_destination_option3_storage_class",
    "logs_archive_create_request_attributes_destination_option3_type": "logs_archive_create_request_attributes_destination_option3_type",
}


class LogsArchiveCreateRequestAttributesDestinationOption3(OpenApiModel):
    bucket: Annotated[str, Field(description="The bucket where the archive will be stored.")]
    encryption: (
        logs_archive_create_request_attributes_destination_option3_encryption.LogsArchiveCreateRequestAttributesDestinationOption3Encryption
        | None
    ) = None
    integration: (
        logs_archive_create_request_attributes_destination_option3_integration.LogsArchiveCreateRequestAttributesDestinationOption3Integration
    )
    path: Annotated[str | None, Field(description="The archive path.")] = None
    storage_class: (
        logs_archive_create_request_attributes_destination_option3_storage_class.LogsArchiveCreateRequestAttributesDestinationOption3StorageClass
        | None
    ) = None
    type: (
        logs_archive_create_request_attributes_destination_option3_type.LogsArchiveCreateRequestAttributesDestinationOption3Type
    )
