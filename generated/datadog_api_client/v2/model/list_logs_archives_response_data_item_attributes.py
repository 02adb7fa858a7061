from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        list_logs_archives_response_data_item_attributes_state,
        logs_archive_create_request_attributes_destination_option2,
        logs_archive_create_request_attributes_destination_option3,
        logs_archive_destination_azure,
    )

_REFERENCES = {
    "list_logs_archives_response_data_item_attributes_state": "list_logs_archives_response_data_item_attributes_state",
    "logs_archive_create_request_attributes_destination_option2": "logs_archive_create_request_attributes_destination_option2",
    "logs_archive_create_request_attributes_destination_option3": "logs_archive_create_request_attributes_destination_option3",
    "logs_archive_destination_azure": "logs_archive_destination_azure",
}


class ListLogsArchivesResponseDataItemAttributes(OpenApiModel):
    destination: Annotated[
        Annotated[
            logs_archive_destination_azure.LogsArchiveDestinationAzure
            | logs_archive_create_request_attributes_destination_option2.LogsArchiveCreateRequestAttributesDestinationOption2
            | logs_archive_create_request_attributes_destination_option3.LogsArchiveCreateRequestAttributesDestinationOption3
            | UnparsedObject,
            OneOf("type", tags=("azure", "gcs", "s3")),
        ],
        Field(description="An archive's destination."),
    ]
    include_tags: Annotated[
        bool | None,
        Field(
            description='To store the tags in the archive, set the value "true". If it is set to "false", the tags will be deleted when the logs are sent to the archive.'
        ),
    ] = None
    name: Annotated[str, Field(description="The archive name.")]
    query: Annotated[
        str, Field(description="The archive query/filter. Logs matching this query are included in the archive.")
    ]
    rehydration_max_scan_size_in_gb: Annotated[
        int | None, Field(description="Maximum scan size for rehydration from this archive.")
    ] = None
    rehydration_tags: Annotated[
        list[str] | None, Field(description="An array of tags to add to rehydrated logs from an archive.")
    ] = None
    state: (
        list_logs_archives_response_data_item_attributes_state.ListLogsArchivesResponseDataItemAttributesState | None
    ) = None
