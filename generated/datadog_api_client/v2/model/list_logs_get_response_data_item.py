from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_logs_get_response_data_item_attributes, list_logs_get_response_data_item_type


class ListLogsGetResponseDataItem(OpenApiModel):
    attributes: list_logs_get_response_data_item_attributes.ListLogsGetResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the Log.")] = None
    type: list_logs_get_response_data_item_type.ListLogsGetResponseDataItemType | None = None
