from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs_archives_response_data_item_attributes

_REFERENCES = {"list_logs_archives_response_data_item_attributes": "list_logs_archives_response_data_item_attributes"}


class ListLogsArchivesResponseDataItem(OpenApiModel):
    attributes: list_logs_archives_response_data_item_attributes.ListLogsArchivesResponseDataItemAttributes | None = (
        None
    )
    id: Annotated[str | None, Field(description="The archive ID.")] = None
    type: Annotated[str, Field(description="The type of the resource. The value should always be archives.")]
