from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_service_data

_REFERENCES = {"fastly_service_data": "fastly_service_data"}


class FastlyServicesResponse(OpenApiModel):
    data: Annotated[
        list[fastly_service_data.FastlyServiceData] | None, Field(description="The JSON:API data schema.")
    ] = None
