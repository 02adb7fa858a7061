from __future__ import annotations
from typing import Annotated
from pydantic import Field
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


class CreateDegradationRequestDataAttributes(OpenApiModel):
    components_affected: Annotated[
        list[
            create_degradation_request_data_attributes_components_affected_item.CreateDegradationRequestDataAttributesComponentsAffectedItem
        ],
        Field(description="The components affected by the degradation."),
    ]
    description: Annotated[str | None, Field(description="The description of the degradation.")] = None
    status: create_degradation_request_data_attributes_status.CreateDegradationRequestDataAttributesStatus
    title: Annotated[str, Field(description="The title of the degradation.")]
