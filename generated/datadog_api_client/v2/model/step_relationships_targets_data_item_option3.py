from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_create_request_data_type

_REFERENCES = {"schedule_create_request_data_type": "schedule_create_request_data_type"}


class StepRelationshipsTargetsDataItemOption3(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the schedule resource.")]
    type: schedule_create_request_data_type.ScheduleCreateRequestDataType
