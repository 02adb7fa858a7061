from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_event_response_data_attributes_attributes_option2_links_item_category

_REFERENCES = {
    "get_event_response_data_attributes_attributes_option2_links_item_category": "get_event_response_data_attributes_attributes_option2_links_item_category"
}


class GetEventResponseDataAttributesAttributesOption2LinksItem(OpenApiModel):
    category: (
        get_event_response_data_attributes_attributes_option2_links_item_category.GetEventResponseDataAttributesAttributesOption2LinksItemCategory
        | None
    ) = None
    title: Annotated[str | None, Field(description="The display text of the link.")] = None
    url: Annotated[str | None, Field(description="The URL of the link.")] = None
