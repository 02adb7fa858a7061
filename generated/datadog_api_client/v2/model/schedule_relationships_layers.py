from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_relationships_layers_data_item

_REFERENCES = {"schedule_relationships_layers_data_item": "schedule_relationships_layers_data_item"}


class ScheduleRelationshipsLayers(OpenApiModel):
    data: Annotated[
        list[schedule_relationships_layers_data_item.ScheduleRelationshipsLayersDataItem] | None,
        Field(description="An array of layer references for this schedule."),
    ] = None
