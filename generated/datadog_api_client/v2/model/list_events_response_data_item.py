from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_events_response_data_item_attributes, list_events_response_data_item_type


class ListEventsResponseDataItem(OpenApiModel):
    attributes: list_events_response_data_item_attributes.ListEventsResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="the unique ID of the event.")] = None
    type: list_events_response_data_item_type.ListEventsResponseDataItemType | None = None
