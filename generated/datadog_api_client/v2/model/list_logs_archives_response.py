from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs_archives_response_data_item

_REFERENCES = {"list_logs_archives_response_data_item": "list_logs_archives_response_data_item"}


class ListLogsArchivesResponse(OpenApiModel):
    data: Annotated[
        list[list_logs_archives_response_data_item.ListLogsArchivesResponseDataItem] | None,
        Field(description="A list of archives."),
    ] = None
