from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_open_api_response_data_attributes_failed_endpoints_item

_REFERENCES = {
    "update_open_api_response_data_attributes_failed_endpoints_item": "update_open_api_response_data_attributes_failed_endpoints_item"
}


class UpdateOpenAPIResponseDataAttributes(OpenApiModel):
    failed_endpoints: Annotated[
        list[
            update_open_api_response_data_attributes_failed_endpoints_item.UpdateOpenAPIResponseDataAttributesFailedEndpointsItem
        ]
        | None,
        Field(description="List of endpoints which couldn't be parsed."),
    ] = None
