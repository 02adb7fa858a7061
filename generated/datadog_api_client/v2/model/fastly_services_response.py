from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_services_response_data_item

_REFERENCES = {"fastly_services_response_data_item": "fastly_services_response_data_item"}


class FastlyServicesResponse(OpenApiModel):
    data: Annotated[
        list[fastly_services_response_data_item.FastlyServicesResponseDataItem] | None,
        Field(description="The JSON:API data schema."),
    ] = None
