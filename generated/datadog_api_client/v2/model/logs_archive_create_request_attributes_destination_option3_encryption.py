from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_create_request_attributes_destination_option3_encryption_type

_REFERENCES = {
    "logs_archive_create_request_attributes_destination_option3_encryption_type": "logs_archive_create_request_attributes_destination_option3_encryption_type"
}


class LogsArchiveCreateRequestAttributesDestinationOption3Encryption(OpenApiModel):
    key: Annotated[str | None, Field(description="An Amazon Resource Name (ARN) used to identify an AWS KMS key.")] = (
        None
    )
    type: (
        logs_archive_create_request_attributes_destination_option3_encryption_type.LogsArchiveCreateRequestAttributesDestinationOption3EncryptionType
    )
