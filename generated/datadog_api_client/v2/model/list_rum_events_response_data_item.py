from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_rum_events_response_data_item_attributes, list_rum_events_response_data_item_type


class ListRUMEventsResponseDataItem(OpenApiModel):
    attributes: list_rum_events_response_data_item_attributes.ListRUMEventsResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the event.")] = None
    type: list_rum_events_response_data_item_type.ListRUMEventsResponseDataItemType | None = None
