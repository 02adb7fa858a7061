from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_service_attributes, fastly_service_type

_REFERENCES = {"fastly_service_attributes": "fastly_service_attributes", "fastly_service_type": "fastly_service_type"}


class FastlyServicesResponseDataItem(OpenApiModel):
    attributes: fastly_service_attributes.FastlyServiceAttributes | None = None
    id: Annotated[str, Field(description="The ID of the Fastly service.")]
    type: fastly_service_type.FastlyServiceType
