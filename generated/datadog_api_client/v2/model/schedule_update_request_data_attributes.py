from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_update_request_data_attributes_layers_items

_REFERENCES = {
    "schedule_update_request_data_attributes_layers_items": "schedule_update_request_data_attributes_layers_items"
}


class ScheduleUpdateRequestDataAttributes(OpenApiModel):
    layers: Annotated[
        list[schedule_update_request_data_attributes_layers_items.ScheduleUpdateRequestDataAttributesLayersItems],
        Field(description="The updated list of layers (rotations) for this schedule."),
    ]
    name: Annotated[str, Field(description="A short name for the schedule.")]
    time_zone: Annotated[str, Field(description="The time zone used when interpreting rotation times.")]
