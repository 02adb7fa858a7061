from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_degradation_request_data_attributes_components_affected_item,
        create_degradation_request_data_attributes_status,
        degradation_attributes_updates_item,
    )

_REFERENCES = {
    "create_degradation_request_data_attributes_components_affected_item": "create_degradation_request_data_attributes_components_affected_item",
    "create_degradation_request_data_attributes_status": "create_degradation_request_data_attributes_status",
    "degradation_attributes_updates_item": "degradation_attributes_updates_item",
}


class DegradationAttributes(OpenApiModel):
    components_affected: Annotated[
        list[
            create_degradation_request_data_attributes_components_affected_item.CreateDegradationRequestDataAttributesComponentsAffectedItem
        ]
        | None,
        Field(description="Components affected by the degradation."),
    ] = None
    created_at: Annotated[datetime | None, Field(description="Timestamp of when the degradation was created.")] = None
    description: Annotated[str | None, Field(description="Description of the degradation.")] = None
    modified_at: Annotated[
        datetime | None, Field(description="Timestamp of when the degradation was last modified.")
    ] = None
    status: create_degradation_request_data_attributes_status.CreateDegradationRequestDataAttributesStatus | None = None
    title: Annotated[str | None, Field(description="Title of the degradation.")] = None
    updates: Annotated[
        list[degradation_attributes_updates_item.DegradationAttributesUpdatesItem] | None,
        Field(description="Past updates made to the degradation."),
    ] = None
