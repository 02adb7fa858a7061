from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from uuid import UUID
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_degradation_request_data_attributes_components_affected_item,
        create_degradation_request_data_attributes_status,
    )

_REFERENCES = {
    "create_degradation_request_data_attributes_components_affected_item": "create_degradation_request_data_attributes_components_affected_item",
    "create_degradation_request_data_attributes_status": "create_degradation_request_data_attributes_status",
}


class DegradationAttributesUpdatesItem(OpenApiModel):
    components_affected: Annotated[
        list[
            create_degradation_request_data_attributes_components_affected_item.CreateDegradationRequestDataAttributesComponentsAffectedItem
        ]
        | None,
        Field(description="The components affected at the time of the update."),
    ] = None
    created_at: Annotated[datetime | None, Field(description="Timestamp of when the update was created.")] = None
    description: Annotated[str | None, Field(description="Description of the update.")] = None
    id: Annotated[UUID | None, Field(description="Identifier of the update.")] = None
    modified_at: Annotated[datetime | None, Field(description="Timestamp of when the update was last modified.")] = None
    status: create_degradation_request_data_attributes_status.CreateDegradationRequestDataAttributesStatus | None = None
