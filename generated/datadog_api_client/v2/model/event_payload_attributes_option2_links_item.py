from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_payload_attributes_option2_links_item_category

_REFERENCES = {
    "event_payload_attributes_option2_links_item_category": "event_payload_attributes_option2_links_item_category"
}


class EventPayloadAttributesOption2LinksItem(OpenApiModel):
    category: event_payload_attributes_option2_links_item_category.EventPayloadAttributesOption2LinksItemCategory
    title: Annotated[str | None, Field(description="The display text of the link. Limited to 300 characters.")] = None
    url: Annotated[str, Field(description="The URL of the link. Limited to 2048 characters.")]
