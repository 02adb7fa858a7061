from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_attributes, schedule_create_request_data_type, schedule_relationships

_REFERENCES = {
    "schedule_attributes": "schedule_attributes",
    "schedule_create_request_data_type": "schedule_create_request_data_type",
    "schedule_relationships": "schedule_relationships",
}


class Schedule(OpenApiModel):
    attributes: schedule_attributes.ScheduleAttributes | None = None
    id: Annotated[str | None, Field(description="The schedule's unique identifier.")] = None
    relationships: schedule_relationships.ScheduleRelationships | None = None
    type: schedule_create_request_data_type.ScheduleCreateRequestDataType
