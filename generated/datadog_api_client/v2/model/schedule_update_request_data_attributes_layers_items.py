from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        layer_attributes_interval,
        schedule_request_data_attributes_layers_items_members_items,
        time_restriction,
    )

_REFERENCES = {
    "layer_attributes_interval": "layer_attributes_interval",
    "schedule_request_data_attributes_layers_items_members_items": "schedule_request_data_attributes_layers_items_members_items",
    "time_restriction": "time_restriction",
}


class ScheduleUpdateRequestDataAttributesLayersItems(OpenApiModel):
    effective_date: Annotated[datetime, Field(description="When this updated layer takes effect (ISO 8601 format).")]
    end_date: Annotated[
        datetime | None, Field(description="When this updated layer should stop being active (ISO 8601 format).")
    ] = None
    id: Annotated[str | None, Field(description="A unique identifier for the layer being updated.")] = None
    interval: layer_attributes_interval.LayerAttributesInterval
    members: Annotated[
        list[
            schedule_request_data_attributes_layers_items_members_items.ScheduleRequestDataAttributesLayersItemsMembersItems
        ],
        Field(description="The members assigned to this layer."),
    ]
    name: Annotated[str, Field(description='The name for this layer (for example, "Secondary Coverage").')]
    restrictions: Annotated[
        list[time_restriction.TimeRestriction] | None,
        Field(description="Any time restrictions that define when this layer is active."),
    ] = None
    rotation_start: Annotated[
        datetime, Field(description="The date/time at which the rotation begins (ISO 8601 format).")
    ]
    time_zone: Annotated[str | None, Field(description="The time zone for this layer.")] = None
