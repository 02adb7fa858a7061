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


class ScheduleCreateRequestDataAttributesLayersItems(OpenApiModel):
    effective_date: Annotated[
        datetime, Field(description="The date/time when this layer becomes active (in ISO 8601).")
    ]
    end_date: Annotated[
        datetime | None, Field(description="The date/time after which this layer no longer applies (in ISO 8601).")
    ] = None
    interval: layer_attributes_interval.LayerAttributesInterval
    members: Annotated[
        list[
            schedule_request_data_attributes_layers_items_members_items.ScheduleRequestDataAttributesLayersItemsMembersItems
        ],
        Field(description="A list of members who participate in this layer's rotation."),
    ]
    name: Annotated[str, Field(description="The name of this layer.")]
    restrictions: Annotated[
        list[time_restriction.TimeRestriction] | None,
        Field(description="Zero or more time-based restrictions (for example, only weekdays, during business hours)."),
    ] = None
    rotation_start: Annotated[
        datetime, Field(description="The date/time when the rotation for this layer starts (in ISO 8601).")
    ]
    time_zone: Annotated[str | None, Field(description="The time zone for this layer.")] = None
