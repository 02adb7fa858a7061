from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_fastly_services_response_data_item


class ListFastlyServicesResponse(OpenApiModel):
    data: Annotated[
        list[list_fastly_services_response_data_item.ListFastlyServicesResponseDataItem] | None,
        Field(description="The JSON:API data schema."),
    ] = None
