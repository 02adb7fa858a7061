from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        schedule_update_request_data_attributes,
        schedule_update_request_data_relationships,
        schedule_update_request_data_type,
    )

_REFERENCES = {
    "schedule_update_request_data_attributes": "schedule_update_request_data_attributes",
    "schedule_update_request_data_relationships": "schedule_update_request_data_relationships",
    "schedule_update_request_data_type": "schedule_update_request_data_type",
}


class ScheduleUpdateRequestData(OpenApiModel):
    attributes: schedule_update_request_data_attributes.ScheduleUpdateRequestDataAttributes
    id: Annotated[str, Field(description="The ID of the schedule to be updated.")]
    relationships: schedule_update_request_data_relationships.ScheduleUpdateRequestDataRelationships | None = None
    type: schedule_update_request_data_type.ScheduleUpdateRequestDataType
