from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_processes_response_data_item_attributes, list_processes_response_data_item_type


class ListProcessesResponseDataItem(OpenApiModel):
    attributes: list_processes_response_data_item_attributes.ListProcessesResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="Process ID.")] = None
    type: list_processes_response_data_item_type.ListProcessesResponseDataItemType | None = None
