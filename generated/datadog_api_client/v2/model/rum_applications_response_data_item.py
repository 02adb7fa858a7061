from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_applications_response_data_item_attributes, rum_applications_response_data_item_type

_REFERENCES = {
    "rum_applications_response_data_item_attributes": "rum_applications_response_data_item_attributes",
    "rum_applications_response_data_item_type": "rum_applications_response_data_item_type",
}


class RumApplicationsResponseDataItem(OpenApiModel):
    attributes: rum_applications_response_data_item_attributes.RumApplicationsResponseDataItemAttributes
    id: Annotated[str | None, Field(description="RUM application ID.")] = None
    type: rum_applications_response_data_item_type.RumApplicationsResponseDataItemType
