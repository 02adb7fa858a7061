from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_service_region_type

_REFERENCES = {"opsgenie_service_region_type": "opsgenie_service_region_type"}


class OpsgenieServiceUpdateAttributes(OpenApiModel):
    custom_url: Annotated[str | None, Field(description="The custom URL for a custom region.")] = None
    name: Annotated[str | None, Field(description="The name for the Opsgenie service.")] = None
    opsgenie_api_key: Annotated[str | None, Field(description="The Opsgenie API key for your Opsgenie service.")] = None
    region: opsgenie_service_region_type.OpsgenieServiceRegionType | None = None
