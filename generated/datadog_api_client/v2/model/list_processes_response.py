from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_processes_response_data_item, list_processes_response_meta


class ListProcessesResponse(OpenApiModel):
    data: Annotated[
        list[list_processes_response_data_item.ListProcessesResponseDataItem] | None,
        Field(description="Array of process summary objects."),
    ] = None
    meta: list_processes_response_meta.ListProcessesResponseMeta | None = None
