from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_dora_failure_response_data_type, dora_failure_attributes

_REFERENCES = {
    "create_dora_failure_response_data_type": "create_dora_failure_response_data_type",
    "dora_failure_attributes": "dora_failure_attributes",
}


class DoraFailure(OpenApiModel):
    attributes: dora_failure_attributes.DoraFailureAttributes | None = None
    id: Annotated[str | None, Field(description="The ID of the incident event.")] = None
    type: create_dora_failure_response_data_type.CreateDORAFailureResponseDataType | None = None
