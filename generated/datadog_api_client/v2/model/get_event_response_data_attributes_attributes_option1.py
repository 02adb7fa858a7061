from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        get_event_response_data_attributes_attributes_option1_author,
        get_event_response_data_attributes_attributes_option1_changed_resource,
        get_event_response_data_attributes_attributes_option1_evt,
        get_event_response_data_attributes_attributes_option1_impacted_resources_item,
    )

_REFERENCES = {
    "get_event_response_data_attributes_attributes_option1_author": "get_event_response_data_attributes_attributes_option1_author",
    "get_event_response_data_attributes_attributes_option1_changed_resource": "get_event_response_data_attributes_attributes_option1_changed_resource",
    "get_event_response_data_attributes_attributes_option1_evt": "get_event_response_data_attributes_attributes_option1_evt",
    "get_event_response_data_attributes_attributes_option1_impacted_resources_item": "get_event_response_data_attributes_attributes_option1_impacted_resources_item",
}


class GetEventResponseDataAttributesAttributesOption1(OpenApiModel):
    aggregation_key: Annotated[str | None, Field(description="Aggregation key of the event.")] = None
    author: (
        get_event_response_data_attributes_attributes_option1_author.GetEventResponseDataAttributesAttributesOption1Author
        | None
    ) = None
    change_metadata: Annotated[dict[str, Any] | None, Field(description="JSON object of change metadata.")] = None
    changed_resource: (
        get_event_response_data_attributes_attributes_option1_changed_resource.GetEventResponseDataAttributesAttributesOption1ChangedResource
        | None
    ) = None
    evt: (
        get_event_response_data_attributes_attributes_option1_evt.GetEventResponseDataAttributesAttributesOption1Evt
        | None
    ) = None
    impacted_resources: Annotated[
        list[
            get_event_response_data_attributes_attributes_option1_impacted_resources_item.GetEventResponseDataAttributesAttributesOption1ImpactedResourcesItem
        ]
        | None,
        Field(description="A list of resources impacted by this change."),
    ] = None
    new_value: Annotated[dict[str, Any] | None, Field(description="The new state of the changed resource.")] = None
    prev_value: Annotated[dict[str, Any] | None, Field(description="The previous state of the changed resource.")] = (
        None
    )
    service: Annotated[str | None, Field(description="Service that triggered the event.")] = None
    timestamp: Annotated[int | None, Field(description="POSIX timestamp of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
