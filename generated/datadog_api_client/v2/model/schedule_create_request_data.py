from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        schedule_create_request_data_attributes,
        schedule_create_request_data_relationships,
        schedule_create_request_data_type,
    )

_REFERENCES = {
    "schedule_create_request_data_attributes": "schedule_create_request_data_attributes",
    "schedule_create_request_data_relationships": "schedule_create_request_data_relationships",
    "schedule_create_request_data_type": "schedule_create_request_data_type",
}


class ScheduleCreateRequestData(OpenApiModel):
    attributes: schedule_create_request_data_attributes.ScheduleCreateRequestDataAttributes
    relationships: schedule_create_request_data_relationships.ScheduleCreateRequestDataRelationships | None = None
    type: schedule_create_request_data_type.ScheduleCreateRequestDataType
