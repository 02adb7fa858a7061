from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_create_request_data_attributes_layers_items

_REFERENCES = {
    "schedule_create_request_data_attributes_layers_items": "schedule_create_request_data_attributes_layers_items"
}


class ScheduleCreateRequestDataAttributes(OpenApiModel):
    layers: Annotated[
        list[schedule_create_request_data_attributes_layers_items.ScheduleCreateRequestDataAttributesLayersItems],
        Field(description="The layers of On-Call coverage that define rotation intervals and restrictions."),
    ]
    name: Annotated[str, Field(description="A human-readable name for the new schedule.")]
    time_zone: Annotated[str, Field(description="The time zone in which the schedule is defined.")]
