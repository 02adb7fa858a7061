from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_service_attributes, fastly_service_type

_REFERENCES = {"fastly_service_attributes": "fastly_service_attributes", "fastly_service_type": "fastly_service_type"}


class FastlyServiceData(OpenApiModel):
    attributes: fastly_service_attributes.FastlyServiceAttributes | None = None
    id: Annotated[str, Field(description="The ID of the Fastly service.")]
    type: fastly_service_type.FastlyServiceType
