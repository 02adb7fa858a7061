from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_degradation_request_data_type, update_degradation_request_data_attributes

_REFERENCES = {
    "create_degradation_request_data_type": "create_degradation_request_data_type",
    "update_degradation_request_data_attributes": "update_degradation_request_data_attributes",
}


class UpdateDegradationRequestData(OpenApiModel):
    attributes: update_degradation_request_data_attributes.UpdateDegradationRequestDataAttributes
    id: Annotated[UUID, Field(description="The ID of the degradation.")]
    type: create_degradation_request_data_type.CreateDegradationRequestDataType
